package org.spectrallab.viz;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The figure window: tabs of panels drawn side by side, sliders for live parameters, keys
 * and mouse gestures that change how scatter plots are seen. It runs in the viewer (see
 * {@link Viewer}); a session drives it with {@link ViewerProtocol} commands and hears back
 * through events.
 *
 * <p>Threads: everything here runs on the Swing event thread except drawing, which the
 * {@link RenderLoop} does on its own thread from an immutable {@link WindowScene.Request};
 * the Swing thread only paints the finished image, so input is handled while a frame is
 * drawn. Views ({@link ViewState}) are kept per scatter plot and survive a panel's figure
 * being replaced by a recompute.
 */
final class ViewerWindow {

    /** Degrees a 3-D plot turns per pixel dragged. */
    private static final double DEGREES_PER_PIXEL = 0.5;
    /** Zoom factor per key press, and per notch of the mouse wheel. */
    private static final double ZOOM_STEP = 1.25;
    private static final double WHEEL_STEP = 1.15;
    /** Pixels around a dot that still count as pointing at it. */
    private static final double POINTER_REACH = 4;
    /** Pixels the mouse may move between press and release of a click. */
    private static final int CLICK_SLOP = 3;
    private static final int NOTE_MILLIS = 4000;

    /** A panel: its figure, the views of its scatter plots, its progress and error. */
    private static final class Panel {
        final String name;
        Figure figure;
        List<ScatterPlot> plots = List.of();
        List<ViewState> views = List.of();
        String status = "";
        boolean busy;
        String error;

        Panel(String name) {
            this.name = name;
        }

        /** Takes a new figure, keeping each scatter plot's view where the figures match. */
        void setFigure(Figure next) {
            List<ScatterPlot> nextPlots = new ArrayList<>();
            next.collectScatterPlots(nextPlots);
            List<ViewState> nextViews = new ArrayList<>();
            for (int i = 0; i < nextPlots.size(); i++) {
                ScatterPlot plot = nextPlots.get(i);
                ViewState old = i < views.size() ? views.get(i) : ViewState.DEFAULT;
                nextViews.add(old.fittedTo(plot.size(), plot.signalCount()));
            }
            figure = next;
            plots = nextPlots;
            views = nextViews;
        }
    }

    /** A tab: panels side by side. */
    private static final class Tab {
        final String name;
        final List<String> panels = new ArrayList<>();

        Tab(String name) {
            this.name = name;
        }
    }

    private final Consumer<ViewerProtocol.Event> events;
    private final JFrame frame = new JFrame("Spectral Lab");
    private final JPanel tabStrip = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 3));
    private final FramePanel framePanel = new FramePanel();
    private final ControlColumn controls;
    private final RenderLoop renderLoop;
    private final Map<String, Panel> panels = new LinkedHashMap<>();
    private final List<Tab> tabs = new ArrayList<>();
    private int currentTab = -1;
    private List<Slider> sliders = List.of();
    private boolean help;
    private String note;
    private final Timer noteTimer;
    private Path saveFolder = Path.of("out", "window");
    private int saves;
    private long showSequence;
    private long frameNumber;
    /** The last frame the render thread finished, and whether its drawing was reported. */
    private RenderLoop.Frame shown;
    private boolean shownReported;
    private boolean disposed;
    /** The pointer's last position and the plot under it; the plot a drag started on. */
    private Point pointer;
    private Scene.PlotRegion dragRegion;
    private Point pressedAt;
    private Point lastDrag;
    private boolean dragged;

    /** Makes the window, not yet visible; call on the Swing thread. */
    ViewerWindow(Consumer<ViewerProtocol.Event> events) {
        this.events = events;
        this.controls = new ControlColumn((name, value) ->
                events.accept(new ViewerProtocol.SliderMoved(name, value)),
                this::reportSliderPlaces);
        this.renderLoop = new RenderLoop(new RenderSink());
        this.noteTimer = new Timer(NOTE_MILLIS, e -> {
            note = null;
            requestFrame();
        });
        noteTimer.setRepeats(false);
        buildFrame();
        renderLoop.start();
    }

    /** Carries out a session's command; on the Swing thread. */
    void apply(ViewerProtocol.Command command) {
        if (disposed) {
            return;
        }
        if (command instanceof ViewerProtocol.Show show) {
            show(show.sequence(), show.panel(), show.figure(), show.toFront());
        } else if (command instanceof ViewerProtocol.Arrange arrange) {
            arrange(arrange.tab(), arrange.panels());
        } else if (command instanceof ViewerProtocol.Status status) {
            Panel panel = panels.get(status.panel());
            if (panel != null) {
                panel.status = status.text() == null ? "" : status.text();
                panel.busy = status.busy();
            }
        } else if (command instanceof ViewerProtocol.PanelError error) {
            Panel panel = error.text() == null ? panels.get(error.panel())
                    : panelShownSomewhere(error.panel());
            if (panel != null) {
                panel.error = error.text();
            }
        } else if (command instanceof ViewerProtocol.Controls list) {
            sliders = list.sliders();
        } else if (command instanceof ViewerProtocol.SaveFolder folder) {
            saveFolder = Path.of(folder.folder());
        } else if (command instanceof ViewerProtocol.Close) {
            dispose();
            return;
        }
        updateControls();
        requestFrame();
    }

    /** Closes the window and stops its render thread, without telling the session. */
    void dispose() {
        if (!disposed) {
            disposed = true;
            noteTimer.stop();
            frame.dispose();
            renderLoop.stop();
        }
    }

    /** The number of the last frame asked for; for tests. */
    long lastRequestedFrame() {
        return frameNumber;
    }

    /** The last frame drawn, or null; for tests. */
    RenderLoop.Frame lastFrame() {
        return shown;
    }

    /** Where the frame's top-left pixel is on the screen; for tests. */
    Point frameOrigin() {
        return framePanel.getLocationOnScreen();
    }

    /** The control column; for tests. */
    ControlColumn controls() {
        return controls;
    }

    /** The name of the tab shown, or null; for tests. */
    String currentTabName() {
        return currentTab < 0 ? null : tabs.get(currentTab).name;
    }

    /** The names of the tabs, in order; for tests. */
    List<String> tabNames() {
        return tabs.stream().map(t -> t.name).toList();
    }

    private void buildFrame() {
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (!disposed) {
                    dispose();
                    events.accept(new ViewerProtocol.Closed());
                }
            }
        });
        framePanel.setFocusable(true);
        MouseHandler mouse = new MouseHandler();
        framePanel.addMouseListener(mouse);
        framePanel.addMouseMotionListener(mouse);
        framePanel.addMouseWheelListener(mouse);
        framePanel.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                requestFrame();
                reportSliderPlaces();
            }
        });
        bindKeys(frame.getRootPane());
        frame.getContentPane().add(tabStrip, BorderLayout.NORTH);
        frame.getContentPane().add(framePanel, BorderLayout.CENTER);
        frame.getContentPane().add(controls, BorderLayout.EAST);
        frame.setSize(initialSize());
        frame.setLocationByPlatform(true);
    }

    private static Dimension initialSize() {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getMaximumWindowBounds();
        return new Dimension(Math.min(1240, screen.width * 9 / 10),
                Math.min(820, screen.height * 9 / 10));
    }

    /** Every {@link WindowKey}, answered wherever the focus is in the window. */
    private void bindKeys(JComponent root) {
        InputMap keys = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        for (WindowKey key : WindowKey.values()) {
            for (int code : key.codes) {
                String id = key.name() + "-" + code;
                keys.put(KeyStroke.getKeyStroke(code, 0), id);
                keys.put(KeyStroke.getKeyStroke(code, InputEvent.SHIFT_DOWN_MASK), id);
                root.getActionMap().put(id, new AbstractAction() {
                    @Override
                    public void actionPerformed(ActionEvent e) {
                        keyPressed(key, code);
                    }
                });
            }
        }
    }

    private void show(long sequence, String name, Figure figure, boolean toFront) {
        Panel panel = panels.computeIfAbsent(name, Panel::new);
        panel.setFigure(figure);
        showSequence = Math.max(showSequence, sequence);
        if (tabIndexOf(name) < 0) {
            tabNamed(tabNameOf(name)).panels.add(name);
            selectTab(tabIndexOf(name));
        } else if (toFront && tabIndexOf(name) != currentTab) {
            selectTab(tabIndexOf(name));
        }
        if (!frame.isVisible()) {
            frame.setVisible(true);
            framePanel.requestFocusInWindow();
        }
    }

    private Panel panelShownSomewhere(String name) {
        Panel panel = panels.computeIfAbsent(name, Panel::new);
        if (tabIndexOf(name) < 0) {
            tabNamed(tabNameOf(name)).panels.add(name);
            refreshTabStrip();
        }
        return panel;
    }

    private void arrange(String tabName, List<String> names) {
        for (String name : names) {
            panels.computeIfAbsent(name, Panel::new);
            int index = tabIndexOf(name);
            if (index >= 0) {
                tabs.get(index).panels.remove(name);
            }
        }
        tabs.removeIf(t -> t.panels.isEmpty() && !t.name.equals(tabName));
        Tab tab = tabNamed(tabName);
        tab.panels.clear();
        tab.panels.addAll(names);
        selectTab(tabs.indexOf(tab));
    }

    /** The tab called {@code name}, made and added to the strip if new. */
    private Tab tabNamed(String name) {
        for (Tab tab : tabs) {
            if (tab.name.equals(name)) {
                return tab;
            }
        }
        Tab tab = new Tab(name);
        tabs.add(tab);
        refreshTabStrip();
        return tab;
    }

    private int tabIndexOf(String panel) {
        for (int i = 0; i < tabs.size(); i++) {
            if (tabs.get(i).panels.contains(panel)) {
                return i;
            }
        }
        return -1;
    }

    /** "eigenmaps/gram" belongs to tab "eigenmaps"; a name without "/" is its own tab. */
    static String tabNameOf(String panel) {
        int slash = panel.indexOf('/');
        return slash > 0 ? panel.substring(0, slash) : panel;
    }

    /** One toggle button per tab, numbered as the keys 1 .. 9 reach them. */
    private void refreshTabStrip() {
        if (currentTab >= tabs.size()) {
            currentTab = tabs.size() - 1;
        }
        tabStrip.removeAll();
        ButtonGroup group = new ButtonGroup();
        for (int i = 0; i < tabs.size(); i++) {
            JToggleButton button = new JToggleButton((i < 9 ? (i + 1) + "  " : "")
                    + tabs.get(i).name, i == currentTab);
            button.setFocusable(false);
            int index = i;
            button.addActionListener(e -> selectTab(index));
            group.add(button);
            tabStrip.add(button);
        }
        tabStrip.revalidate();
        tabStrip.repaint();
    }

    private void selectTab(int index) {
        if (index < 0 || index >= tabs.size()) {
            return;
        }
        currentTab = index;
        refreshTabStrip();
        updateControls();
        requestFrame();
    }

    private List<Panel> currentPanels() {
        List<Panel> current = new ArrayList<>();
        if (currentTab >= 0) {
            for (String name : tabs.get(currentTab).panels) {
                current.add(panels.get(name));
            }
        }
        return current;
    }

    private void updateControls() {
        List<Panel> current = currentPanels();
        boolean busy = current.stream().anyMatch(p -> p.busy);
        String status = current.stream().filter(p -> p.busy).map(p -> p.status).findFirst()
                .orElse("");
        controls.update(sliders, current.stream().map(p -> p.name).toList(), busy, status);
        SwingUtilities.invokeLater(this::reportSliderPlaces);
    }

    private void reportSliderPlaces() {
        if (!disposed && frame.isShowing() && framePanel.isShowing()) {
            Point origin = framePanel.getLocationOnScreen();
            events.accept(new ViewerProtocol.Placed(new int[] {origin.x, origin.y,
                framePanel.getWidth(), framePanel.getHeight()}, controls.sliderBounds()));
        }
    }

    /** Asks the render thread for a frame of the current tab at the panel's size. */
    private void requestFrame() {
        int width = framePanel.getWidth();
        int height = framePanel.getHeight();
        if (disposed || width <= 0 || height <= 0) {
            return;
        }
        renderLoop.request(request(width, height, help, note));
    }

    private WindowScene.Request request(int width, int height, boolean withHelp, String withNote) {
        List<WindowScene.PanelView> views = new ArrayList<>();
        for (Panel panel : currentPanels()) {
            views.add(new WindowScene.PanelView(panel.name, panel.figure,
                    List.copyOf(panel.views), panel.status, panel.busy, panel.error));
        }
        return new WindowScene.Request(++frameNumber, showSequence, width, height, views,
                withHelp, withNote);
    }

    private void keyPressed(WindowKey key, int code) {
        switch (key) {
            case NEXT_EIGENVECTOR -> changeViews((plot, view) -> view.withColouring(
                    stepColouring(view.colouring(), plot.signalCount(), 1)));
            case PREVIOUS_EIGENVECTOR -> changeViews((plot, view) -> view.withColouring(
                    stepColouring(view.colouring(), plot.signalCount(), -1)));
            case OWN_COLOURS -> changeViews((plot, view) -> view.withColouring(-1));
            case DIMENSION -> flipDimension();
            case RESET_VIEW -> changeViews((plot, view) -> view.reset());
            case ZOOM_IN -> changeViews((plot, view) -> view.withZoom(view.zoom() * ZOOM_STEP));
            case ZOOM_OUT -> changeViews((plot, view) -> view.withZoom(view.zoom() / ZOOM_STEP));
            case NEXT_TAB -> selectTab(tabs.isEmpty() ? -1 : (currentTab + 1) % tabs.size());
            case PREVIOUS_TAB -> selectTab(tabs.isEmpty() ? -1
                    : (currentTab + tabs.size() - 1) % tabs.size());
            case TAB_BY_NUMBER -> selectTab(code - KeyEvent.VK_1);
            case SAVE -> saveView();
            case HELP -> help = !help;
            case DISMISS -> {
                help = false;
                changeViews((plot, view) -> view.withPinned(-1));
            }
        }
        requestFrame();
        events.accept(new ViewerProtocol.InputHandled("key " + key.name()));
    }

    /**
     * The colouring after {@code step} presses: the figure's own (-1), then each signal
     * 0 .. count - 1, round again.
     */
    static int stepColouring(int colouring, int count, int step) {
        if (count == 0) {
            return -1;
        }
        int states = count + 1;
        return Math.floorMod(colouring + 1 + step, states) - 1;
    }

    private void flipDimension() {
        boolean any = false;
        for (Target target : targets()) {
            if (target.plot.canFlip()) {
                any = true;
                setView(target, target.view().withFlipped(!target.view().flipped()));
            }
        }
        if (!any) {
            showNote("no third coordinate here: 3-D needs z values or an eigenmap with a "
                    + "third eigenvector");
        }
    }

    /** A scatter plot of a panel, addressed by its drawing order. */
    private record Target(Panel panel, int ordinal, ScatterPlot plot) {
        ViewState view() {
            return panel.views.get(ordinal);
        }
    }

    /** The scatter plot under the pointer, else every scatter plot of the tab. */
    private List<Target> targets() {
        Scene.PlotRegion under = pointer == null ? null : regionAt(pointer);
        List<Target> targets = new ArrayList<>();
        for (Panel panel : currentPanels()) {
            for (int i = 0; i < panel.plots.size(); i++) {
                boolean chosen = under == null
                        || (under.panel().equals(panel.name) && under.ordinal() == i);
                if (chosen) {
                    targets.add(new Target(panel, i, panel.plots.get(i)));
                }
            }
        }
        return targets;
    }

    private interface ViewChange {
        ViewState apply(ScatterPlot plot, ViewState view);
    }

    private void changeViews(ViewChange change) {
        for (Target target : targets()) {
            setView(target, change.apply(target.plot, target.view()));
        }
    }

    private static void setView(Target target, ViewState view) {
        List<ViewState> views = new ArrayList<>(target.panel.views);
        views.set(target.ordinal, view);
        target.panel.views = views;
    }

    private Target targetOf(Scene.PlotRegion region) {
        Panel panel = panels.get(region.panel());
        if (panel == null || region.ordinal() >= panel.plots.size()
                || panel.plots.get(region.ordinal()) != region.plot()) {
            return null;
        }
        return new Target(panel, region.ordinal(), region.plot());
    }

    private void changeView(Scene.PlotRegion region, UnaryOperator<ViewState> change) {
        Target target = region == null ? null : targetOf(region);
        if (target != null) {
            setView(target, change.apply(target.view()));
        }
    }

    /** The scatter plot of the last frame whose plot area holds {@code p}, or null. */
    private Scene.PlotRegion regionAt(Point p) {
        if (shown == null) {
            return null;
        }
        Scene.PlotRegion found = null;
        for (Scene.PlotRegion region : shown.regions()) {
            Rect area = region.area();
            if (p.x >= area.x() && p.x < area.right() && p.y >= area.y() && p.y < area.bottom()) {
                found = region;
            }
        }
        return found;
    }

    private void saveView() {
        int width = framePanel.getWidth();
        int height = framePanel.getHeight();
        if (width <= 0 || height <= 0 || currentTab < 0) {
            return;
        }
        String tab = tabs.get(currentTab).name.replaceAll("[^A-Za-z0-9._-]+", "-");
        Path file = saveFolder.resolve(String.format(Locale.ROOT, "view-%s-%d.png", tab,
                ++saves));
        renderLoop.save(request(width, height, false, null), file);
    }

    private void showNote(String text) {
        note = text;
        noteTimer.restart();
        requestFrame();
    }

    /** Receives the render thread's results and hands them to the Swing thread. */
    private final class RenderSink implements RenderLoop.Sink {
        @Override
        public void frame(RenderLoop.Frame finished) {
            SwingUtilities.invokeLater(() -> {
                if (!disposed) {
                    shown = finished;
                    shownReported = false;
                    framePanel.paintImmediately(0, 0, framePanel.getWidth(),
                            framePanel.getHeight());
                }
            });
        }

        @Override
        public void saved(Path file, String problem) {
            SwingUtilities.invokeLater(() -> {
                if (problem == null) {
                    events.accept(new ViewerProtocol.Saved(file.toAbsolutePath().toString()));
                    showNote("saved " + file);
                } else {
                    events.accept(new ViewerProtocol.Problem(problem));
                    showNote(problem);
                }
            });
        }

        @Override
        public void failed(String problem) {
            events.accept(new ViewerProtocol.Problem(problem));
        }
    }

    /** Paints the last finished frame and reports that it is on screen. */
    private final class FramePanel extends JComponent {
        @Override
        protected void paintComponent(Graphics g) {
            RenderLoop.Frame current = shown;
            if (current == null) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, getWidth(), getHeight());
                return;
            }
            g.drawImage(current.image(), 0, 0, null);
            if (current.image().getWidth() != getWidth()
                    || current.image().getHeight() != getHeight()) {
                requestFrame();
            }
            if (!shownReported) {
                shownReported = true;
                getToolkit().sync();
                double millis = (System.nanoTime() - current.requestedNanos()) / 1e6;
                events.accept(new ViewerProtocol.FrameDrawn(current.request().number(),
                        current.request().showSequence(), millis, current.renderMillis()));
            }
        }
    }

    /** Hover, click, drag and wheel on the frame. */
    private final class MouseHandler extends MouseAdapter {
        @Override
        public void mouseMoved(MouseEvent e) {
            pointer = e.getPoint();
            hover(regionAt(pointer));
        }

        @Override
        public void mouseExited(MouseEvent e) {
            pointer = null;
            hover(null);
        }

        @Override
        public void mousePressed(MouseEvent e) {
            framePanel.requestFocusInWindow();
            pressedAt = e.getPoint();
            lastDrag = e.getPoint();
            dragRegion = regionAt(e.getPoint());
            dragged = false;
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            pointer = e.getPoint();
            if (dragRegion == null || lastDrag == null) {
                return;
            }
            int dx = e.getX() - lastDrag.x;
            int dy = e.getY() - lastDrag.y;
            lastDrag = e.getPoint();
            if (pressedAt.distance(e.getPoint()) > CLICK_SLOP) {
                dragged = true;
            }
            boolean pan = !dragRegion.threeD() || e.isShiftDown()
                    || SwingUtilities.isRightMouseButton(e);
            Rect area = dragRegion.area();
            ScatterPlot plot = dragRegion.plot();
            changeView(dragRegion, view -> pan
                    ? view.withPan(view.panX() + dx / area.width(), view.panY() + dy / area.height())
                    : view.withRotation(azimuthOf(plot, view) - dx * DEGREES_PER_PIXEL,
                            elevationOf(plot, view) + dy * DEGREES_PER_PIXEL));
            requestFrame();
            events.accept(new ViewerProtocol.InputHandled(pan ? "pan" : "rotate"));
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            if (!dragged && dragRegion != null) {
                int point = dragRegion.pointNear(e.getX(), e.getY(), POINTER_REACH);
                changeView(dragRegion, view -> view.withPinned(point == view.pinned() ? -1
                        : point));
                requestFrame();
                events.accept(new ViewerProtocol.InputHandled("click"));
            }
            dragRegion = null;
            lastDrag = null;
        }

        @Override
        public void mouseWheelMoved(MouseWheelEvent e) {
            double factor = Math.pow(WHEEL_STEP, -e.getPreciseWheelRotation());
            Scene.PlotRegion region = regionAt(e.getPoint());
            if (region != null) {
                changeView(region, view -> view.withZoom(view.zoom() * factor));
            } else {
                changeViews((plot, view) -> view.withZoom(view.zoom() * factor));
            }
            requestFrame();
            events.accept(new ViewerProtocol.InputHandled("wheel"));
        }

        /** Marks the point under the pointer in its plot, and no other point anywhere. */
        private void hover(Scene.PlotRegion region) {
            int point = region == null || pointer == null ? -1
                    : region.pointNear(pointer.x, pointer.y, POINTER_REACH);
            boolean changed = false;
            for (Panel panel : currentPanels()) {
                for (int i = 0; i < panel.views.size(); i++) {
                    boolean here = region != null && region.panel().equals(panel.name)
                            && region.ordinal() == i;
                    int wanted = here ? point : -1;
                    if (panel.views.get(i).hovered() != wanted) {
                        setView(new Target(panel, i, panel.plots.get(i)),
                                panel.views.get(i).withHovered(wanted));
                        changed = true;
                    }
                }
            }
            if (changed) {
                requestFrame();
                events.accept(new ViewerProtocol.InputHandled("hover"));
            }
        }

        private double azimuthOf(ScatterPlot plot, ViewState view) {
            return Double.isNaN(view.azimuth()) ? plot.azimuth() : view.azimuth();
        }

        private double elevationOf(ScatterPlot plot, ViewState view) {
            return Double.isNaN(view.elevation()) ? plot.elevation() : view.elevation();
        }
    }
}
