package org.spectrallab.lab;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.spectrallab.WriteFailure;

/**
 * What a lab run computed, written to out/labNN/results.json for instructors and tests.
 *
 * <p>Layout (keys in this order; "test_subset" and "live" only when there is one):
 * <pre>
 * { "lab": 3, "title": "...", "status": "ok", "kit_version": "0.1.0",
 *   "java_version": "17.0.12+7",
 *   "parameters": {"dataset": "mnist", "k": 10, ...}, "given": {"k": "15"},
 *   "subset": {"dataset": ..., "split": ..., "per_class": 50, "size": N,
 *              "sampling": "random", "seed": 0, "indices": [...], "labels": [...]},
 *   "test_subset": {...},
 *   "eigenvalues": {"laplacian_symmetric": [...], ...},
 *   "results": {"components": 1, ...},
 *   "live": {"eigenmaps": {"parameters": {"k": 5, ...}, "results": {...},
 *            "eigenvalues": {...}, "files": ["eigenmaps.png"]}},
 *   "files": ["eigenmap.png", ...], "warnings": ["..."], "seconds": 4.2 }
 * </pre>
 * "status" is "running" from the lab's start, then "ok" when it finished or "failed", with
 * "failed_step" and "error" (the message) after it, when it stopped; a failed run records
 * what it had declared and written up to the failing step. "given" holds the parameters
 * given on the command line, as typed. "files" names only what this run wrote: the
 * files an earlier run listed are removed when a lab starts ({@link #removePreviousRun}).
 * "parameters", "eigenvalues" and "results" describe the lab's own run. A live recompute
 * that rewrote PNG files (a session without a window) adds what those files now show under
 * "live", by pipeline: the parameter values it read and what it recorded. A subset's
 * "seed" is there for random sampling only; "test_subset" holds the images a lab tests on
 * when it trains on others (lab 08). "warnings" (only when there were any) holds the
 * warnings the run printed, as printed without their "warning: " prefix.
 *
 * <p>Eigenvalue lists use the keys {@code gram_linear}, {@code gram_rbf},
 * {@code laplacian_unnormalized}, {@code laplacian_symmetric},
 * {@code laplacian_random_walk}, {@code diffusion_alpha_0.0}, {@code diffusion_alpha_0.5},
 * {@code diffusion_alpha_1.0} (the Markov matrix P of a diffusion map),
 * {@code entk_init}, {@code entk_trained}.
 */
public final class Results {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
            .serializeSpecialFloatingPointValues().disableHtmlEscaping().create();

    /** The most warnings results.json lists; more are counted in "warnings_left_out". */
    static final int MOST_WARNINGS = 50;
    /** Where the Maven build puts the kit's version. */
    private static final String VERSION_RESOURCE = "/org/spectrallab/version.properties";
    /** The kit's version, or "unknown" when the classes were not built by Maven. */
    static final String KIT_VERSION = readKitVersion();

    private final int lab;
    private final String title;
    private String status = "running";
    private String failedStep;
    private String error;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, String> given = new LinkedHashMap<>();
    private Map<String, Object> subset;
    private Map<String, Object> testSubset;
    private final Map<String, Object> eigenvalues = new LinkedHashMap<>();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<String, Object> live = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int warningsLeftOut;
    private double seconds;

    Results(int lab, String title) {
        this.lab = lab;
        this.title = title;
    }

    /** Records a parameter of the run (dataset, n per class, seed, k, eps, ...). */
    public synchronized void parameter(String name, Object value) {
        parameters.put(name, value);
    }

    /** Records the parameters given on the command line, as typed. */
    public synchronized void given(Map<String, String> values) {
        given.clear();
        given.putAll(values);
    }

    /** Marks the run as finished: status "ok". */
    public synchronized void succeeded() {
        status = "ok";
        failedStep = null;
        error = null;
    }

    /** Marks the run as stopped at {@code step} by {@code message}: status "failed". */
    public synchronized void failed(String step, String message) {
        status = "failed";
        failedStep = step;
        error = message;
    }

    /**
     * Records a warning the run printed (a data file that differs from the published one, a
     * clamped parameter, a disconnected graph), so a grader reading results.json sees it;
     * the first {@value #MOST_WARNINGS} are kept, then only counted.
     */
    public synchronized void warning(String message) {
        if (warnings.size() < MOST_WARNINGS) {
            warnings.add(message);
        } else {
            warningsLeftOut++;
        }
    }

    /** "running", "ok" or "failed". */
    public synchronized String status() {
        return status;
    }

    /** Records the subset the lab ran on. */
    public synchronized void subset(Map<String, Object> description) {
        subset = description;
    }

    /** Records the subset a lab tests on, when it trains on another (lab 08). */
    public synchronized void testSubset(Map<String, Object> description) {
        testSubset = description;
    }

    /** Records an eigenvalue list under one of the documented keys. */
    public synchronized void eigenvalues(String key, double[] values) {
        eigenvalues.put(key, values.clone());
    }

    /** Records a key number or list the lab printed. */
    public synchronized void put(String key, Object value) {
        results.put(key, value);
    }

    /**
     * Records what the PNG files of a live pipeline show after a recompute wrote them,
     * replacing what an earlier recompute of that pipeline recorded.
     *
     * @param pipeline the pipeline's name
     * @param parameterValues the parameters the recompute read, with their values
     * @param recorded what it recorded with Lab.record, by key
     * @param recordedEigenvalues what it recorded with Lab.eigenvalues, by key
     * @param written the files it rewrote, relative to the lab's folder
     */
    synchronized void live(String pipeline, Map<String, Object> parameterValues,
            Map<String, Object> recorded, Map<String, Object> recordedEigenvalues,
            List<String> written) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("parameters", new LinkedHashMap<>(parameterValues));
        if (!recorded.isEmpty()) {
            block.put("results", new LinkedHashMap<>(recorded));
        }
        if (!recordedEigenvalues.isEmpty()) {
            block.put("eigenvalues", new LinkedHashMap<>(recordedEigenvalues));
        }
        block.put("files", List.copyOf(written));
        live.put(pipeline, block);
        written.forEach(this::file);
    }

    /** Records a file the lab wrote, relative to its output folder. */
    public synchronized void file(String name) {
        if (!files.contains(name)) {
            files.add(name);
        }
    }

    /** The files recorded so far. */
    public synchronized List<String> files() {
        return List.copyOf(files);
    }

    /** A recorded result, or null. */
    public synchronized Object get(String key) {
        return results.get(key);
    }

    /** Records how long the lab ran, in seconds (rounded to 0.01 s when written). */
    public synchronized void seconds(double value) {
        seconds = value;
    }

    /**
     * Writes everything as pretty-printed JSON.
     *
     * @throws UncheckedIOException naming the reason and the fix when the file cannot be
     *     written
     */
    public synchronized void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, GSON.toJson(layout()) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WriteFailure.of(file, e);
        }
    }

    private Map<String, Object> layout() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("lab", lab);
        root.put("title", title);
        root.put("status", status);
        if (failedStep != null) {
            root.put("failed_step", failedStep);
            root.put("error", error);
        }
        root.put("kit_version", KIT_VERSION);
        root.put("java_version", Runtime.version().toString());
        root.put("parameters", parameters);
        root.put("given", given);
        root.put("subset", subset);
        if (testSubset != null) {
            root.put("test_subset", testSubset);
        }
        root.put("eigenvalues", eigenvalues);
        root.put("results", results);
        if (!live.isEmpty()) {
            root.put("live", live);
        }
        root.put("files", files);
        if (!warnings.isEmpty()) {
            root.put("warnings", List.copyOf(warnings));
        }
        if (warningsLeftOut > 0) {
            root.put("warnings_left_out", warningsLeftOut);
        }
        root.put("seconds", Math.round(seconds * 100) / 100.0);
        return root;
    }

    /**
     * Removes the results.json in {@code folder} and the files it lists, so that nothing of
     * an earlier run passes for this one's. Only plain file names inside the folder are
     * removed; other files there (e.g. views a student saved) stay.
     *
     * @throws UncheckedIOException naming the file and the fix when one cannot be removed
     */
    static void removePreviousRun(Path folder) {
        Path json = folder.resolve("results.json");
        for (String name : listedFiles(json)) {
            if (name.matches("[^/\\\\]+") && !name.equals("..") && !name.equals(".")) {
                delete(folder.resolve(name));
            }
        }
        delete(json);
    }

    /** The "files" a results.json lists; none when it is missing or unreadable. */
    private static List<String> listedFiles(Path json) {
        List<String> names = new ArrayList<>();
        try {
            JsonElement files = JsonParser.parseString(Files.readString(json))
                    .getAsJsonObject().get("files");
            if (files != null && files.isJsonArray()) {
                files.getAsJsonArray().forEach(f -> names.add(f.getAsString()));
            }
        } catch (IOException | RuntimeException e) {
            return names;
        }
        return names;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ", left by an earlier run ("
                    + e.getMessage() + "): remove it by hand, or make its folder writable", e);
        }
    }

    private static String readKitVersion() {
        try (InputStream in = Results.class.getResourceAsStream(VERSION_RESOURCE)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
