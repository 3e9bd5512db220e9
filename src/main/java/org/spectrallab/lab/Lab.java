package org.spectrallab.lab;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.spectrallab.Log;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.data.Subset;
import org.spectrallab.viz.Display;
import org.spectrallab.viz.Figure;
import org.spectrallab.viz.FigureRenderer;
import org.spectrallab.viz.FigureWindow;

/**
 * One run of a lab: its parameters, its printed findings, its figures and its
 * out/labNN/results.json.
 *
 * <pre>
 *   var lab = Lab.start(3, "Graph Laplacians");
 *   var data = lab.subset();                       // dataset, split, perClass, seed
 *   int k = lab.params().integer("k", 10, 1, 100);
 *   ...
 *   lab.say("L_rw and L_sym share their eigenvalues to 1e-14.");
 *   lab.figure("eigenmap", Figure.scatter(...));   // out/lab03/eigenmap.png (+ window)
 *   lab.live("eigenmap", () -> {                   // the same, and redrawn when k changes
 *       int k = lab.params().integer("k", 10, 2, 50);
 *       ...
 *       return Figure.eigenmap(...);
 *   });
 *   lab.finish();                                  // out/lab03/results.json
 * </pre>
 *
 * <p>Figures always go to PNG; in an interactive session with a display they are also
 * shown in the session's window. Output goes under {@code out/} in the kit's folder
 * (system property {@code spectrallab.home}, else the working directory). Live pipelines
 * are described at {@link #live(String, Runnable)} and in docs/LIVE.md.
 */
public final class Lab {

    /**
     * The fewest images per class a lab runs on: 50 images in all, enough for the
     * 20 eigenvectors the eigenmaps carry and for a kNN graph within each class.
     */
    public static final int MIN_PER_CLASS = 5;
    /** The most images per class {@link #subset} accepts. */
    static final int MAX_PER_CLASS = 6000;
    /** Live slider range of the subset size per class (from {@link #MIN_PER_CLASS}). */
    static final int LIVE_MAX_PER_CLASS = 200;
    /** Live slider range of the sampling seed: 0 .. this. */
    static final int LIVE_MAX_SEED = 99;

    private static volatile Lab current;

    private final int number;
    private final String title;
    private final Path folder;
    private final Params params;
    private final Results results;
    private final long startNanos = System.nanoTime();
    private volatile boolean finished;
    /** The last subset drawn, and the parameters it was drawn with. */
    private Subset lastSubset;
    private List<Object> lastSubsetKey;

    private Lab(int number, String title) {
        this.number = number;
        this.title = title;
        this.folder = outputRoot().resolve(String.format(Locale.ROOT, "lab%02d", number));
        this.params = new Params(System.getProperties());
        this.results = new Results(number, title);
    }

    /** Starts lab {@code number}: prints its title and makes it the current lab. */
    public static Lab start(int number, String title) {
        Lab lab = new Lab(number, title);
        current = lab;
        Log.watchWarnings(lab.results::warning);
        lab.markRunning();
        Log.verbose(true);
        if (isInteractive()) {
            FigureWindow.saveFolder(lab.folder);
        }
        System.out.printf(Locale.ROOT, "%n=== Lab %02d: %s ===%n%n", number, title);
        LabHeader.print(System.getProperty("spectrallab.labFile"));
        if (isInteractive()) {
            System.out.println("  (Ctrl-C is ignored while the lab runs; at the prompt it stops "
                    + "the running line. help() lists the prompt's helpers.)\n");
        }
        return lab;
    }

    /**
     * Records in results.json that a lab stopped before {@link #start} (e.g. in the kit's
     * startup): status "failed", the step and the message, and the parameters given.
     */
    static void failedBeforeStart(int number, String step, String message) {
        Lab lab = new Lab(number, "");
        lab.markRunning();
        lab.fail(step, message);
    }

    /**
     * Removes what the previous run of this lab listed in its results.json and writes one
     * with status "running", so that a run that stops never leaves an older run's results
     * passing for its own.
     */
    private void markRunning() {
        Results.removePreviousRun(folder);
        results.given(params.given());
        results.write(folder.resolve("results.json"));
    }

    /**
     * Writes results.json with status "failed", the step and the message, the parameters
     * declared and given and the files written so far, and says so in one closing line.
     */
    void fail(String step, String message) {
        recordParameters();
        results.failed(step, message);
        results.write(folder.resolve("results.json"));
        System.err.printf(Locale.ROOT, "Lab %02d failed; results.json in %s says so. This run "
                + "wrote %s.%n", number, displayPath(folder), writtenFiles());
    }

    private void recordParameters() {
        params.values().forEach(results::parameter);
        results.given(params.given());
        results.seconds((System.nanoTime() - startNanos) / 1e9);
    }

    /** "results.json and a.png, b.png": what this run wrote, for its closing line. */
    private String writtenFiles() {
        List<String> files = results.files();
        return files.isEmpty() ? "only results.json"
                : "results.json and " + String.join(", ", files);
    }

    /** The lab started last in this JVM, or null. */
    public static Lab current() {
        return current;
    }

    /** Where the kit's output goes: {@code <home>/out}. */
    static Path outputRoot() {
        String home = System.getProperty("spectrallab.home", System.getProperty("user.dir"));
        return Paths.get(System.getProperty("spectrallab.out", Paths.get(home, "out").toString()));
    }

    /** This lab's number. */
    public int number() {
        return number;
    }

    /** This lab's output folder, out/labNN. */
    public Path folder() {
        return folder;
    }

    /** This lab's parameters. */
    public Params params() {
        return params;
    }

    /** What this run records for results.json. */
    public Results results() {
        return results;
    }

    /** Whether {@link #finish()} has run. */
    public boolean isFinished() {
        return finished;
    }

    /**
     * What {@link #subset} reads, with defaults and ranges as it declares them (perClass's
     * default is the lab's argument); the launcher checks command-line options against it
     * before a lab runs ({@link LabScript#options}).
     */
    static final List<LabScript.Option> SUBSET_PARAMETERS = List.of(
            new LabScript.Option("dataset", "text", List.of("mnist (or fashion)")),
            new LabScript.Option("split", "text", List.of("test (or train)")),
            new LabScript.Option("perClass", "integer",
                    List.of("as the lab sets", String.valueOf(MIN_PER_CLASS),
                            String.valueOf(MAX_PER_CLASS))),
            new LabScript.Option("sampling", "text", List.of("random (or first)")),
            new LabScript.Option("seed", "integer", List.of("0", "0", "2147483647")));

    /**
     * The lab's data, chosen by the parameters {@code dataset} (mnist, fashion),
     * {@code split} (test, train), {@code perClass} (default as given), {@code sampling}
     * (random, first) and {@code seed}; recorded in results.json. Asked again with the same
     * parameter values it returns the same subset without drawing or printing anything,
     * so a live pipeline can start with it; live sliders move {@code perClass} between
     * {@value #MIN_PER_CLASS} and {@value #LIVE_MAX_PER_CLASS} and {@code seed}
     * between 0 and {@value #LIVE_MAX_SEED}.
     *
     * @throws IllegalArgumentException for a {@code perClass} below {@value #MIN_PER_CLASS}
     */
    public Subset subset(int defaultPerClass) {
        params.slider("perClass", MIN_PER_CLASS, LIVE_MAX_PER_CLASS);
        params.slider("seed", 0, LIVE_MAX_SEED);
        params.hardMinimum("perClass", "the labs need " + MIN_PER_CLASS + " images of each "
                + "class (" + 10 * MIN_PER_CLASS + " in all) for their graphs and eigenmaps");
        Dataset dataset = Dataset.parse(params.text("dataset", "mnist"));
        Split split = Split.parse(params.text("split", "test"));
        int perClass = params.integer("perClass", defaultPerClass, MIN_PER_CLASS, MAX_PER_CLASS);
        String sampling = params.text("sampling", "random");
        int seed = params.integer("seed", 0, 0, Integer.MAX_VALUE);
        List<Object> key = List.of(dataset, split, perClass, sampling, seed);
        synchronized (this) {
            if (key.equals(lastSubsetKey)) {
                return lastSubset;
            }
        }
        ImageSet images = ImageSet.load(dataset, split);
        Subset subset = sample(images, perClass, sampling, seed);
        results.subset(describe(subset, perClass, sampling, seed));
        say("Data: " + subset.describe() + ", " + (sampling.equals("first")
                ? "the first of each class" : "drawn with seed " + seed) + ".");
        synchronized (this) {
            lastSubset = subset;
            lastSubsetKey = key;
        }
        return subset;
    }

    private static Subset sample(ImageSet images, int perClass, String sampling, int seed) {
        switch (sampling) {
            case "random":
                return StratifiedSampler.randomPerClass(images, perClass, seed);
            case "first":
                return StratifiedSampler.firstPerClass(images, perClass);
            default:
                throw new IllegalArgumentException("sampling '" + sampling
                        + "' is unknown: use 'random' or 'first'");
        }
    }

    /**
     * Records in results.json, under "subset", images a lab drew itself instead of with
     * {@link #subset} (lab 08 trains on the training split), so that every results.json
     * says which images a lab ran on.
     *
     * @param sampling "random" (drawn with {@code seed}) or "first" (the first of each
     *     class; the seed is then not recorded)
     */
    public void recordSubset(Subset subset, int perClass, String sampling, int seed) {
        results.subset(describe(subset, perClass, sampling, seed));
    }

    /** Records, under "test_subset", the images a lab tests on; see {@link #recordSubset}. */
    public void recordTestSubset(Subset subset, int perClass, String sampling, int seed) {
        results.testSubset(describe(subset, perClass, sampling, seed));
    }

    private static Map<String, Object> describe(Subset subset, int perClass, String sampling,
            int seed) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("dataset", subset.dataset().displayName());
        description.put("split", subset.split().name().toLowerCase(Locale.ROOT));
        description.put("per_class", perClass);
        description.put("size", subset.size());
        description.put("sampling", sampling);
        if (sampling.equals("random")) {
            description.put("seed", seed);
        }
        description.put("indices", subset.indices());
        description.put("labels", subset.labels());
        return description;
    }

    /** Prints a finding for the student, wrapped to 90 columns; quiet in a live recompute. */
    public void say(String text) {
        if (quietInRecompute()) {
            return;
        }
        Log.endOpenLine();
        System.out.println(Wrap.paragraph(text, 90, "  "));
    }

    /**
     * Prints text as it is, e.g. a table that {@link #say} would re-wrap; quiet in a live
     * recompute, like {@link #say}.
     */
    public void print(String text) {
        if (quietInRecompute()) {
            return;
        }
        Log.endOpenLine();
        System.out.println(text);
    }

    /**
     * Records a key number under {@code results} in results.json; in a live recompute,
     * under the pipeline's entry in {@code live} once its figures are written as files.
     */
    public void record(String key, Object value) {
        LiveRun run = LiveRun.current();
        if (run != null && !run.first) {
            run.checkpoint();
            run.record(key, value);
            return;
        }
        results.put(key, value);
    }

    /** Records an eigenvalue list under {@code eigenvalues}, like {@link #record}. */
    public void eigenvalues(String key, double[] values) {
        LiveRun run = LiveRun.current();
        if (run != null && !run.first) {
            run.checkpoint();
            run.recordEigenvalues(key, values);
            return;
        }
        results.eigenvalues(key, values);
    }

    /**
     * Runs a long step, printing what it is and how long it took; in a live recompute it
     * prints nothing and the window's progress note names the step instead.
     */
    public <T> T timed(String what, Supplier<T> work) {
        LiveRun run = LiveRun.current();
        if (run != null && !run.first) {
            progress(what);
            T value = work.get();
            run.checkpoint();
            return value;
        }
        Log.openLine("  " + what + " ... ");
        long start = System.nanoTime();
        T value = work.get();
        String took = String.format(Locale.ROOT, "done in %.1f s", (System.nanoTime() - start)
                / 1e9);
        if (!Log.closeLine(took)) {
            System.out.println("  " + what + ": " + took);
        }
        return value;
    }

    /**
     * Names the step a live recompute is in, for the window's progress note, and lets a
     * recompute that newer values have made stale stop here. Does nothing outside live
     * recomputes, so a lab can mark its steps without changing its batch output.
     */
    public void progress(String step) {
        LiveRun run = LiveRun.current();
        if (run != null && !run.first) {
            run.checkpoint();
            LiveSession.instance().progress(run.pipeline, step);
        }
    }

    /**
     * Writes a figure to out/labNN/{name}.png, prints the path, and in an interactive
     * session with a display shows it in the window, in the panel {@code name}. In a live
     * recompute it only hands the figure to the window (no PNG, nothing printed).
     */
    public Path figure(String name, Figure figure) {
        LiveRun run = LiveRun.current();
        if (run != null && !run.first) {
            run.checkpoint();
            run.figure(name, figure);
            return folder.resolve(name + ".png");
        }
        if (run != null) {
            run.figure(name, figure);
        }
        Path file = FigureRenderer.writePng(figure, folder.resolve(name + ".png"));
        results.file(file.getFileName().toString());
        Log.endOpenLine();
        System.out.println("  figure: " + displayPath(file));
        if (isInteractive() && Display.canShowWindows()) {
            FigureWindow.show(name, figure);
        }
        return file;
    }

    /**
     * Steps that draw figures and recompute when a parameter they read changes. Inside,
     * write the steps as usual: read parameters with {@link #params()}, draw with
     * {@link #figure}, speak with {@link #say} or {@link #print}, time with {@link #timed}.
     *
     * <ul>
     *   <li>In batch mode, or with no display, the steps run once, here, exactly as if they
     *       were written out: same PNGs, same output, same results.json.</li>
     *   <li>In an interactive session they also run once here, and then again - on a worker
     *       thread, quietly, without writing PNGs - whenever a parameter they read is set,
     *       from the prompt ({@code params.set("k", 15)}) or by its slider in the window;
     *       their figures replace the window's panels in place. With no display the
     *       recomputed figures go to PNG files of the same names.</li>
     * </ul>
     *
     * See docs/LIVE.md for coalescing, cancellation and errors.
     *
     * @param name names the pipeline in messages
     * @throws IllegalArgumentException when called inside another live pipeline
     */
    public void live(String name, Runnable steps) {
        if (steps == null) {
            throw new IllegalArgumentException("steps is null: pass the steps as a lambda, "
                    + "e.g. lab.live(\"eigenmap\", () -> { ... lab.figure(...); }).");
        }
        if (LiveRun.current() != null) {
            throw new IllegalArgumentException("lab.live(\"" + name + "\") was called inside "
                    + "the live pipeline '" + LiveRun.current().pipeline.name + "': live "
                    + "pipelines cannot be nested; declare them one after the other.");
        }
        LivePipeline pipeline = new LivePipeline(this, name, steps);
        if (!isInteractive()) {
            steps.run();
            return;
        }
        LiveRun first = new LiveRun(pipeline, true);
        try {
            first.execute();
        } finally {
            LiveSession.instance().register(pipeline, first);
        }
    }

    /**
     * {@link #live(String, Runnable)} for steps that make one figure: it goes to
     * {@code out/labNN/<name>.png} and to the window's panel {@code name}.
     */
    public void live(String name, Supplier<Figure> figure) {
        if (figure == null) {
            throw new IllegalArgumentException("figure is null: pass a lambda that returns "
                    + "the figure, e.g. lab.live(\"" + name + "\", () -> Figure.scatter(...)).");
        }
        live(name, () -> figure(name, figure.get()));
    }

    /** Writes results.json, names every file written, and marks the lab finished. */
    public void finish() {
        recordParameters();
        results.succeeded();
        List<String> unused = params.unusedOverrides();
        if (!unused.isEmpty()) {
            Log.warn("lab " + number + " has no parameter named " + String.join(", ", unused)
                    + "; it knows: " + String.join(", ", params.values().keySet()));
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        results.write(folder.resolve("results.json"));
        System.out.printf(Locale.ROOT, "%nLab %02d finished in %.1f s. Wrote %s to %s%n",
                number, seconds, writtenFiles(), displayPath(folder));
        FigureRenderer.release();
        finished = true;
    }

    /**
     * After a live recompute wrote its figures as PNG files (a session without a window):
     * records what they now show under {@code live} and, once the lab has finished,
     * rewrites results.json, so that it never contradicts the pictures. Files written
     * outside this lab's folder are not its own and are left out.
     */
    void recomputeWritten(LiveRun run, List<Path> written) {
        List<String> names = new ArrayList<>();
        for (Path file : written) {
            if (file.toAbsolutePath().getParent().equals(folder.toAbsolutePath())) {
                names.add(file.getFileName().toString());
            }
        }
        if (names.isEmpty()) {
            return;
        }
        results.live(run.pipeline.name, run.readValues(), run.recorded(),
                run.recordedEigenvalues(), names);
        if (finished) {
            results.write(folder.resolve("results.json"));
        }
    }

    /** Whether this is an interactive session (the launcher's JShell prompt). */
    static boolean isInteractive() {
        return Boolean.getBoolean("spectrallab.interactive");
    }

    /** Whether output should be held back: a live recompute; a checkpoint of its run. */
    private static boolean quietInRecompute() {
        LiveRun run = LiveRun.current();
        if (run == null || run.first) {
            return false;
        }
        run.checkpoint();
        return true;
    }

    /** A path as the user reads it best: relative to where they ran ./lab, if inside it. */
    private static String displayPath(Path file) {
        Path here = Paths.get(System.getProperty("spectrallab.userDir", "")).toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
