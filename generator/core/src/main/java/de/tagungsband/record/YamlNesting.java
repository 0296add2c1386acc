package de.tagungsband.record;

/**
 * How deeply a front matter nests lists and groups, counted before SnakeYAML Engine reads it: its composer recurses
 * once per level, so 20,000 nested {@code [} or indented mappings overflowed the stack, and version 2 of the library
 * has no setting that limits the depth (its {@code LoadSettings} limit aliases and code points only).
 * One pass over the text: flow brackets outside quotes, and block levels as the number of deeper indentations.
 */
final class YamlNesting {

    /** Far more than a record needs (an input in a list of inputs with a list of speakers is four levels). */
    static final int MAX_DEPTH = 50;

    private YamlNesting() {
    }

    /** The 0-based line where the nesting first goes deeper than {@link #MAX_DEPTH}, or -1. */
    static int tooDeepAt(String yaml) {
        int[] indents = new int[MAX_DEPTH + 2];
        int blockDepth = 0;
        int flowDepth = 0;
        int line = 0;
        int lineStart = 0;
        while (lineStart <= yaml.length()) {
            int end = yaml.indexOf('\n', lineStart);
            if (end < 0) {
                end = yaml.length();
            }
            int indent = 0;
            while (lineStart + indent < end && (yaml.charAt(lineStart + indent) == ' ' || yaml.charAt(lineStart + indent) == '-')) {
                indent++;
            }
            boolean content = lineStart + indent < end && yaml.charAt(lineStart + indent) != '#';
            if (content && flowDepth == 0) {
                while (blockDepth > 0 && indents[blockDepth - 1] >= indent) {
                    blockDepth--;
                }
                indents[blockDepth++] = indent;
            }
            flowDepth = flowDepth(yaml, lineStart + indent, end, flowDepth);
            if (blockDepth + flowDepth > MAX_DEPTH) {
                return line;
            }
            lineStart = end + 1;
            line++;
        }
        return -1;
    }

    /** The flow depth after the line: {@code [ {} increase it, {@code ] }} decrease it, quoted text and comments aside. */
    private static int flowDepth(String yaml, int from, int end, int depth) {
        char quote = 0;
        for (int i = from; i < end; i++) {
            char c = yaml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && (i == from || " [{,:".indexOf(yaml.charAt(i - 1)) >= 0)) {
                quote = c;
            } else if (c == '#' && (i == from || yaml.charAt(i - 1) == ' ')) {
                break;
            } else if (c == '[' || c == '{') {
                depth++;
                if (depth > MAX_DEPTH) {
                    return depth;
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }
}
