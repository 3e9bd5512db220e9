package org.spectrallab.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.la4j.Matrix;
import org.spectrallab.numeric.DenseArrays;

/**
 * Runs a reference workload in Python (NumPy/SciPy, or PyTorch) when python3 and the
 * modules are present, on the very same numbers, and reads back its JSON timings.
 */
final class PythonReference {

    private final Path script;

    PythonReference(Path script) {
        this.script = script;
    }

    /** Whether python3 can import every module named. */
    static boolean available(String... modules) {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import " + String.join(", ", modules))
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Whether NumPy and SciPy can run the reference workloads, said in one line: the
     * reference runs beside Java, or Java is timed alone.
     */
    static boolean numpyAndScipy() {
        boolean present = available("numpy", "scipy");
        System.out.println(present ? "Reference: NumPy/SciPy on the same points."
                : "python3 with numpy and scipy not found: Java timings only.");
        return present;
    }

    /** Writes a row-major array as little-endian float64, the format the scripts read. */
    static Path writeDoubles(double[] values) throws IOException {
        Path file = Files.createTempFile("spectrallab-bench", ".f64");
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(buffer);
        }
        return file;
    }

    /**
     * Runs the script on the points, written to a temporary file of little-endian float64
     * ({@link #writeDoubles}) and deleted afterwards: its arguments are the file, N, d, then
     * {@code arguments}.
     */
    JsonObject runOnPoints(Matrix points, Object... arguments) throws IOException,
            InterruptedException {
        Path file = writeDoubles(DenseArrays.rowMajor(points));
        try {
            List<Object> all = new ArrayList<>(List.of(file, points.rows(), points.columns()));
            all.addAll(List.of(arguments));
            return run(all.toArray());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The seconds a script reported under {@code key}, or NaN when it reported none. */
    static double seconds(JsonObject reference, String key) {
        return reference.has(key) ? reference.get(key).getAsDouble() : Double.NaN;
    }

    /** Runs the script with the arguments; returns its JSON output. */
    JsonObject run(Object... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        for (Object argument : arguments) {
            command.add(String.valueOf(argument));
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(script.getFileName() + " failed (exit " + process.exitValue()
                    + ")");
        }
        String[] lines = output.trim().split("\n");
        return JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
    }
}
