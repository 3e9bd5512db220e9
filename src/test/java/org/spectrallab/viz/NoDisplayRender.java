package org.spectrallab.viz;

import java.nio.file.Path;

/**
 * A program run in a child JVM by {@link NoDisplayRenderingTest}: draws a class-coloured
 * scatter to the PNG named by its argument and prints the display mode it ran in.
 */
public final class NoDisplayRender {

    private NoDisplayRender() {
    }

    public static void main(String[] args) {
        double[][] data = Samples.blobs(300, 3);
        Figure figure = Figure.scatter("drawn without X", data[0], data[1]).axes("x", "y")
                .byClass(Samples.labels(data[2]), Samples.classNames(3));
        FigureRenderer.writePng(figure, Path.of(args[0]), 500, 400);
        System.out.println("mode " + Display.mode());
        FigureRenderer.release();
    }
}
