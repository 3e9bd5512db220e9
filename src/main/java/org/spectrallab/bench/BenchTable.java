package org.spectrallab.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows of "workload, size, our seconds, reference seconds, ratio", printed as a table and
 * saved as JSON beside the other benchmark results.
 */
final class BenchTable {

    private final String title;
    private final String referenceName;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    BenchTable(String title, String referenceName) {
        this.title = title;
        this.referenceName = referenceName;
    }

    /** Adds a row; {@code reference} is NaN when no reference ran. */
    void add(String workload, int size, double seconds, double reference, String note) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workload", workload);
        row.put("n", size);
        row.put("seconds", seconds);
        row.put("reference_seconds", Double.isNaN(reference) ? null : reference);
        row.put("ratio", Double.isNaN(reference) ? null : seconds / reference);
        row.put("note", note);
        rows.add(row);
        System.out.println(format(row));
    }

    void printHeader() {
        System.out.println();
        System.out.println(title);
        System.out.printf(Locale.ROOT, "%-44s %7s %10s %12s %7s  %s%n", "workload", "N",
                "Java (s)", referenceName + " (s)", "ratio", "note");
    }

    private static String format(Map<String, Object> row) {
        Object reference = row.get("reference_seconds");
        Object ratio = row.get("ratio");
        return String.format(Locale.ROOT, "%-44s %7d %10.3f %12s %7s  %s", row.get("workload"),
                (Integer) row.get("n"), (Double) row.get("seconds"),
                reference == null ? "-" : String.format(Locale.ROOT, "%.3f", (Double) reference),
                ratio == null ? "-" : String.format(Locale.ROOT, "%.2f", (Double) ratio),
                row.get("note"));
    }

    /** Saves the rows as JSON. */
    void save(Path file, Map<String, Object> extra) {
        Map<String, Object> root = new LinkedHashMap<>(extra);
        root.put("title", title);
        root.put("rows", rows);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, new GsonBuilder().setPrettyPrinting()
                    .serializeNulls().create().toJson(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("saved " + file);
    }
}
