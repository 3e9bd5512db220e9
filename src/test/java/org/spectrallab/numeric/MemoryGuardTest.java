package org.spectrallab.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.la4j.matrix.dense.Basic1DMatrix;
import org.la4j.matrix.sparse.CRSMatrix;
import org.spectrallab.kernel.GramMatrix;
import org.spectrallab.spectral.Eigensolver;
import org.spectrallab.support.LabProcess;

/**
 * The heap check before dense N x N arrays. The sizes asked for exceed the test JVM's heap
 * (-Xmx3g in the pom), so each refusal happens before anything large is allocated.
 */
class MemoryGuardTest {

    /** 30,000^2 doubles = 6.7 GB: fits in one Java array, not in a 3 GB heap. */
    private static final int TOO_MANY = 30_000;

    private static IllegalArgumentException refusal(long rows, long columns) {
        return assertThrows(IllegalArgumentException.class,
                () -> MemoryGuard.requireRoom(rows, columns, "the test matrix"));
    }

    @Test
    void aSquareMatrixBeyondTheHeapIsRefusedWithItsSizeAndTheRoom() {
        String message = refusal(TOO_MANY, TOO_MANY).getMessage();
        assertTrue(message.startsWith("not enough Java heap for the test matrix: a 30000 x "
                + "30000 array of doubles needs 6.7 GB, but only "), message);
        String max = MemoryGuard.size(Runtime.getRuntime().maxMemory());
        assertTrue(message.contains(" of the JVM's " + max + " is free. Fix: "), message);
    }

    @Test
    void theSuggestedNumberOfPointsFitsAStepsSquareMatricesInTheHeap() {
        Matcher suggestion = Pattern.compile("about N = ([0-9,]+) points at most, e.g. "
                + "--per-class ([0-9]+) with 10 classes").matcher(
                        refusal(TOO_MANY, TOO_MANY).getMessage());
        assertTrue(suggestion.find(), "no suggestion in the message");
        long n = Long.parseLong(suggestion.group(1).replace(",", ""));
        long max = Runtime.getRuntime().maxMemory();
        int held = MemoryGuard.SQUARE_MATRICES_PER_STEP;
        assertTrue(held * 8 * n * n <= max, n + " points: " + held + " N x N matrices do not fit");
        // rounded down to two significant digits, so at most 10 % below the exact bound
        assertTrue(held * 8 * (n * 11 / 10) * (n * 11 / 10) > max, n + " points is too cautious");
        assertEquals(n / 10, Long.parseLong(suggestion.group(2)));
    }

    @Test
    void theHeapSuggestionHoldsAStepsSquareMatricesThroughTheLauncher() {
        String message = refusal(TOO_MANY, TOO_MANY).getMessage();
        // 10 x 6.7 GB = 67.1 GB, rounded up to 68, plus 1 GB for everything else
        assertEquals(10, MemoryGuard.SQUARE_MATRICES_PER_STEP);
        assertTrue(message.contains("SPECTRALLAB_HEAP=69g ./lab N (the launcher's -Xmx, 4g by "
                + "default), or -Xmx69g for a JVM of your own"), message);
    }

    @Test
    void outOfMemoryAdviceNamesTheHeapTheLargestNAndTheLauncherSetting() {
        String advice = MemoryGuard.outOfMemoryAdvice();
        String max = MemoryGuard.size(Runtime.getRuntime().maxMemory());
        assertTrue(advice.startsWith("the step ran out of Java heap (the JVM had " + max
                + "). Fix: use fewer points (about N = "), advice);
        assertTrue(advice.contains("SPECTRALLAB_HEAP="), advice);
    }

    @Test
    void moreEntriesThanAJavaArrayHoldsAreRefusedWithoutOverflow() {
        String message = refusal(100_000, 100_000).getMessage();
        assertTrue(message.contains("array of doubles needs 74.5 GB"), message);
        assertTrue(message.contains("one Java array holds at most 2147483639 entries"), message);
    }

    @Test
    void aTriangleOfPairsIsDescribedAsSuch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MemoryGuard.upperTriangle(100_000, "the pairwise distances"));
        assertTrue(e.getMessage().startsWith("not enough Java heap for the pairwise distances: "
                + "an array of the 4,999,950,000 doubles above the diagonal of a 100000 x 100000 "
                + "matrix needs 37.3 GB"), e.getMessage());
    }

    @Test
    void aSmallArrayIsAllocated() {
        assertEquals(200 * 300, MemoryGuard.doubles(200, 300, "a small matrix").length);
        assertEquals(4950, MemoryGuard.upperTriangle(100, "a few pairs").length);
    }

    @Test
    void theGramMatrixOfTooManyPointsIsRefusedBeforeItIsAllocated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GramMatrix.linear(new Basic1DMatrix(TOO_MANY, 1)));
        assertTrue(e.getMessage().startsWith("not enough Java heap for the Gram matrix X X^T: "
                + "a 30000 x 30000 array"), e.getMessage());
    }

    @Test
    void aDenseEigenDecompositionOfTooLargeASparseMatrixIsRefused() {
        CRSMatrix identity = CRSMatrix.identity(TOO_MANY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Eigensolver.all(identity));
        assertTrue(e.getMessage().startsWith("not enough Java heap for a dense copy of the "
                + "matrix: a 30000 x 30000 array"), e.getMessage());
    }

    @Test
    void theLauncherSetsTheHeapFromTheVariableTheMessageNames() throws IOException {
        String launcher = Files.readString(LabProcess.home().resolve("lab"));
        assertTrue(launcher.contains("local heap=${SPECTRALLAB_HEAP:-4g}"), "default 4g");
        assertEquals(2, launcher.split("\"-Xmx\\$heap\"", -1).length - 1,
                "the benchmarks and the labs (batch and prompt) take -Xmx$heap");
    }
}
