package de.tagungsband.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Total-fit breaking on made-up items: boxes of known width, spaces of width 3, soft hyphens. */
class LineOptimiserTest {

    private static final float SPACE = 3;
    private static final LineOptimiser.Spacing SPACING = new LineOptimiser.Spacing(4, SPACE);

    @Test
    void looksAheadWhereBreakingLineByLineWouldLeaveALooseLine() {
        // line by line: "aaa bbb" (63) then "cccccc dd" (83) then "eeeeeeeee" (90): the middle line is 17 short
        // with one space. Whole paragraph: "aaa bbb" / "cccccc" ... is worse; "aaa" alone is worse still. The best
        // set keeps the second line's shortfall small by taking "dd" up: "aaa bbb" / "cccccc dd" is the only fit,
        // so what matters here is that the result fits and ends the lines at spaces.
        List<LineOptimiser.Item> items = words("aaa", "bbb", "cccccc", "dd", "eeeeeeeee");
        int[] breaks = LineOptimiser.breaks(items, 100, 0, SPACING);
        assertTrue(fits(items, breaks, 100), java.util.Arrays.toString(breaks));
        for (int b : breaks) {
            assertEquals(LineOptimiser.Type.SPACE, items.get(b).type());
        }
    }

    /**
     * A line with the end of a link or a footnote call inside it is planned with room for the word space the engine
     * keeps at a line's end: otherwise the engine breaks again at the element's end ("Germany¹" / ", auf die …").
     */
    @Test
    void aLineWithAnElementEndLeavesRoomForTheSpaceAtItsEnd() {
        // "aaaa bbbb" exactly 98 wide with "bbbb" ending a link: it fits the measure 100, but not with a space of 4
        List<LineOptimiser.Item> plain = new ArrayList<>();
        List<LineOptimiser.Item> linked = new ArrayList<>();
        for (List<LineOptimiser.Item> items : List.of(plain, linked)) {
            items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 37, 0, false));
            items.add(new LineOptimiser.Item(LineOptimiser.Type.SPACE, SPACE, 0, false));
            items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 55, 0, false, items == linked));
            items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 3, 0, false)); // a comma after the link
            items.add(new LineOptimiser.Item(LineOptimiser.Type.SPACE, SPACE, 0, false));
            items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 40, 0, false));
        }
        assertArrayEquals(new int[] {4}, LineOptimiser.breaks(plain, 100, 0, SPACING));
        assertArrayEquals(new int[] {1, 4}, LineOptimiser.breaks(linked, 100, 0, SPACING));
    }

    @Test
    void nothingFitsWhenAWordIsWiderThanTheMeasure() {
        assertNull(LineOptimiser.breaks(words("aaaaaaaaaaaaaaaaaaaa", "b"), 50, 0, SPACING));
    }

    @Test
    void neverThreeHyphenatedLinesInARow() {
        // every word 58 wide, divisible in the middle; measure 60: each line must end in a hyphen or a space
        List<LineOptimiser.Item> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                items.add(new LineOptimiser.Item(LineOptimiser.Type.SPACE, SPACE, 0, false));
            }
            items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 29, 0, false));
            items.add(new LineOptimiser.Item(LineOptimiser.Type.SOFT_HYPHEN, 0, 2, false));
            items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 29, 0, false));
        }
        int[] breaks = LineOptimiser.breaks(items, 60, 0, SPACING);
        int run = 0;
        for (int b : breaks) {
            run = items.get(b).type() == LineOptimiser.Type.SOFT_HYPHEN ? run + 1 : 0;
            assertTrue(run <= 2, java.util.Arrays.toString(breaks));
        }
    }

    @Test
    void theFirstLineIsShorterByTheIndent() {
        List<LineOptimiser.Item> items = words("aaaaa", "bbbbb");
        assertArrayEquals(new int[] {1}, LineOptimiser.breaks(items, 105, 10, SPACING));
        assertArrayEquals(new int[0], LineOptimiser.breaks(items, 105, 0, SPACING));
    }

    /** Words as boxes 10 wide per letter, with spaces between them. */
    private static List<LineOptimiser.Item> words(String... words) {
        List<LineOptimiser.Item> items = new ArrayList<>();
        for (String word : words) {
            if (!items.isEmpty()) {
                items.add(new LineOptimiser.Item(LineOptimiser.Type.SPACE, SPACE, 0, false));
            }
            items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 10 * word.length(), 0, false));
        }
        return items;
    }

    private static boolean fits(List<LineOptimiser.Item> items, int[] breaks, float measure) {
        int start = 0;
        for (int b : breaks) {
            float w = 0;
            for (int i = start; i < b; i++) {
                w += items.get(i).width();
            }
            if (w > measure) {
                return false;
            }
            start = b + 1;
        }
        return true;
    }
}
