package org.spectrallab.bench;

import java.util.Arrays;

/** Wall-clock timing: one warm-up run, then the median of the given number of runs. */
public final class Timing {

    private Timing() {
    }

    /** The median seconds of {@code repetitions} runs of {@code work}, after one warm-up. */
    public static double medianSeconds(Runnable work, int repetitions) {
        work.run();
        double[] seconds = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            work.run();
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return repetitions % 2 == 1 ? seconds[repetitions / 2]
                : (seconds[repetitions / 2 - 1] + seconds[repetitions / 2]) / 2;
    }
}
