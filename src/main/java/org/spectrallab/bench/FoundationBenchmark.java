package org.spectrallab.bench;

import com.google.gson.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.la4j.Matrix;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.SymmetricLaplacian;
import org.spectrallab.graph.UnnormalizedLaplacian;
import org.spectrallab.numeric.Arpack;
import org.spectrallab.numeric.SparseRows;
import org.spectrallab.spectral.Eigensolver;

/**
 * The foundation's speed and memory: for N = 1000, 2000, 4000 MNIST training points, the
 * kNN graph (k = 10), all eigenpairs of L_sym, the 20 smallest eigenpairs by the sparse
 * solver, and lab 03's pipeline (graph, then all eigenpairs of L and L_sym); at
 * N = 10,000 the graph and the 20 smallest eigenpairs; the peak heap of the N = 4000
 * pipeline. Each beside the same workload in NumPy/SciPy when python3 has them.
 */
final class FoundationBenchmark {

    private static final int K = 10;
    private final int repetitions;
    private final Path home;
    private final boolean python;
    private final BenchTable table = new BenchTable("Foundation: kNN graphs and Laplacian "
            + "eigenpairs (median seconds)", "NumPy/SciPy");

    FoundationBenchmark(Path home, int repetitions) {
        this.home = home;
        this.repetitions = repetitions;
        this.python = PythonReference.numpyAndScipy();
    }

    void run() throws Exception {
        table.printHeader();
        ImageSet train = ImageSet.load(Dataset.MNIST, Split.TRAIN);
        for (int n : new int[] {1000, 2000, 4000}) {
            measureDense(StratifiedSampler.randomPerClass(train, n / 10, 1).points());
        }
        measureLarge(StratifiedSampler.randomPerClass(train, 1000, 1).points());
        long peak = peakHeapOfPipeline(StratifiedSampler.randomPerClass(train, 400, 1).points());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("peak_heap_bytes_pipeline_4000", peak);
        extra.put("repetitions", repetitions);
        table.save(home.resolve("out/bench/foundation.json"), extra);
    }

    private void measureDense(Matrix points) throws Exception {
        int n = points.rows();
        JsonObject reference = reference(points);
        Graph graph = KnnGraph.of(points).k(K).build();
        table.add("kNN graph (k = 10, exact)", n, Timing.medianSeconds(
                () -> KnnGraph.of(points).k(K).build(), repetitions), PythonReference.seconds(reference, "knn"), "");
        table.add("all eigenpairs of L_sym (LAPACK dsyevd)", n, Timing.medianSeconds(
                () -> Eigensolver.all(SymmetricLaplacian.of(graph)), repetitions),
                PythonReference.seconds(reference, "all_pairs_symmetric"), "");
        SparseRows laplacian = SymmetricLaplacian.rows(graph);
        table.add("20 smallest eigenpairs of L_sym (sparse)", n, Timing.medianSeconds(
                () -> Eigensolver.lanczos(laplacian, 20, Arpack.End.SMALLEST), repetitions),
                PythonReference.seconds(reference, "smallest20_sparse"), "");
        table.add("lab 03 pipeline: graph, all pairs of L, L_sym", n, Timing.medianSeconds(
                () -> pipeline(points), repetitions), PythonReference.seconds(reference, "pipeline"), "");
    }

    private void measureLarge(Matrix points) throws Exception {
        int n = points.rows();
        JsonObject reference = reference(points);
        long start = System.nanoTime();
        Graph graph = KnnGraph.of(points).k(K).build();
        table.add("kNN graph (k = 10, exact)", n, (System.nanoTime() - start) / 1e9,
                PythonReference.seconds(reference, "knn"), "one run");
        SparseRows laplacian = SymmetricLaplacian.rows(graph);
        table.add("20 smallest eigenpairs of L_sym (sparse)", n, Timing.medianSeconds(
                () -> Eigensolver.lanczos(laplacian, 20, Arpack.End.SMALLEST), repetitions),
                PythonReference.seconds(reference, "smallest20_sparse"), "");
    }

    private static void pipeline(Matrix points) {
        Graph graph = KnnGraph.of(points).k(K).build();
        Eigensolver.all(UnnormalizedLaplacian.of(graph));
        Eigensolver.all(SymmetricLaplacian.of(graph));
    }

    private long peakHeapOfPipeline(Matrix points) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        pipeline(points);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%npeak Java heap during the N = %d pipeline: %.0f MB (sum of heap pool "
                + "peaks; native LAPACK work arrays are outside the heap)%n", points.rows(),
                peak / 1e6);
        return peak;
    }

    private JsonObject reference(Matrix points) throws Exception {
        return python ? new PythonReference(home.resolve("scripts/bench/foundation.py"))
                .runOnPoints(points, K, repetitions) : new JsonObject();
    }
}
