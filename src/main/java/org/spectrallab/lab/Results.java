package org.spectrallab.lab;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lab run computed, written to out/labNN/results.json for instructors and tests.
 *
 * <p>Layout (keys in insertion order):
 * <pre>
 * { "lab": 3, "title": "...", "parameters": {"dataset": "MNIST", "k": 10, ...},
 *   "subset": {"dataset": ..., "split": ..., "size": N, "indices": [...], "labels": [...]},
 *   "eigenvalues": {"laplacian_symmetric": [...], ...},
 *   "results": {"components": 1, ...},
 *   "files": ["eigenmap.png", ...], "seconds": 4.2 }
 * </pre>
 * Eigenvalue lists use the keys {@code gram_linear}, {@code gram_rbf},
 * {@code laplacian_unnormalized}, {@code laplacian_symmetric},
 * {@code laplacian_random_walk}, {@code diffusion_alpha_0.0}, {@code diffusion_alpha_0.5},
 * {@code diffusion_alpha_1.0} (the Markov matrix P of a diffusion map),
 * {@code entk_init}, {@code entk_trained}.
 */
public final class Results {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
            .serializeSpecialFloatingPointValues().disableHtmlEscaping().create();

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> eigenvalues = new LinkedHashMap<>();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();

    Results(int lab, String title) {
        root.put("lab", lab);
        root.put("title", title);
        root.put("parameters", parameters);
        root.put("subset", null);
        root.put("eigenvalues", eigenvalues);
        root.put("results", results);
        root.put("files", files);
    }

    /** Records a parameter of the run (dataset, n per class, seed, k, eps, ...). */
    public synchronized void parameter(String name, Object value) {
        parameters.put(name, value);
    }

    /** Records the subset the lab ran on. */
    public synchronized void subset(Map<String, Object> description) {
        root.put("subset", description);
    }

    /** Records an eigenvalue list under one of the documented keys. */
    public synchronized void eigenvalues(String key, double[] values) {
        eigenvalues.put(key, values.clone());
    }

    /** Records a key number or list the lab printed. */
    public synchronized void put(String key, Object value) {
        results.put(key, value);
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

    /** Writes everything as pretty-printed JSON. */
    public synchronized void write(Path file, double seconds) {
        root.put("seconds", Math.round(seconds * 100) / 100.0);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, GSON.toJson(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
