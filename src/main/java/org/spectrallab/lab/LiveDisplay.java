package org.spectrallab.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.spectrallab.viz.Figure;
import org.spectrallab.viz.FigureWindow;
import org.spectrallab.viz.Slider;

/**
 * Where live recomputes show their results: the session's {@link FigureWindow} (which
 * falls back to PNG files without a display), or in tests a recorder.
 */
interface LiveDisplay {

    /**
     * A recomputed figure for a panel; {@code toFront} brings its tab to the front. Returns
     * the PNG file written instead when there is no window, else null.
     */
    Path show(String panel, Figure figure, boolean toFront);

    /** A panel's progress note; not busy clears it. */
    void status(String panel, String text, boolean busy);

    /** The error of a panel's last recompute, or null to clear it. */
    void error(String panel, String text);

    /** The sliders of the live parameters. */
    void controls(List<Slider> sliders);

    /** Who hears about slider moves. */
    void onSliderMoved(BiConsumer<String, Double> listener);

    /** The figure window. */
    LiveDisplay WINDOW = new LiveDisplay() {
        @Override
        public Path show(String panel, Figure figure, boolean toFront) {
            return FigureWindow.showOrWrite(panel, figure, toFront);
        }

        @Override
        public void status(String panel, String text, boolean busy) {
            FigureWindow.status(panel, text, busy);
        }

        @Override
        public void error(String panel, String text) {
            FigureWindow.error(panel, text);
        }

        @Override
        public void controls(List<Slider> sliders) {
            FigureWindow.controls(sliders);
        }

        @Override
        public void onSliderMoved(BiConsumer<String, Double> listener) {
            FigureWindow.onSliderMoved(listener);
        }
    };
}
