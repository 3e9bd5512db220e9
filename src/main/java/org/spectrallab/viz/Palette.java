package org.spectrallab.viz;

/**
 * The ten class colours used by {@link ScatterPlot#byClass} and for line series.
 *
 * <p>Colours 0-8 are Paul Tol's "muted" qualitative scheme in his order, designed to stay
 * distinct for colour-blind readers (P. Tol, "Colour Schemes", SRON technical note
 * SRON/EPS/TN/09-002); colour 9 is a dark grey added for a tenth class (MNIST has ten), since
 * the scheme's own tenth colour, a pale grey, vanishes on a white background.
 */
public final class Palette {

    /** ARGB colours, opaque, in class order. */
    private static final int[] CLASS_COLORS = {
        0xFFCC6677, // rose
        0xFF332288, // indigo
        0xFFDDCC77, // sand
        0xFF117733, // green
        0xFF88CCEE, // cyan
        0xFF882255, // wine
        0xFF44AA99, // teal
        0xFF999933, // olive
        0xFFAA4499, // purple
        0xFF555555, // dark grey
    };

    /** How many distinct class colours there are. */
    public static final int SIZE = CLASS_COLORS.length;

    private Palette() {
    }

    /**
     * The opaque ARGB colour of class {@code index}; indices beyond {@link #SIZE} wrap around.
     *
     * @throws IllegalArgumentException when the index is negative
     */
    public static int classColor(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("class index " + index
                    + " is negative: class labels must be 0, 1, 2, ...");
        }
        return CLASS_COLORS[index % SIZE];
    }
}
