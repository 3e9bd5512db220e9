package org.spectrallab.lab;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.la4j.Matrix;
import org.spectrallab.viz.Figure;
import org.spectrallab.viz.FigureWindow;

/**
 * Helpers startup.jsh imports for the JShell prompt: show a figure, print numbers readably
 * (JShell's remote agent would otherwise print arrays as type@hash); {@link #help()} lists
 * them.
 */
public final class Shell {

    private Shell() {
    }

    /**
     * Shows a figure in the session's window, in the panel "figure" (replacing what it
     * showed); see {@link #show(String, Figure)}.
     */
    public static void show(Figure figure) {
        show(FigureWindow.DEFAULT_PANEL, figure);
    }

    /**
     * Shows a figure in the window's panel {@code name}, in place if it exists, else in a
     * new tab; "tab/panel" puts it beside the tab's other panels. Returns at once. In batch
     * mode the figure is written like {@link Lab#figure} instead; with no display the
     * window writes it as a PNG and says where, once.
     */
    public static void show(String name, Figure figure) {
        Lab lab = Lab.current();
        if (!Lab.isInteractive() && lab != null) {
            lab.figure(name.replace('/', '-'), figure);
        } else {
            FigureWindow.show(name, figure);
        }
    }

    /**
     * Puts window panels side by side in one tab, e.g. the Gram eigenmap of lab 02 beside
     * the Laplacian eigenmaps of lab 03: {@code sideBySide("compare", "gram-eigenmap",
     * "eigenmaps")}. A name no figure was shown under gets a warning that lists the
     * window's panels.
     */
    public static void sideBySide(String tab, String... panels) {
        FigureWindow.sideBySide(tab, panels);
    }

    /**
     * The parameters of the lab started last, for the prompt:
     * {@code params().set("k", 15)}; labs also bind them as {@code params}.
     *
     * @throws IllegalStateException when no lab has been started in this session
     */
    public static Params params() {
        Lab lab = Lab.current();
        if (lab == null) {
            throw new IllegalStateException("no lab has been started in this session: run one "
                    + "(./lab 3) or start your own with var lab = Lab.start(99, \"mine\").");
        }
        return lab.params();
    }

    /** The first {@code count} values, e.g. "[0.0000, 0.1305, 0.1493, ...] (200 values)". */
    public static String str(double[] values, int count) {
        String shown = Arrays.stream(values).limit(count)
                .mapToObj(v -> String.format(Locale.ROOT, "%.4g", v))
                .collect(Collectors.joining(", "));
        return "[" + shown + (values.length > count ? ", ..." : "") + "] (" + values.length
                + " values)";
    }

    /** The first 8 values of an array. */
    public static String str(double[] values) {
        return str(values, 8);
    }

    /** The first 12 values of an int array. */
    public static String str(int[] values) {
        String shown = Arrays.stream(values).limit(12).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        return "[" + shown + (values.length > 12 ? ", ..." : "") + "] (" + values.length
                + " values)";
    }

    /** The top-left corner of a matrix, at most 6 x 6, with its size. */
    public static String str(Matrix m) {
        StringBuilder text = new StringBuilder(m.rows() + " x " + m.columns() + " matrix\n");
        for (int i = 0; i < Math.min(6, m.rows()); i++) {
            for (int j = 0; j < Math.min(6, m.columns()); j++) {
                text.append(String.format(Locale.ROOT, "%11.4g", m.get(i, j)));
            }
            text.append(m.columns() > 6 ? "  ...\n" : "\n");
        }
        return text.append(m.rows() > 6 ? "  ...\n" : "").toString();
    }

    /** The numbers 0, 1, ..., n - 1 as doubles (an x axis). */
    public static double[] range(int n) {
        double[] values = new double[n];
        Arrays.setAll(values, i -> i);
        return values;
    }

    /** Each value times {@code factor}, in a new array. */
    public static double[] scale(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }

    /** Prints the helpers of this prompt, one line each, and where to read more. */
    public static void help() {
        System.out.print(String.join("\n",
                "Helpers at this prompt (org.spectrallab.lab.Shell, imported by startup.jsh):",
                "  show(figure)                 show a figure in the window's panel \"figure\"",
                "  show(\"name\", figure)         ... in panel \"name\"; \"tab/name\" shares a tab",
                "  sideBySide(\"tab\", \"a\", \"b\")  put panels a and b side by side in one tab",
                "  params()                     the lab's parameters (labs call them params):",
                "                               params.set(\"k\", 15) recomputes its live figures",
                "  str(values), str(values, n)  the first 8 (or n) values of a double[]",
                "  str(ints)                    the first 12 values of an int[]",
                "  str(matrix)                  a matrix's size and top-left 6 x 6 corner",
                "  print(x)                     prints any of the str forms (or x as it is)",
                "  range(n)                     0, 1, ..., n - 1 as doubles (an x axis)",
                "  scale(values, factor)        each value times factor, in a new array",
                "  help()                       this list",
                "Figures: Figure.scatter(title, x, y), Figure.lines(title).series(name, x, y),",
                "  Figure.heatmap(title, matrix), Figure.eigenmap(...), Figure.row(title, ...).",
                "In the window, H lists the keys; docs/LIVE.md has the rest.", ""));
    }

    /** Prints any of the above. */
    public static void print(Object value) {
        if (value instanceof double[]) {
            System.out.println(str((double[]) value));
        } else if (value instanceof int[]) {
            System.out.println(str((int[]) value));
        } else if (value instanceof Matrix) {
            System.out.print(str((Matrix) value));
        } else {
            System.out.println(value);
        }
    }
}
