package org.spectrallab.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a lab script in batch mode in a child JVM, the way ./lab N --batch does: the
 * LabRunner main class, the offline settings DJL needs, and no X display (figures through
 * EGL), with output under a folder of the test's own.
 */
public final class LabProcess {

    /** What a finished run left behind. */
    public record Outcome(int exitCode, String stdout, String stderr, Path outputRoot) {
    }

    private LabProcess() {
    }

    /** The kit's folder (where labs/ and startup.jsh live). */
    public static Path home() {
        return Paths.get(System.getProperty("spectrallab.home", System.getProperty("user.dir")));
    }

    /** The lab file whose name starts with the two-digit number. */
    public static Path labFile(int number) throws IOException {
        String prefix = String.format("%02d-", number);
        try (var files = Files.list(home().resolve("labs"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no lab " + number));
        }
    }

    /**
     * Runs {@code labFile} with LabRunner; {@code properties} become -D options (e.g.
     * "spectrallab.param.perClass=20").
     */
    public static Outcome run(Path labFile, Path outputRoot, String... properties)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx3g");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dai.djl.offline=true");
        command.add("-Dspectrallab.home=" + home());
        command.add("-Dspectrallab.out=" + outputRoot);
        command.add("-Dspectrallab.labFile=" + labFile);
        command.add("-Djava.awt.headless=true");
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.add("org.spectrallab.lab.LabRunner");
        command.add(home().resolve("startup.jsh").toString());
        command.add(labFile.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove("DISPLAY");
        env.put("EGL_PLATFORM", "surfaceless");
        env.put("OPT_OUT_TRACKING", "true");
        Path stdout = Files.createTempFile("lab-out", ".txt");
        Path stderr = Files.createTempFile("lab-err", ".txt");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(labFile + " did not finish within 10 minutes");
        }
        Outcome outcome = new Outcome(process.exitValue(),
                Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8), outputRoot);
        Files.delete(stdout);
        Files.delete(stderr);
        return outcome;
    }
}
