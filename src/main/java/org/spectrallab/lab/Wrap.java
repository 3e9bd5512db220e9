package org.spectrallab.lab;

/** Word-wraps text for the terminal. */
final class Wrap {

    private Wrap() {
    }

    /** The text broken at spaces into lines of at most {@code width}, each indented. */
    static String paragraph(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            wrapLine(line, width, indent, out);
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, String indent, StringBuilder out) {
        int column = 0;
        out.append(indent);
        column += indent.length();
        boolean first = true;
        for (String word : line.split(" ")) {
            if (!first && column + 1 + word.length() > width) {
                out.append('\n').append(indent).append("  ");
                column = indent.length() + 2;
                first = true;
            }
            if (!first) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            first = false;
        }
    }
}
