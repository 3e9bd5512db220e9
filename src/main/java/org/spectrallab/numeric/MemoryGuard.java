package org.spectrallab.numeric;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Checks that the Java heap has room for a large array of doubles before it is allocated,
 * so that a lab asked for too many points stops with the size and the fix instead of an
 * OutOfMemoryError halfway through a step.
 *
 * <p>Room = the maximum heap ({@code Runtime.maxMemory()}, set by -Xmx) minus the heap in
 * use. "In use" counts garbage not yet collected, so when the room looks too small one
 * garbage collection runs before the verdict. An N x N matrix of doubles takes 8 N^2
 * bytes: 3.0 GB at N = 20,000. Native memory (LAPACK's and ARPACK's workspaces) is not
 * counted here.
 *
 * <p>Every dense N x N allocation of the kit goes through {@link #doubles} or
 * {@link #requireRoom}, so every refusal reads the same: what was to be allocated, the
 * bytes it needs and the room, then the two fixes, fewer points (with the largest N this
 * heap allows) or more heap ({@link #moreHeap}).
 */
public final class MemoryGuard {

    /**
     * About how many N x N matrices a lab holds at once, with a margin: lab 03's second step
     * holds 5 (two earlier eigenvector sets, a dense Laplacian, LAPACK's copy and the new
     * eigenvectors), lab 02's third up to 8 (the linear Gram matrix and its eigenvectors
     * kept from step 2, the RBF Gram matrix, LAPACK's copy, the new eigenvectors and their
     * sorted copy, and garbage not yet collected). The suggested largest N leaves room for
     * this many: with 6, the N it suggested for a 4 GB heap ran lab 02 out of memory.
     */
    static final int SQUARE_MATRICES_PER_STEP = 10;

    /** Classes in each of the kit's datasets (MNIST, Fashion-MNIST): points per class. */
    private static final int CLASSES = 10;

    /** The most elements a Java array can hold (HotSpot's limit). */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private static final long GIGABYTE = 1L << 30;

    private MemoryGuard() {
    }

    /**
     * A new rows x columns array of doubles (row-major, zeros), after {@link #requireRoom}.
     *
     * @param what what the array holds, e.g. "the Gram matrix X X^T"
     */
    public static double[] doubles(int rows, int columns, String what) {
        requireRoom(rows, columns, what);
        return new double[rows * columns];
    }

    /**
     * A new array for the n (n - 1) / 2 entries above the diagonal of an n x n matrix (e.g.
     * the distinct pairwise distances), after the same check as {@link #requireRoom}.
     */
    public static double[] upperTriangle(int n, String what) {
        long entries = n * (n - 1L) / 2;
        check(entries, what, "an array of the " + String.format(Locale.ROOT, "%,d", entries)
                + " doubles above the diagonal of a " + n + " x " + n + " matrix", true);
        return new double[(int) entries];
    }

    /**
     * Checks that a rows x columns array of doubles fits in one Java array and in the heap's
     * room, collecting garbage once before refusing.
     *
     * @param what what the array holds, e.g. "LAPACK's working copy of the matrix"
     * @throws IllegalArgumentException naming the shape, the bytes needed, the room and the
     *     fixes
     */
    public static void requireRoom(long rows, long columns, String what) {
        check((double) rows * columns, what, "a " + rows + " x " + columns + " array of doubles",
                rows == columns);
    }

    /**
     * The check behind every method here.
     *
     * @param what what the array holds, e.g. "the Gram matrix X X^T"
     * @param shape the array, e.g. "a 20000 x 20000 array of doubles"
     * @param growsAsSquare whether the array grows as N^2 with the number of points N, so
     *     that the largest N this heap allows is worth naming
     */
    private static void check(double entries, String what, String shape,
                              boolean growsAsSquare) {
        if (entries <= LARGEST_ARRAY) {
            long bytes = (long) entries * Double.BYTES;
            if (bytes <= room() || bytes <= roomAfterCollecting()) {
                return;
            }
        }
        throw new IllegalArgumentException(refusal(what + ": " + shape, entries, growsAsSquare));
    }

    /**
     * How to give the JVM more heap, for a step that needs about {@code bytes}: through the
     * launcher's SPECTRALLAB_HEAP (its -Xmx, 4g by default), or -Xmx for a JVM of one's own.
     */
    public static String moreHeap(double bytes) {
        long gigabytes = (long) Math.ceil(bytes / GIGABYTE) + 1;
        String advice = "give the JVM more heap: SPECTRALLAB_HEAP=" + gigabytes + "g ./lab N "
                + "(the launcher's -Xmx, 4g by default), or -Xmx" + gigabytes + "g for a JVM "
                + "of your own";
        long physical = physicalMemory();
        if (physical > 0 && gigabytes * GIGABYTE > physical) {
            advice += " (more than this machine's " + size(physical) + " of memory, so fewer "
                    + "points is the fix here)";
        }
        return advice;
    }

    /**
     * What to tell a user whose step ran out of heap where no check came first: the heap it
     * had, the largest N this heap allows and the fix, in the words of a refusal.
     */
    public static String outOfMemoryAdvice() {
        long max = Runtime.getRuntime().maxMemory();
        return "the step ran out of Java heap (the JVM had " + size(max) + "). Fix: use fewer "
                + "points (" + fewerPoints(max) + "), or " + moreHeap(2.0 * max);
    }

    /** Bytes as "1.5 GB", "32 MB", "12 kB" (binary units: 1 GB = 2^30 bytes). */
    public static String size(double bytes) {
        if (bytes >= GIGABYTE) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / GIGABYTE);
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (1L << 20));
        }
        return String.format(Locale.ROOT, "%.0f kB", bytes / 1024);
    }

    private static String refusal(String described, double entries, boolean growsAsSquare) {
        long max = Runtime.getRuntime().maxMemory();
        double bytes = entries * Double.BYTES;
        String problem = "not enough Java heap for " + described + " needs "
                + size(bytes) + ", but only " + size(room()) + " of the JVM's " + size(max)
                + " is free"
                + (entries > LARGEST_ARRAY ? ", and one Java array holds at most "
                + LARGEST_ARRAY + " entries" : "");
        if (!growsAsSquare) {
            return problem + ". Fix: use fewer points, or " + moreHeap(max + bytes - room());
        }
        return problem + ". Fix: use fewer points (a step holds about "
                + SQUARE_MATRICES_PER_STEP + " N x N matrices at once, so this heap allows "
                + fewerPoints(max) + "), or " + moreHeap(SQUARE_MATRICES_PER_STEP * bytes);
    }

    /** "N = 10,000 points at most (--per-class 1000 with 10 classes)" for a heap of max bytes. */
    private static String fewerPoints(long max) {
        long largest = (long) Math.sqrt(max / (double) (SQUARE_MATRICES_PER_STEP * Double.BYTES));
        long rounded = roundDownToTwoDigits(largest);
        return String.format(Locale.ROOT, "about N = %,d points at most, e.g. --per-class %d "
                + "with %d classes", rounded, rounded / CLASSES, CLASSES);
    }

    /** 10,362 -> 10,000; 7,481 -> 7,400: a bound that reads as a round number. */
    private static long roundDownToTwoDigits(long value) {
        long unit = 1;
        while (value / unit >= 100) {
            unit *= 10;
        }
        return value / unit * unit;
    }

    private static long room() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    private static long roomAfterCollecting() {
        System.gc();
        return room();
    }

    /** The machine's physical memory in bytes, or -1 where the JVM does not say. */
    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean system) {
            return system.getTotalMemorySize();
        }
        return -1;
    }
}
