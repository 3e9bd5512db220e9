package org.spectrallab.entk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spectrallab.numeric.MemoryGuard;

/** Refuses kernels that would not fit, before any work is done, naming the size needed. */
final class KernelMemory {

    private static final Path MEMINFO = Path.of("/proc/meminfo");

    private KernelMemory() {
    }

    /**
     * Checks that a rows x columns kernel fits: as doubles on the Java heap, and in native
     * memory while it is computed ({@code nativeBytes}, when the system reports what is
     * available).
     *
     * @param what how the message calls the kernel, e.g. "the full eNTK of 2000 inputs"
     * @param smaller what to ask for instead, e.g. "the trace kernel (2000 x 2000, 32 MB)"
     * @throws IllegalArgumentException naming the size it would need and what to do
     */
    static void require(String what, long rows, long columns, long nativeBytes,
                        String smaller) {
        long entries = rows * columns;
        long heapBytes = entries * Double.BYTES;
        Runtime runtime = Runtime.getRuntime();
        long heapFree = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long available = availableNativeBytes();
        boolean tooManyEntries = entries > Integer.MAX_VALUE - 8;
        boolean heapTooSmall = heapBytes > heapFree;
        boolean nativeTooSmall = available > 0 && nativeBytes > available;
        if (tooManyEntries || heapTooSmall || nativeTooSmall) {
            throw new IllegalArgumentException(what + " is a " + rows + " x " + columns
                    + " matrix: " + MemoryGuard.size(heapBytes) + " as doubles on the Java "
                    + "heap (" + MemoryGuard.size(heapFree) + " free" + (tooManyEntries
                    ? ", and more entries than a Java array can hold" : "") + ") and about "
                    + MemoryGuard.size(nativeBytes) + " of native memory while it is computed"
                    + (available > 0 ? " (" + MemoryGuard.size(available) + " available)" : "")
                    + ": ask for " + smaller + ", or for fewer inputs, or "
                    + MemoryGuard.moreHeap(heapBytes));
        }
    }

    /** MemAvailable from /proc/meminfo, or -1 where the system does not say. */
    private static long availableNativeBytes() {
        try {
            for (String line : Files.readAllLines(MEMINFO)) {
                if (line.startsWith("MemAvailable:")) {
                    String kilobytes = line.replaceAll("[^0-9]", "");
                    return Long.parseLong(kilobytes) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
