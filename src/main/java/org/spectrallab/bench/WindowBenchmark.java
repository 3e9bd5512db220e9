package org.spectrallab.bench;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.data.Subset;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.SymmetricLaplacian;
import org.spectrallab.lab.Lab;
import org.spectrallab.lab.Params;
import org.spectrallab.numeric.Arpack;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;
import org.spectrallab.viz.Display;
import org.spectrallab.viz.Figure;
import org.spectrallab.viz.FigureWindow;

/**
 * The live window's speed, measured the way a user meets it: java.awt.Robot moves a
 * slider, drags a plot and presses keys through the X server, and the times run until the
 * viewer process reports the frame on screen.
 *
 * <ul>
 *   <li>Slider to redraw, N = 1000 MNIST test points: a key press on the focused k slider,
 *       the live pipeline's recompute (kNN graph, 20 smallest eigenpairs of L_sym, the
 *       eigenmap), sending the figure to the viewer, drawing it; {@value #SLIDER_SAMPLES}
 *       changes alternating k up and down.</li>
 *   <li>Frame time at 10,000 points (MNIST images for hovering, synthetic coordinates):
 *       each of {@value #FRAME_SAMPLES} drag steps, from the input to the painted frame,
 *       in 2-D (panning) and 3-D (rotating).</li>
 *   <li>Input during a recompute (N = 6000): key presses while the pipeline recomputes,
 *       until the window has handled each and until its frame is on screen.</li>
 * </ul>
 *
 * Needs an X display (Xvfb will do); docs/LIVE.md records the figures.
 */
final class WindowBenchmark {

    private static final int SLIDER_SAMPLES = 11;
    private static final int FRAME_SAMPLES = 40;
    private static final int INPUT_SAMPLES = 20;
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** Pixels per drag step: a brisk but ordinary mouse movement. */
    private static final int DRAG_STEP = 6;

    private final Path home;
    private final BenchTable table = new BenchTable("Live window: latency and frame time "
            + "(median seconds, viewer process on " + System.getenv("DISPLAY") + ")", "-");
    private final Robot robot;
    /** Seconds the last recompute took inside the pipeline, and whether one is running. */
    private volatile double recomputeSeconds;
    private final AtomicBoolean recomputing = new AtomicBoolean();

    private WindowBenchmark(Path home) throws AWTException {
        this.home = home;
        this.robot = new Robot();
        robot.setAutoDelay(0);
    }

    /** Runs the benchmark, or says why it cannot (no display) and returns false. */
    static boolean runIfDisplay(Path home) throws Exception {
        if (!Display.canShowWindows()) {
            System.out.println("window benchmark: no window can open (" + Display.whyNoWindow()
                    + "); start an X server, e.g. Xvfb :99 -screen 0 1280x1024x24 & "
                    + "export DISPLAY=:99");
            return false;
        }
        new WindowBenchmark(home).run();
        return true;
    }

    private void run() throws Exception {
        System.setProperty("spectrallab.interactive", "true");
        System.setProperty("spectrallab.out", home.resolve("out/bench").toString());
        Lab lab = Lab.start(0, "window benchmark");
        try {
            table.printHeader();
            Params params = lab.params();
            long opened = System.nanoTime();
            lab.live("eigenmap", () -> eigenmap(lab, params));
            FigureWindow.FrameReport first = FigureWindow.awaitFrame(0,
                    FigureWindow.lastShowSequence(), WAIT);
            require(first != null, "the window never drew the first figure");
            table.add("first show: viewer start, first frame", 1000,
                    (System.nanoTime() - opened) / 1e9, Double.NaN, "JVM + JOGL start");
            measureSlider();
            measureFrames();
            measureInputDuringRecompute(params);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("display", System.getenv("DISPLAY"));
            table.save(home.resolve("out/bench/window.json"), extra);
        } finally {
            FigureWindow.close();
        }
    }

    /**
     * The benchmark's live pipeline: kNN graph, the 20 smallest eigenpairs of L_sym by
     * Lanczos (ARPACK; at N = 1000 it is 3-10x faster here than the dense solver
     * Eigensolver.smallest picks below its size limit), the eigenmap.
     */
    private Figure eigenmap(Lab lab, Params params) {
        Subset data = lab.subset(100);
        int k = params.integer("k", 10, 2, 50);
        params.slider("k", 5, 30);
        recomputing.set(true);
        long start = System.nanoTime();
        try {
            Graph graph = KnnGraph.of(data.points()).k(k).build();
            Eigenpairs u = Eigensolver.lanczos(SymmetricLaplacian.rows(graph), 20,
                    Arpack.End.SMALLEST);
            recomputeSeconds = (System.nanoTime() - start) / 1e9;
            return Figure.eigenmap("Laplacian eigenmap (L_sym), N = " + data.size() + ", k = "
                    + k, "u", u, 1).byClass(data.labels(), data.dataset().classNames())
                    .pointInfo(data);
        } finally {
            recomputing.set(false);
        }
    }

    private void measureSlider() throws Exception {
        int[] slider = awaitSlider("k");
        click(slider[0] + slider[2] / 2, slider[1] + slider[3] / 2);
        settleLive();
        double[] latency = new double[SLIDER_SAMPLES];
        double[] recompute = new double[SLIDER_SAMPLES];
        double[] frame = new double[SLIDER_SAMPLES];
        for (int i = 0; i < SLIDER_SAMPLES; i++) {
            long shows = FigureWindow.lastShowSequence();
            long start = System.nanoTime();
            press(i % 2 == 0 ? KeyEvent.VK_RIGHT : KeyEvent.VK_LEFT);
            FigureWindow.FrameReport report = awaitShowAfter(shows);
            latency[i] = (System.nanoTime() - start) / 1e9;
            recompute[i] = recomputeSeconds;
            frame[i] = report.millis() / 1e3;
            settleLive();
        }
        table.add("slider -> kNN + 20 eigenpairs -> frame on screen", 1000, median(latency),
                Double.NaN, String.format(Locale.ROOT, "max %.3f s; recompute %.3f s, frame "
                        + "%.3f s (medians)", max(latency), median(recompute), median(frame)));
    }

    private void measureFrames() throws Exception {
        Subset data = StratifiedSampler.randomPerClass(ImageSet.load(Dataset.MNIST, Split.TRAIN),
                1000, 1);
        FigureWindow.show("frames", Figure.eigenmap("10,000 points", "v", syntheticPairs(
                data.size()), 1).byClass(data.labels(), data.dataset().classNames())
                .pointInfo(data));
        require(FigureWindow.awaitFrame(0, FigureWindow.lastShowSequence(), WAIT) != null,
                "the 10,000-point figure was never drawn");
        int[] place = FigureWindow.framePlace();
        int centreX = place[0] + place[2] * 2 / 5;
        int centreY = place[1] + place[3] / 2;
        robot.mouseMove(centreX, centreY);
        double[][] pan = drag(centreX, centreY, "2-D");
        press(KeyEvent.VK_D);
        settle();
        double[][] rotate = drag(centreX, centreY, "3-D");
        table.add("frame time, 2-D pan (input -> frame on screen)", data.size(),
                median(pan[0]), Double.NaN, String.format(Locale.ROOT, "p90 %.3f s; render "
                        + "thread %.3f s", percentile(pan[0], 0.9), median(pan[1])));
        table.add("frame time, 3-D rotation (input -> frame on screen)", data.size(),
                median(rotate[0]), Double.NaN, String.format(Locale.ROOT, "p90 %.3f s; render "
                        + "thread %.3f s", percentile(rotate[0], 0.9), median(rotate[1])));
    }

    /** Drags in steps, waiting for each step's frame: {frame seconds, render seconds}. */
    private double[][] drag(int x, int y, String what) throws Exception {
        double[][] seconds = new double[2][FRAME_SAMPLES];
        robot.mouseMove(x, y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        FigureWindow.FrameReport last = FigureWindow.lastFrame();
        for (int i = 0; i < FRAME_SAMPLES; i++) {
            int offset = (i % 20 < 10 ? i % 20 + 1 : 20 - i % 20) * DRAG_STEP;
            robot.mouseMove(x + offset, y);
            FigureWindow.FrameReport report = FigureWindow.awaitFrame(last.frame(), 0,
                    Duration.ofSeconds(10));
            require(report != null, "no frame after a " + what + " drag step");
            seconds[0][i] = report.millis() / 1e3;
            seconds[1][i] = report.renderMillis() / 1e3;
            last = report;
        }
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        settle();
        return seconds;
    }

    private void measureInputDuringRecompute(Params params) throws Exception {
        int[] place = FigureWindow.framePlace();
        List<Double> handled = new ArrayList<>();
        List<Double> drawn = new ArrayList<>();
        int rounds = 0;
        while (handled.size() < INPUT_SAMPLES && rounds++ < 4) {
            params.set("perClass", rounds % 2 == 1 ? 600 : 601);
            awaitRecomputeStart();
            click(place[0] + place[2] / 3, place[1] + 12);
            while (recomputing.get() && handled.size() < INPUT_SAMPLES) {
                long inputs = FigureWindow.inputsHandled();
                FigureWindow.FrameReport before = FigureWindow.lastFrame();
                long start = System.nanoTime();
                press(KeyEvent.VK_N);
                require(FigureWindow.awaitInputs(inputs + 1, Duration.ofSeconds(10)),
                        "a key was not handled during the recompute");
                double toHandled = (System.nanoTime() - start) / 1e9;
                FigureWindow.FrameReport after = FigureWindow.awaitFrame(before.frame(), 0,
                        Duration.ofSeconds(10));
                require(after != null, "no frame after a key during the recompute");
                if (recomputing.get()) {
                    handled.add(toHandled);
                    drawn.add((System.nanoTime() - start) / 1e9);
                }
                Thread.sleep(100);
            }
            settleLive();
        }
        double[] handledSeconds = handled.stream().mapToDouble(Double::doubleValue).toArray();
        double[] drawnSeconds = drawn.stream().mapToDouble(Double::doubleValue).toArray();
        table.add("key handled while a recompute runs", 6000, median(handledSeconds),
                Double.NaN, String.format(Locale.ROOT, "max %.3f s over %d keys",
                        max(handledSeconds), handledSeconds.length));
        table.add("key -> frame on screen while a recompute runs", 6000, median(drawnSeconds),
                Double.NaN, String.format(Locale.ROOT, "max %.3f s", max(drawnSeconds)));
    }

    /** The screen bounds of a parameter's slider, once the window shows it. */
    private static int[] awaitSlider(String name) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            int[] bounds = FigureWindow.sliderPlaces().get(name);
            if (bounds != null) {
                return bounds;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the window never showed the slider " + name);
    }

    /** The first frame holding a show made after show {@code shows}. */
    private static FigureWindow.FrameReport awaitShowAfter(long shows)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (FigureWindow.lastShowSequence() <= shows && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        FigureWindow.FrameReport report = FigureWindow.awaitFrame(0,
                FigureWindow.lastShowSequence(), WAIT);
        require(report != null, "the recomputed figure was never drawn");
        return report;
    }

    private void awaitRecomputeStart() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!recomputing.get() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        require(recomputing.get(), "the recompute never started");
    }

    /** Waits until the window has drawn nothing new for a moment. */
    private static void settle() throws InterruptedException {
        long frame = -1;
        while (true) {
            Thread.sleep(300);
            FigureWindow.FrameReport last = FigureWindow.lastFrame();
            long now = last == null ? -1 : last.frame();
            if (now == frame) {
                return;
            }
            frame = now;
        }
    }

    /** Waits until no recompute runs and nothing new has been shown or drawn for a moment. */
    private void settleLive() throws InterruptedException {
        long shows = -1;
        while (true) {
            while (recomputing.get()) {
                Thread.sleep(10);
            }
            settle();
            long now = FigureWindow.lastShowSequence();
            if (now == shows && !recomputing.get()) {
                return;
            }
            shows = now;
        }
    }

    private void click(int x, int y) {
        robot.mouseMove(x, y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    private void press(int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
    }

    /**
     * Twenty smooth "eigenvectors" of n points (sines of an angle per point, with noise),
     * ascending eigenvalues: coordinates for drawing, not a computation.
     */
    private static Eigenpairs syntheticPairs(int n) {
        int count = 20;
        Random random = new Random(5);
        double[] vectors = new double[n * count];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * random.nextDouble();
            for (int j = 0; j < count; j++) {
                vectors[i * count + j] = Math.sin((j + 1) * angle + j)
                        + 0.1 * random.nextGaussian();
            }
        }
        double[] values = new double[count];
        Arrays.setAll(values, j -> j / 100.0);
        return Eigenpairs.of(values, vectors, n, Eigenpairs.Order.ASCENDING);
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("window benchmark: " + failure);
        }
    }

    static double median(double[] values) {
        return percentile(values, 0.5);
    }

    /** The value below which a fraction {@code q} of the values lie (nearest rank). */
    static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
