package org.spectrallab.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out one frame of the window: the panels of the current tab side by side, each a
 * figure drawn with its scatter plots' views, then what the window puts over them - a
 * progress note on a panel being recomputed, the error of a failed recompute (over the
 * last good picture), the details of the hovered and pinned points, the help overlay and
 * a short note such as where a view was saved.
 *
 * <p>Plain Java like the figures: it runs on the window's render thread, never on the
 * Swing thread.
 */
final class WindowScene {

    private static final int OVERLAY_TEXT = 0xFF222222;
    private static final int BUSY_BACKGROUND = 0xF0FFF3C4;
    private static final int BUSY_BORDER = 0xFFD9B23A;
    private static final int ERROR_BACKGROUND = 0xF2FDE2E1;
    private static final int ERROR_BORDER = 0xFFB2182B;
    private static final int ERROR_TEXT = 0xFF7A0E1D;
    private static final int DETAILS_BACKGROUND = 0xF5FFFFFF;
    private static final int DETAILS_BORDER = 0xFF444444;
    private static final int HELP_BACKGROUND = 0xE6202020;
    private static final int HELP_TEXT = 0xFFFFFFFF;
    private static final int HELP_KEYS = 0xFFFFD866;
    private static final int PAD = 8;
    /** Screen pixels per image pixel in the point details (28 x 28 becomes 112 x 112). */
    private static final int DETAIL_IMAGE_SCALE = 4;

    /** One panel of the tab as the Swing thread saw it when it asked for the frame. */
    record PanelView(String name, Figure figure, List<ViewState> views, String status,
            boolean busy, String error) {
    }

    /**
     * Everything one frame shows.
     *
     * @param number increasing frame request number
     * @param showSequence the last {@link FigureWindow} show the panels include
     * @param help whether the help overlay is on
     * @param note a short line at the bottom (e.g. where a view was saved), or null
     */
    record Request(long number, long showSequence, int width, int height,
            List<PanelView> panels, boolean help, String note) {
    }

    private WindowScene() {
    }

    /** The frame for {@code request}. */
    static Scene compose(Request request) {
        Scene scene = new Scene(request.width(), request.height(), Figure.BACKGROUND);
        Rect frame = new Rect(0, 0, request.width(), request.height());
        List<PanelView> panels = request.panels();
        if (panels.isEmpty()) {
            scene.text("Nothing to show yet: show(figure) at the prompt, or run a lab.",
                    frame.centerX(), frame.centerY(), TextStyle.LABEL, 0.5, 0.5);
        }
        double cellWidth = request.width() / (double) Math.max(1, panels.size());
        for (int i = 0; i < panels.size(); i++) {
            Rect cell = new Rect(i * cellWidth, 0, cellWidth, request.height());
            drawPanel(scene, panels.get(i), cell);
        }
        drawPointDetails(scene, panels, frame);
        if (request.help()) {
            drawHelp(scene, frame);
        }
        if (request.note() != null) {
            drawNote(scene, frame, request.note());
        }
        return scene;
    }

    private static void drawPanel(Scene scene, PanelView panel, Rect cell) {
        scene.beginPanel(panel.name(), panel.views());
        if (panel.figure() != null) {
            panel.figure().draw(scene, cell);
        }
        scene.clip(null);
        if (panel.busy()) {
            String text = panel.status() == null || panel.status().isEmpty() ? "recomputing ..."
                    : "recomputing: " + panel.status();
            drawBox(scene, List.of(text), cell.x() + PAD, cell.y() + PAD,
                    cell.width() - 2 * PAD, BUSY_BACKGROUND, BUSY_BORDER, OVERLAY_TEXT);
        }
        if (panel.error() != null) {
            drawError(scene, cell, panel.error(), panel.figure() != null);
        }
    }

    private static void drawError(Scene scene, Rect cell, String error, boolean hasPicture) {
        double width = cell.width() - 2 * PAD;
        List<String> lines = new ArrayList<>();
        lines.add(hasPicture ? "The last recompute failed; the picture is from the run before:"
                : "The pipeline failed:");
        lines.addAll(wrap(error, TextStyle.LEGEND, width - 2 * PAD));
        double height = lines.size() * lineHeight() + 2 * PAD;
        drawBox(scene, lines, cell.x() + PAD, cell.bottom() - PAD - height, width,
                ERROR_BACKGROUND, ERROR_BORDER, ERROR_TEXT);
    }

    /** A framed box of text lines at (left, top), at most {@code maxWidth} wide. */
    private static Rect drawBox(Scene scene, List<String> lines, double left, double top,
            double maxWidth, int background, int border, int textColor) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, TextStyle.LEGEND.width(line));
        }
        Rect box = new Rect(left, top, Math.min(maxWidth, widest + 2 * PAD),
                lines.size() * lineHeight() + 2 * PAD);
        scene.fillRect(box.x(), box.y(), box.width(), box.height(), background);
        scene.strokeRect(box, border);
        for (int i = 0; i < lines.size(); i++) {
            scene.text(lines.get(i), box.x() + PAD, box.y() + PAD + i * lineHeight(),
                    TextStyle.LEGEND, textColor, 0, 0, false);
        }
        return box;
    }

    /**
     * The details of every pinned point, then of every hovered one, each in a box beside
     * the point: its image, label and dataset index when the plot has them, else its
     * coordinates; and its eigenvector value when the plot is coloured by one.
     */
    private static void drawPointDetails(Scene scene, List<PanelView> panels, Rect frame) {
        for (boolean pinnedPass : new boolean[] {true, false}) {
            for (Scene.PlotRegion region : scene.regions()) {
                ViewState view = viewOf(panels, region);
                int point = pinnedPass ? view.pinned() : view.hovered();
                boolean alreadyShown = !pinnedPass && point == view.pinned();
                if (point >= 0 && point < region.x().length && !alreadyShown) {
                    drawDetails(scene, region, view, point, frame);
                }
            }
        }
    }

    private static ViewState viewOf(List<PanelView> panels, Scene.PlotRegion region) {
        for (PanelView panel : panels) {
            if (panel.name().equals(region.panel()) && region.ordinal() < panel.views().size()) {
                return panel.views().get(region.ordinal());
            }
        }
        return ViewState.DEFAULT;
    }

    private static void drawDetails(Scene scene, Scene.PlotRegion region, ViewState view,
            int point, Rect frame) {
        ScatterPlot plot = region.plot();
        PointInfo info = plot.info();
        List<String> lines = detailLines(plot, info, view, point);
        boolean image = info != null && info.hasImages();
        double imageWidth = image ? info.imageWidth() * DETAIL_IMAGE_SCALE : 0;
        double imageHeight = image ? info.imageHeight() * DETAIL_IMAGE_SCALE : 0;
        double textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, TextStyle.LEGEND.width(line));
        }
        double width = imageWidth + (image ? PAD : 0) + textWidth + 2 * PAD;
        double height = Math.max(imageHeight, lines.size() * lineHeight()) + 2 * PAD;
        double left = region.x()[point] + 14;
        double top = region.y()[point] + 14;
        if (left + width > frame.right()) {
            left = region.x()[point] - 14 - width;
        }
        if (top + height > frame.bottom()) {
            top = region.y()[point] - 14 - height;
        }
        left = Math.max(0, left);
        top = Math.max(0, top);
        scene.fillRect(left, top, width, height, DETAILS_BACKGROUND);
        scene.strokeRect(new Rect(left, top, width, height), DETAILS_BORDER);
        if (image) {
            scene.image(info.image(point), new Rect(left + PAD, top + PAD, imageWidth,
                    imageHeight));
        }
        double textLeft = left + PAD + imageWidth + (image ? PAD : 0);
        for (int i = 0; i < lines.size(); i++) {
            scene.text(lines.get(i), textLeft, top + PAD + i * lineHeight(), TextStyle.LEGEND,
                    OVERLAY_TEXT, 0, 0, false);
        }
    }

    private static List<String> detailLines(ScatterPlot plot, PointInfo info, ViewState view,
            int point) {
        List<String> lines = new ArrayList<>();
        if (info != null) {
            lines.add("label " + info.label(point));
            lines.add(info.origin(point));
        }
        lines.add("point " + point + " of " + plot.size());
        if (view.colouring() >= 0 && view.colouring() < plot.signalCount()) {
            String name = plot.signalName(view.colouring());
            int space = name.indexOf(' ');
            lines.add(String.format(Locale.ROOT, "%s = %.4g", space > 0 ? name.substring(0, space)
                    : name, plot.signalValue(view.colouring(), point)));
        } else if (info == null) {
            lines.add(plot.coordinates(point));
        }
        return lines;
    }

    /** Every key and mouse gesture, from {@link WindowKey}, over a dark box. */
    private static void drawHelp(Scene scene, Rect frame) {
        List<String[]> rows = new ArrayList<>();
        for (WindowKey key : WindowKey.values()) {
            rows.add(new String[] {key.keys, key.action});
        }
        rows.add(new String[] {"", ""});
        rows.addAll(WindowKey.MOUSE);
        double keyWidth = 0;
        double actionWidth = 0;
        for (String[] row : rows) {
            keyWidth = Math.max(keyWidth, TextStyle.LEGEND.width(row[0]));
            actionWidth = Math.max(actionWidth, TextStyle.LEGEND.width(row[1]));
        }
        String title = "Keys and mouse (H hides this)";
        double width = Math.max(keyWidth + 3 * PAD + actionWidth,
                TextStyle.LABEL.width(title)) + 4 * PAD;
        double height = TextStyle.LABEL.height() + PAD + rows.size() * lineHeight() + 4 * PAD;
        double left = frame.centerX() - width / 2;
        double top = Math.max(0, frame.centerY() - height / 2);
        scene.fillRect(left, top, width, height, HELP_BACKGROUND);
        scene.text(title, left + 2 * PAD, top + 2 * PAD, TextStyle.LABEL, HELP_TEXT, 0, 0, false);
        double y = top + 2 * PAD + TextStyle.LABEL.height() + PAD;
        for (String[] row : rows) {
            scene.text(row[0], left + 2 * PAD, y, TextStyle.LEGEND, HELP_KEYS, 0, 0, false);
            scene.text(row[1], left + 3 * PAD + keyWidth + PAD, y, TextStyle.LEGEND, HELP_TEXT,
                    0, 0, false);
            y += lineHeight();
        }
    }

    private static void drawNote(Scene scene, Rect frame, String note) {
        double width = TextStyle.LEGEND.width(note) + 2 * PAD;
        double left = Math.max(0, frame.centerX() - width / 2);
        double top = frame.bottom() - lineHeight() - 3 * PAD;
        drawBox(scene, List.of(note), left, top, frame.width(), HELP_BACKGROUND,
                HELP_BACKGROUND, HELP_TEXT);
    }

    private static double lineHeight() {
        return TextStyle.LEGEND.height() + 3;
    }

    /** The words of {@code text} in lines at most {@code width} pixels wide. */
    static List<String> wrap(String text, TextStyle style, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && style.width(candidate) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
