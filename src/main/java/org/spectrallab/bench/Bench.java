package org.spectrallab.bench;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The kit's benchmark command:
 * {@code ./lab bench [foundation|geometry|window] [--repetitions R]}. Prints median
 * wall-clock seconds beside a reference implementation where one is installed, and saves
 * them under out/bench/. docs/PERFORMANCE.md and docs/PERFORMANCE-geometry.md record the
 * figures measured, docs/LIVE.md the window's (which needs an X display).
 */
public final class Bench {

    private Bench() {
    }

    /** Runs the named benchmarks (all when none is named). */
    public static void main(String[] args) throws Exception {
        Path home = Paths.get(System.getProperty("spectrallab.home", "."));
        int repetitions = 3;
        String which = "all";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--repetitions") && i + 1 < args.length) {
                repetitions = Integer.parseInt(args[++i]);
            } else {
                which = args[i];
            }
        }
        switch (which) {
            case "all":
                new FoundationBenchmark(home, repetitions).run();
                new GeometryBenchmark(home, repetitions).run();
                WindowBenchmark.runIfDisplay(home);
                break;
            case "foundation":
                new FoundationBenchmark(home, repetitions).run();
                break;
            case "geometry":
                new GeometryBenchmark(home, repetitions).run();
                break;
            case "window":
                if (!WindowBenchmark.runIfDisplay(home)) {
                    System.exit(2);
                }
                break;
            default:
                System.err.println("unknown benchmark '" + which + "': choose foundation, "
                        + "geometry or window");
                System.exit(2);
        }
        System.exit(0);
    }
}
