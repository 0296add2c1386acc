package de.tagungsband.pdf;

/**
 * The pages a block of text runs over in a laid-out volume, as page indexes from 0.
 */
public record PageSpan(int first, int last) {

    PageSpan union(PageSpan other) {
        return new PageSpan(Math.min(first, other.first), Math.max(last, other.last));
    }
}
