package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path with no X display at all: a child JVM without DISPLAY draws through EGL. Runs
 * the same whether this JVM itself has a display or not.
 */
class NoDisplayRenderingTest {

    /** Generous bound for a JVM start, JOGL start-up and one figure on 2 shared cores. */
    private static final long CHILD_TIMEOUT_SECONDS = 120;

    private record Child(int exitCode, String output) {
    }

    private static Child runChild(Path png, boolean withEglPlatform)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                NoDisplayRender.class.getName(), png.toString());
        Map<String, String> env = builder.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        if (withEglPlatform) {
            env.put("EGL_PLATFORM", "surfaceless");
        } else {
            env.remove("EGL_PLATFORM");
        }
        builder.redirectErrorStream(true);
        File log = Files.createTempFile(png.getRoot().resolve(System.getProperty("java.io.tmpdir")),
                "no-display-child", ".log").toFile();
        log.deleteOnExit();
        builder.redirectOutput(log);
        Process process = builder.start();
        if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in " + CHILD_TIMEOUT_SECONDS
                    + " s; its output:\n" + Files.readString(log.toPath()));
        }
        return new Child(process.exitValue(), Files.readString(log.toPath(),
                StandardCharsets.UTF_8));
    }

    @Test
    void childWithoutDisplayDrawsThroughEgl(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("no-x/scatter.png");
        Child child = runChild(png, true);

        assertEquals(0, child.exitCode(), child.output());
        assertTrue(child.output().contains("mode EGL_SURFACELESS"), child.output());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(500, image.getWidth());
        for (int c = 0; c < 3; c++) {
            assertTrue(Pixels.count(image, Palette.classColor(c)) > 50, "class " + c + " missing");
        }
        assertTrue(Pixels.inkFraction(image) > 0.03);
    }

    @Test
    void childWithoutEglPlatformFailsNamingTheFix(@TempDir Path folder) throws Exception {
        Child child = runChild(folder.resolve("never.png"), false);

        assertNotEquals(0, child.exitCode());
        List<String> lines = child.output().lines().toList();
        String fix = "export EGL_PLATFORM=surfaceless";
        assertTrue(lines.stream().anyMatch(line -> line.contains(fix)), child.output());
    }
}
