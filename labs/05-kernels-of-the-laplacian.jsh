// Lab 05: Kernels are functions of the Laplacian
//
// What this lab shows: any function g of a graph Laplacian L = U Lambda U^T gives a kernel
// g(L) = U g(Lambda) U^T on the nodes: the heat kernel exp(-t L), the resolvent
// (L + a I)^-s, the projector onto the low frequencies. We ask how close the RBF Gram
// matrix of lab 02, built from pixels alone, comes to such a function of the kNN graph's
// Laplacian of lab 03: do they share eigenvectors, and how do their eigenvalues relate?
// What to notice: the heat kernels form a semigroup, H_s H_t = H_(s+t); the Gram matrix's
// leading eigenvectors lie largely, not wholly, in the span of the Laplacian's lowest ones
// (far above chance); its eigenvalues fall with the Laplacian's like a resolvent rather than
// like a heat kernel, and the fitted function of L reproduces most of the Gram matrix.
// Live (./lab 5 at a terminal with a display): the kernels of step 3 follow the sliders k, t
// and eps, the alignment of step 4 k, eps and eigenvectors; or params.set("t", 20) at the
// prompt, and watch the heat kernel's blocks spread. The images stay those the lab started
// with (--per-class, --seed).

var lab = Lab.start(5, "Kernels are functions of the Laplacian");
var params = lab.params();

// Step 1: the data, the kNN graph and its symmetric Laplacian's eigenpairs
var data = lab.subset(30);
Matrix X = data.points();
params.hardMinimum("k", "every image needs at least one neighbour, and at most N - 1 = " +
        (data.size() - 1) + " others exist");
int k = params.integer("k", 10, 1, data.size() - 1);
params.slider("k", 2, 40);
Graph graph = KnnGraph.of(X).k(k).build();
var laplacian = Eigensolver.all(SymmetricLaplacian.of(graph)).clampedToNonNegative("L_sym");
lab.eigenvalues("laplacian_symmetric", laplacian.values());
lab.say(graph + ". L_sym = I - D^-1/2 W D^-1/2 has eigenvalues " + str(laplacian.values(), 4)
        + "; its eigenvectors are the graph's Fourier basis.");

// L_sym's eigenpairs for k neighbours, solved once per k: the live steps below reuse them
var laplacians = Collections.synchronizedMap(new HashMap<Integer, Eigenpairs>(
        Map.of(k, laplacian)));
Eigenpairs laplacianOf(int neighbours) {
    return laplacians.computeIfAbsent(neighbours, m -> Eigensolver.all(SymmetricLaplacian.of(
            KnnGraph.of(X).k(m).build())).clampedToNonNegative("L_sym"));
}

// Step 2: the heat kernel H_t = exp(-t L_sym) and the semigroup
double t = params.real("t", 4, 0, 1000);
params.slider("t", 0.1, 100);
Matrix heat = SpectralFilter.heat(t).matrix(laplacian);
Matrix halfStep = SpectralFilter.heat(t / 2).matrix(laplacian);
Matrix twoSteps = halfStep.multiply(halfStep);
double semigroupGap = 0;
for (int i = 0; i < data.size(); i++) {
    for (int j = 0; j < data.size(); j++) {
        semigroupGap = Math.max(semigroupGap, Math.abs(twoSteps.get(i, j) - heat.get(i, j)));
    }
}
lab.record("heat_time", t);
lab.record("semigroup_max_difference", semigroupGap);
lab.say(String.format("Heat kernel H_t = exp(-%s L_sym): diffusing for time %s/2 twice equals "
        + "diffusing for %s once, H_(t/2) H_(t/2) = H_t, to %.1e (rounding). Heat spreads along "
        + "the graph's edges, so H_t is a similarity: large between images joined by short "
        + "chains of neighbours.", t, t, t, semigroupGap));

// Step 3: the RBF Gram matrix beside the heat kernel (live: k, t, eps)
// Below median / 100 two different images have similarity under exp(-100): the Gram matrix
// is the identity, shares nothing with the Laplacian and no transform can be fitted.
double median = Bandwidth.medianHeuristic(X);
double eps = params.real("eps", median, median / 100, 1e5);
params.slider("eps", median / 20, median * 20);
Matrix gram = GramMatrix.rbf(X, eps);
var kernel = Eigensolver.largest(gram, data.size());
lab.eigenvalues("gram_rbf", kernel.values());
lab.record("rbf_eps", eps);
int[] y = data.labels();
lab.live("kernels", () -> {
    int neighbours = params.integer("k", 10, 1, data.size() - 1);
    double time = params.real("t", 4, 0, 1000);
    double bandwidth = params.real("eps", median, median / 100, 1e5);
    Matrix similarity = GramMatrix.rbf(X, bandwidth);
    Matrix diffusion = SpectralFilter.heat(time).matrix(laplacianOf(neighbours));
    lab.figure("kernels", Figure.row("Two kernels on the same images, sorted by class",
            Figure.heatmap("RBF Gram, eps = " + String.format("%.1f", bandwidth), similarity)
                    .groups(y),
            Figure.heatmap("heat kernel exp(-" + time + " L_sym)", diffusion).groups(y)));
    double[][] classMeans = new double[2][2];
    int[] pairCount = new int[2];
    for (int i = 0; i < data.size(); i++) {
        for (int j = 0; j < data.size(); j++) {
            if (i == j) continue;
            int kind = y[i] == y[j] ? 0 : 1;
            pairCount[kind]++;
            classMeans[0][kind] += similarity.get(i, j);
            classMeans[1][kind] += diffusion.get(i, j);
        }
    }
    double gramContrast = (classMeans[0][0] / pairCount[0]) / (classMeans[0][1] / pairCount[1]);
    double heatContrast = (classMeans[1][0] / pairCount[0]) / (classMeans[1][1] / pairCount[1]);
    lab.record("within_over_between_mean_similarity_gram", gramContrast);
    lab.record("within_over_between_mean_similarity_heat", heatContrast);
    lab.say(String.format("Both show blocks along the diagonal: the mean similarity within a "
            + "digit is %.2f times that between digits for the Gram matrix, built from the "
            + "pixel distances of all pairs, and %.2f times for the heat kernel, built from %d "
            + "nearest neighbours only.", gramContrast, heatContrast, neighbours));
});

// Step 4: do they share eigenvectors? The alignment matrix A_jk = <phi_j(Gram), u_k(L_sym)>
// (live: k, eps, eigenvectors)
lab.live("alignment", () -> {
    var basis = laplacianOf(params.integer("k", 10, 1, data.size() - 1));
    var gramPairs = Eigensolver.largest(GramMatrix.rbf(X, params.real("eps", median, median / 100,
            1e5)), data.size());
    int shown = params.integer("eigenvectors", 20, 2, data.size());
    Matrix alignment = gramPairs.first(shown).alignment(basis.first(shown));
    lab.figure("alignment", Figure.heatmap("Alignment A_jk = <Gram eigenvector j, L_sym "
            + "eigenvector k>", alignment).diverging(true));
    double bestMatch = 0;
    for (int j = 0; j < shown; j++) {
        double largest = 0;
        for (int m = 0; m < shown; m++) {
            largest = Math.max(largest, Math.pow(alignment.get(j, m), 2));
        }
        bestMatch += largest / shown;
    }
    lab.record("alignment_mean_best_single_match", bestMatch);
    double[] subspaceShare = new double[3];
    int[] sizes = {5, 10, shown};
    for (int s = 0; s < 3; s++) {
        double sum = 0;
        for (int j = 0; j < sizes[s]; j++) {
            for (int m = 0; m < sizes[s]; m++) sum += alignment.get(j, m) * alignment.get(j, m);
        }
        subspaceShare[s] = sum / sizes[s];
    }
    lab.record("alignment_subspace_share_5_10_all", subspaceShare);
    lab.say(String.format("The first %d Gram eigenvectors keep %.0f%% of their energy (squared "
            + "length) in the span of the first %d Laplacian eigenvectors (%.0f%% for 5, %.0f%% "
            + "for 10); random subspaces of that size would share %.1f%%. Yet the best single "
            + "Laplacian eigenvector holds on average only %.0f%% of a Gram eigenvector: within "
            + "the shared span the directions mix, as eigenvectors of nearby eigenvalues may.",
            shown, 100 * subspaceShare[2], shown, 100 * subspaceShare[0],
            100 * subspaceShare[1], 100.0 * shown / data.size(), 100 * bestMatch));
});
params.slider("eigenvectors", 2, 60);

// Step 5: the eigenvalue transform: Gram eigenvalue against its matched Laplacian eigenvalue
int pairs = params.integer("pairs", 30, 3, data.size());
var transform = EigenvalueTransform.matched(kernel.first(pairs), laplacian);
var heatFit = transform.heatFit();
var resolventFit = transform.resolventFit();
lab.record("heat_fit", heatFit.toString());
lab.record("resolvent_fit", resolventFit.toString());
lab.record("heat_fit_rms_log_error", heatFit.rmsLogError());
lab.record("resolvent_fit_rms_log_error", resolventFit.rmsLogError());
double[] lambda = transform.laplacianValues();
double[] mu = transform.kernelValues();
Integer[] order = new Integer[pairs];
for (int j = 0; j < pairs; j++) order[j] = j;
Arrays.sort(order, Comparator.comparingDouble(j -> lambda[j]));
double[] sortedLambda = new double[pairs];
double[] sortedMu = new double[pairs];
for (int j = 0; j < pairs; j++) {
    sortedLambda[j] = lambda[order[j]];
    sortedMu[j] = mu[order[j]];
}
double[] grid = new double[30];
for (int g = 0; g < 30; g++) grid[g] = sortedLambda[pairs - 1] * g / 29.0;
lab.figure("eigenvalue-transform", Figure.lines("Gram eigenvalue against the matched L_sym "
        + "eigenvalue").axes("lambda (L_sym)", "mu (Gram)")
        .series("matched pairs", sortedLambda, sortedMu).markers(true)
        .series("heat fit", grid, heatFit.at(grid))
        .series("resolvent fit", grid, resolventFit.at(grid)).logY());
var best = resolventFit.rmsLogError() < heatFit.rmsLogError() ? resolventFit : heatFit;
lab.say(String.format("Each of the %d leading Gram eigenvectors is paired with the Laplacian "
        + "eigenvector it overlaps most. Heat fit: %s. Resolvent fit: %s. The %s fits better: "
        + "a typical eigenvalue is off by a factor %.2f against %.2f.", pairs, heatFit,
        resolventFit, best == resolventFit ? "resolvent" : "heat curve",
        Math.exp(best.rmsLogError()), Math.exp(Math.max(heatFit.rmsLogError(),
        resolventFit.rmsLogError()))));

// Step 6: the Gram matrix against the best-fitting function of the Laplacian
Matrix fitted = best.shape().matrix(laplacian).multiply(best.constant());
double inner = 0, gramNorm = 0, fittedNorm = 0, difference = 0;
for (int i = 0; i < data.size(); i++) {
    for (int j = 0; j < data.size(); j++) {
        double a = gram.get(i, j), b = fitted.get(i, j);
        inner += a * b; gramNorm += a * a; fittedNorm += b * b; difference += (a - b) * (a - b);
    }
}
double cosine = inner / Math.sqrt(gramNorm * fittedNorm);
double relativeError = Math.sqrt(difference / gramNorm);
lab.record("fitted_function_cosine", cosine);
lab.record("fitted_function_relative_error", relativeError);
lab.figure("gram-against-function", Figure.row("The Gram matrix and the best function of L_sym",
        Figure.heatmap("RBF Gram", gram).groups(data.labels()),
        Figure.heatmap(String.format("%.3g %s", best.constant(), best.shape().name()), fitted)
                .groups(data.labels())));
lab.say(String.format("Built from L_sym alone, %.3g %s matches the Gram matrix with cosine "
        + "similarity %.3f and a relative (Frobenius) error of %.0f%%: the kernel on pixels is, "
        + "to that degree, a function of the neighbour graph.", best.constant(),
        best.shape().name(), cosine, 100 * relativeError));

lab.finish();
