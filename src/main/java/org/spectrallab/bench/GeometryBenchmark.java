package org.spectrallab.bench;

import com.google.gson.JsonObject;
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
import org.spectrallab.graph.UnnormalizedLaplacian;
import org.spectrallab.kernel.Bandwidth;
import org.spectrallab.kernel.GramMatrix;
import org.spectrallab.numeric.SparseRows;
import org.spectrallab.spectral.ChebyshevFiltering;
import org.spectrallab.spectral.DiffusionMap;
import org.spectrallab.spectral.FilterBank;

/**
 * The geometry workloads beside NumPy/SciPy (scripts/bench/geometry.py), on MNIST training
 * points:
 *
 * <ul>
 *   <li>diffusion map, N = 4000: the dense RBF kernel from the points (eps = the median
 *       heuristic, found once beforehand), alpha = 1/2, the 10 largest eigenpairs, the
 *       coordinates at t = 1; and the same on the kNN graph's weights (k = 10, graph built
 *       beforehand).</li>
 *   <li>Chebyshev filtering, N = 10,000, k = 10, L = D - W (graph built beforehand): lmax by
 *       Lanczos with a 1% margin, then the 6-filter Mexican hat bank at order 30 applied to
 *       one delta; and the filtering alone with lmax known.</li>
 * </ul>
 */
final class GeometryBenchmark {

    private static final int K = 10;
    private static final int DIFFUSION_PAIRS = 10;
    private static final double ALPHA = 0.5;
    private static final int ORDER = 30;

    private final int repetitions;
    private final Path home;
    private final boolean python;
    private final BenchTable table = new BenchTable("Geometry: diffusion maps and Chebyshev "
            + "filtering (median seconds)", "NumPy/SciPy");

    GeometryBenchmark(Path home, int repetitions) {
        this.home = home;
        this.repetitions = repetitions;
        this.python = PythonReference.numpyAndScipy();
    }

    void run() throws Exception {
        table.printHeader();
        ImageSet train = ImageSet.load(Dataset.MNIST, Split.TRAIN);
        measureDiffusion(StratifiedSampler.randomPerClass(train, 400, 1).points());
        measureChebyshev(StratifiedSampler.randomPerClass(train, 1000, 1).points());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("repetitions", repetitions);
        table.save(home.resolve("out/bench/geometry.json"), extra);
    }

    private void measureDiffusion(Matrix points) throws Exception {
        int n = points.rows();
        double eps = Bandwidth.medianHeuristic(points);
        JsonObject reference = reference(points, "diffusion", eps, ALPHA, DIFFUSION_PAIRS, K,
                repetitions);
        table.add("diffusion map, dense RBF, 10 pairs, alpha 1/2", n, Timing.medianSeconds(
                () -> DiffusionMap.of(GramMatrix.rbf(points, eps), ALPHA, DIFFUSION_PAIRS)
                        .coordinates(1), repetitions), PythonReference.seconds(reference, "dense"),
                "kernel from the points included");
        Graph graph = KnnGraph.of(points).k(K).build();
        table.add("diffusion map, kNN kernel (k = 10), 10 pairs", n, Timing.medianSeconds(
                () -> DiffusionMap.of(graph, ALPHA, DIFFUSION_PAIRS).coordinates(1),
                repetitions), PythonReference.seconds(reference, "knn"), "graph built beforehand");
    }

    private void measureChebyshev(Matrix points) throws Exception {
        int n = points.rows();
        JsonObject reference = reference(points, "chebyshev", K, ORDER, repetitions);
        SparseRows laplacian = UnnormalizedLaplacian.rows(KnnGraph.of(points).k(K).build());
        double[] delta = new double[n];
        delta[0] = 1;
        table.add("Chebyshev order 30, bank of 6, lmax by Lanczos", n, Timing.medianSeconds(
                () -> {
                    ChebyshevFiltering filtering = ChebyshevFiltering.of(laplacian, ORDER);
                    filtering.apply(FilterBank.mexicanHat(filtering.lmax()), delta);
                }, repetitions), PythonReference.seconds(reference, "chebyshev"), "one Lanczos run for lmax");
        ChebyshevFiltering filtering = ChebyshevFiltering.of(laplacian, ORDER);
        FilterBank bank = FilterBank.mexicanHat(filtering.lmax());
        table.add("Chebyshev order 30, bank of 6, lmax known", n, Timing.medianSeconds(
                () -> filtering.apply(bank, delta), repetitions),
                PythonReference.seconds(reference, "chebyshev_given_lmax"), "30 sparse products");
    }

    private JsonObject reference(Matrix points, Object... arguments) throws Exception {
        return python ? new PythonReference(home.resolve("scripts/bench/geometry.py"))
                .runOnPoints(points, arguments) : new JsonObject();
    }
}
