package org.spectrallab.viz;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Point;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSlider;

/**
 * The column beside the panels: one slider per live parameter that a panel of the current
 * tab depends on, and a progress bar with the step being computed while a panel
 * recomputes. Lives on the Swing thread.
 *
 * <p>Values set by the session (a parameter set at the prompt) move a slider without
 * reporting it back; a slider the user is dragging is left alone.
 */
final class ControlColumn extends JPanel {

    private static final int WIDTH = 260;

    /** One slider and its label. */
    private static final class Row {
        final Slider spec;
        final JLabel label = new JLabel();
        final JSlider slider;
        double value;

        Row(Slider spec) {
            this.spec = spec;
            this.slider = new JSlider(0, spec.lastPosition(), spec.position(spec.value()));
            this.value = spec.value();
        }
    }

    private final BiConsumer<String, Double> moved;
    /** Told when a slider has been laid out somewhere new. */
    private final Runnable placed;
    private final JPanel rows = new JPanel();
    private final JProgressBar progress = new JProgressBar();
    private final JLabel progressText = new JLabel(" ");
    private final Map<String, Row> shown = new LinkedHashMap<>();
    /** True while the session moves a slider, so that the move is not reported back. */
    private boolean updating;

    ControlColumn(BiConsumer<String, Double> moved, Runnable placed) {
        super(new BorderLayout());
        this.moved = moved;
        this.placed = placed;
        rows.setLayout(new BoxLayout(rows, BoxLayout.Y_AXIS));
        rows.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progressText.setFont(progressText.getFont().deriveFont(Font.PLAIN, 12f));
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.setBorder(BorderFactory.createEmptyBorder(6, 10, 10, 10));
        bottom.add(progress, BorderLayout.NORTH);
        bottom.add(progressText, BorderLayout.CENTER);
        add(rows, BorderLayout.NORTH);
        add(bottom, BorderLayout.SOUTH);
        setPreferredSize(new Dimension(WIDTH, 100));
        setVisible(false);
    }

    /**
     * Shows the sliders of {@code sliders} that move one of {@code panels} (or no panel in
     * particular), with their current values, and the progress of a recompute.
     */
    void update(List<Slider> sliders, Collection<String> panels, boolean busy, String status) {
        List<Slider> wanted = new ArrayList<>();
        for (Slider spec : sliders) {
            if (spec.panels().isEmpty() || spec.panels().stream().anyMatch(panels::contains)) {
                wanted.add(spec);
            }
        }
        if (!sameSliders(wanted)) {
            rebuild(wanted);
        } else {
            for (Slider spec : wanted) {
                setValue(shown.get(spec.name()), spec.value());
            }
        }
        progress.setVisible(busy);
        progressText.setText(busy ? (status == null || status.isEmpty() ? "recomputing ..."
                : status) : " ");
        setVisible(!wanted.isEmpty() || busy);
        revalidate();
        repaint();
    }

    /** Each shown slider's bounds on the screen, {x, y, width, height}. */
    Map<String, int[]> sliderBounds() {
        Map<String, int[]> bounds = new LinkedHashMap<>();
        for (Row row : shown.values()) {
            if (row.slider.isShowing() && row.slider.getWidth() > 0) {
                Point p = row.slider.getLocationOnScreen();
                bounds.put(row.spec.name(), new int[] {p.x, p.y, row.slider.getWidth(),
                    row.slider.getHeight()});
            }
        }
        return bounds;
    }

    /** The slider of a parameter, or null; for tests. */
    JSlider slider(String name) {
        Row row = shown.get(name);
        return row == null ? null : row.slider;
    }

    private boolean sameSliders(List<Slider> wanted) {
        if (wanted.size() != shown.size()) {
            return false;
        }
        for (Slider spec : wanted) {
            Row row = shown.get(spec.name());
            if (row == null || row.spec.min() != spec.min() || row.spec.max() != spec.max()
                    || row.spec.whole() != spec.whole()
                    || row.spec.logarithmic() != spec.logarithmic()) {
                return false;
            }
        }
        return true;
    }

    private void rebuild(List<Slider> wanted) {
        rows.removeAll();
        shown.clear();
        for (Slider spec : wanted) {
            Row row = new Row(spec);
            row.label.setText(labelText(spec, spec.value()));
            row.label.setAlignmentX(Component.LEFT_ALIGNMENT);
            row.slider.setAlignmentX(Component.LEFT_ALIGNMENT);
            row.slider.addChangeListener(e -> userMoved(row));
            row.slider.addComponentListener(new ComponentAdapter() {
                @Override
                public void componentResized(ComponentEvent e) {
                    placed.run();
                }

                @Override
                public void componentMoved(ComponentEvent e) {
                    placed.run();
                }
            });
            rows.add(row.label);
            rows.add(row.slider);
            rows.add(Box.createVerticalStrut(10));
            shown.put(spec.name(), row);
        }
    }

    private void setValue(Row row, double value) {
        if (row.slider.getValueIsAdjusting()) {
            return;
        }
        updating = true;
        try {
            row.value = value;
            row.slider.setValue(row.spec.position(value));
            row.label.setText(labelText(row.spec, value));
        } finally {
            updating = false;
        }
    }

    private void userMoved(Row row) {
        if (updating) {
            return;
        }
        double value = row.spec.valueAt(row.slider.getValue());
        row.label.setText(labelText(row.spec, value));
        if (value != row.value) {
            row.value = value;
            moved.accept(row.spec.name(), value);
        }
    }

    private static String labelText(Slider spec, double value) {
        String shownValue = spec.whole() ? String.valueOf(Math.round(value))
                : String.format(Locale.ROOT, "%.4g", value);
        return spec.name() + " = " + shownValue;
    }
}
