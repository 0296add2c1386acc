package de.tagungsband.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Total-fit line breaking after Knuth and Plass, for justified text that may only stretch: the breaks of a whole
 * paragraph are chosen together so that the sum of the lines' demerits is least. A line's badness grows with the
 * cube of how far its word spaces are stretched, the way the engine stretches them (80 % of the missing width goes
 * into the spaces, 20 % between the letters); at 1.5 times the natural space the badness is 100. Hyphens cost a
 * penalty, less at a compound joint; two hyphenated lines in a row cost extra, three are not allowed.
 */
final class LineOptimiser {

    enum Type { BOX, SPACE, SOFT_HYPHEN, HARD_HYPHEN, BREAK }

    /**
     * @param width the width of the item as set when no line ends there (0 for a soft hyphen)
     * @param hyphen the width a soft hyphen adds when a line ends there
     * @param joint the division falls on a compound joint
     * @param elementEnd an inline element (a link, a footnote call) ends after this item and text follows without a
     *     space: the engine breaks a line there when the line, with the word space it keeps at its end, is too wide
     */
    record Item(Type type, float width, float hyphen, boolean joint, boolean elementEnd) {
        Item(Type type, float width, float hyphen, boolean joint) {
            this(type, width, hyphen, joint, false);
        }
    }

    /** A word space: its natural width and the least it is set at (the width of a space item). */
    record Spacing(float natural, float least) {
    }

    private static final int MOST_HYPHENS_IN_A_ROW = 2;
    /** Lines emptier than this share of the measure are weighed only when nothing else fits: they cost time. */
    private static final double EMPTIEST = 0.3;
    private static final double LINE_PENALTY = 10;
    private static final double SYLLABLE_PENALTY = 80;
    private static final double JOINT_PENALTY = 20;
    /** A line ending inside an address ({@link AddressBreaks}) costs a little: whole addresses read better. */
    private static final double ADDRESS_PENALTY = 40;
    private static final double DOUBLE_HYPHEN_DEMERITS = 3000;
    private static final double SPACE_SHARE = 0.8;
    private static final double LOOSE = 1.5;
    private static final double LOOSE_LINE = 3000;

    private LineOptimiser() {
    }

    /**
     * @param measure the width of every line
     * @param indent how much narrower the first line is
     * @param spacing the word space's natural and least width
     * @return the indexes of the items where lines end, in order, or null when no set of breaks fits the measure
     */
    static int[] breaks(List<Item> items, float measure, float indent, Spacing spacing) {
        int[] breaks = breaks(items, measure, indent, spacing, EMPTIEST);
        return breaks != null ? breaks : breaks(items, measure, indent, spacing, 1);
    }

    /** @param emptiest lines shorter than the measure by more than this share are not weighed (but the last) */
    private static int[] breaks(List<Item> items, float measure, float indent, Spacing spacing, double emptiest) {
        int n = items.size();
        double[] width = new double[n + 1];
        int[] spaces = new int[n + 1];
        int[] letters = new int[n + 1];
        int[] elementEnds = new int[n + 1];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            elementEnds[i + 1] = elementEnds[i] + (item.elementEnd() ? 1 : 0);
            width[i + 1] = width[i] + item.width();
            spaces[i + 1] = spaces[i] + (item.type() == Type.SPACE ? 1 : 0);
            letters[i + 1] = letters[i] + (item.type() != Type.SPACE && item.width() > 0 ? 1 : 0);
        }
        List<Integer> points = new ArrayList<>();
        points.add(-1); // the paragraph's start
        for (int i = 0; i < n; i++) {
            if (items.get(i).type() != Type.BOX) {
                points.add(i);
            }
        }
        points.add(n); // the paragraph's end
        int m = points.size();
        int states = MOST_HYPHENS_IN_A_ROW + 1;
        double[][] cost = new double[m][states];
        int[][] from = new int[m][states];
        int[][] fromState = new int[m][states];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int j = 1; j < m; j++) {
            int end = points.get(j);
            boolean last = end == n;
            Item at = last ? null : items.get(end);
            boolean hyphen = at != null && (at.type() == Type.SOFT_HYPHEN || at.type() == Type.HARD_HYPHEN);
            int lineEnd = at != null && at.type() == Type.HARD_HYPHEN ? end + 1 : end;
            for (int i = j - 1; i >= 0; i--) {
                int start = points.get(i) + 1;
                double natural = width[lineEnd] - width[start] + (at != null ? at.hyphen() : 0);
                double target = measure - (i == 0 ? indent : 0);
                if (natural > target) {
                    break; // lines from earlier starts are longer still
                }
                if (!last && elementEnds[lineEnd] > elementEnds[start] && natural + spacing.natural() > target) {
                    continue; // the engine, which counts the space at the line's end, would break at the element's end
                }
                if (!last && target - natural > measure * emptiest) {
                    continue; // a line this empty is never the best choice; looking at it only costs time
                }
                double badness = last ? 0 : badness(target - natural, spaces[lineEnd] - spaces[start],
                        letters[lineEnd] - letters[start] + (at != null && at.hyphen() > 0 ? 1 : 0), spacing);
                double demerits = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
                if (hyphen) {
                    double penalty = at.joint() ? JOINT_PENALTY : SYLLABLE_PENALTY;
                    demerits += penalty * penalty;
                } else if (at != null && at.type() == Type.BREAK) {
                    demerits += ADDRESS_PENALTY * ADDRESS_PENALTY;
                }
                for (int h = 0; h < states; h++) {
                    if (cost[i][h] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    int next = hyphen ? h + 1 : 0;
                    if (next >= states) {
                        continue;
                    }
                    double total = cost[i][h] + demerits + (hyphen && h > 0 ? DOUBLE_HYPHEN_DEMERITS : 0);
                    if (total < cost[j][next]) {
                        cost[j][next] = total;
                        from[j][next] = i;
                        fromState[j][next] = h;
                    }
                }
            }
        }
        int best = -1;
        for (int h = 0; h < states; h++) {
            if (cost[m - 1][h] < Double.POSITIVE_INFINITY && (best < 0 || cost[m - 1][h] < cost[m - 1][best])) {
                best = h;
            }
        }
        if (best < 0) {
            return null;
        }
        List<Integer> chosen = new ArrayList<>();
        int j = m - 1;
        int h = best;
        while (j > 0) {
            int i = from[j][h];
            int state = fromState[j][h];
            if (j != m - 1) {
                chosen.add(0, points.get(j));
            }
            j = i;
            h = state;
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * 100 × (deviation ÷ allowed deviation)³: a word space set at its natural width costs nothing, one shrunk to the
     * least or stretched to 1.5 times its width costs 100. Spaces are set from {@code least} upwards.
     */
    private static double badness(double missing, int spaces, int letters, Spacing spacing) {
        if (spaces == 0) {
            return missing < 1 ? 0 : 10_000;
        }
        double stretch = SPACE_SHARE * missing / spaces + (1 - SPACE_SHARE) * missing / Math.max(1, letters - 1);
        double gap = spacing.least() + stretch;
        double ratio = gap >= spacing.natural()
                ? (gap - spacing.natural()) / (LOOSE * spacing.natural() - spacing.natural())
                : (spacing.natural() - gap) / (spacing.natural() - spacing.least());
        // a line whose spaces gape beyond 1.5 times their width costs as much as a hundred good ones: the paragraph
        // takes any number of hyphens (up to two in a row) and evenly set lines before one loose line
        return Math.min(1e7, 100 * ratio * ratio * ratio + (gap > LOOSE * spacing.natural() * 0.98 ? LOOSE_LINE : 0));
    }
}
