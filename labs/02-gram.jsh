// Lab 02: The Gram matrix - what a kernel method sees
//
// What this lab shows: a kernel method never looks at the points themselves, only at the
// Gram matrix K_ij = k(x_i, x_j) of all pairwise similarities. We build two - linear
// (K = X X^T) and Gaussian RBF (exp(-|x_i - x_j|^2 / eps)) - and look at their spectra
// and top eigenvectors.
// What to notice: the eigenvalues decay roughly as a power law (a straight line on
// log-log axes); the top eigenvectors of the centred Gram matrix already separate some
// digits (this is kernel PCA); sorted by class, the RBF matrix shows bright diagonal
// blocks: images of one digit resemble each other.
// Live (./lab 2 at a terminal with a display): the eigenmap and the heatmap follow the
// sliders eps and perClass, or params.set("eps", 20) at the prompt; watch the diagonal
// blocks blur as eps grows. In the window, H lists the keys.

var lab = Lab.start(2, "The Gram matrix: what a kernel method sees");
var params = lab.params();

// Step 1: the data
var data = lab.subset(50);
Matrix X = data.points();

// Step 2: the linear Gram matrix and its spectrum
Matrix linear = GramMatrix.linear(X);
var linearPairs = Eigensolver.largest(linear, data.size()).clampedToNonNegative(
        "the linear Gram matrix");
double[] linearSpectrum = linearPairs.values();
lab.eigenvalues("gram_linear", linearSpectrum);
lab.say(String.format("Linear Gram K = X X^T (%d x %d): trace %.1f = the sum of squared "
        + "norms. Its top eigenvalue %.1f holds %.0f%% of the trace: all images share a bright "
        + "centre, so the mean direction dominates.", data.size(), data.size(), linear.trace(),
        linearSpectrum[0], 100 * linearSpectrum[0] / linear.trace()));

// Step 3: the RBF Gram matrix, bandwidth by the median heuristic unless --eps gives one
double median = Bandwidth.medianHeuristic(X);
double eps = params.real("eps", median, 1e-6, 1e6);
params.slider("eps", median / 20, median * 20);
Matrix rbf = GramMatrix.rbf(X, eps);
var rbfPairs = Eigensolver.largest(rbf, data.size()).clampedToNonNegative(
        "the RBF Gram matrix");
double[] rbfSpectrum = rbfPairs.values();
lab.eigenvalues("gram_rbf", rbfSpectrum);
lab.record("rbf_eps", eps);
lab.record("rbf_eps_median", median);
String epsOrigin = params.isGiven("eps") ? String.format("given; the median heuristic would "
        + "take %.2f", median) : "the median squared distance";
lab.say(String.format("RBF Gram with eps = %.2f (%s; sigma = %.2f in the exp(-d^2 / 2 sigma^2) "
        + "convention). Its diagonal is 1, so its trace is N = %d.", eps, epsOrigin,
        Bandwidth.toSigma(eps), data.size()));
// the mean similarity of two different images tells how far eps is from a useful scale
double offDiagonalMean = (rbf.sum() - data.size()) / ((double) data.size() * (data.size() - 1));
lab.record("rbf_mean_off_diagonal", offDiagonalMean);
if (offDiagonalMean < 0.01) {
    lab.say(String.format("At this eps two different images have mean similarity %.1e: K is "
            + "almost the identity, each image resembles only itself, so the spectrum is flat "
            + "and the heatmap shows no blocks. Try eps near %.0f.", offDiagonalMean, median));
} else if (offDiagonalMean > 0.99) {
    lab.say(String.format("At this eps two different images have mean similarity %.3f: K is "
            + "almost all ones, every image resembles every other, so one eigenvalue near N "
            + "takes nearly everything. Try eps near %.0f.", offDiagonalMean, median));
}

// Step 4: power-law fits of both spectra over ranks 2..100, within their numerical ranks
// (X X^T has rank at most 784, the pixels; fewer, as some pixels are 0 in every image).
// Eigenvalues below roundoff x N x the largest are 0 up to rounding.
double roundoff = Math.ulp(1.0);
int linearRank = linearPairs.numericalRank(roundoff);
int rbfRank = rbfPairs.numericalRank(roundoff);
int last = Math.min(100, Math.min(data.size() - 1, Math.min(linearRank, rbfRank)));
var linearFit = PowerLawFit.of(linearSpectrum, 2, last);
var rbfFit = PowerLawFit.of(rbfSpectrum, 2, last);
lab.record("power_law_exponent_linear", linearFit.exponent());
lab.record("power_law_exponent_rbf", rbfFit.exponent());
lab.say("Power-law fits: linear " + linearFit + "; RBF " + rbfFit + ". A larger exponent "
        + "means the kernel concentrates on fewer directions.");
double[] ranks = new double[data.size()];
for (int j = 0; j < ranks.length; j++) ranks[j] = j + 1;
double[] fitRanks = Arrays.copyOfRange(ranks, 1, last);
lab.figure("spectra", Figure.lines("Gram spectra on log-log axes").axes("rank j", "eigenvalue")
        .series("linear X X^T", Arrays.copyOf(ranks, linearRank),
                Arrays.copyOf(linearSpectrum, linearRank))
        .series(String.format("RBF, eps = %.3g", eps), Arrays.copyOf(ranks, rbfRank),
                Arrays.copyOf(rbfSpectrum, rbfRank))
        .series("fit: linear", fitRanks, Arrays.copyOf(linearFit.curve(), fitRanks.length))
        .series("fit: RBF", fitRanks, Arrays.copyOf(rbfFit.curve(), fitRanks.length))
        .logX().logY());
// Says how many eigenvalues the log axis leaves out, when some are 0 up to rounding
void sayRank(String name, Eigenpairs pairs) {
    int rank = pairs.numericalRank(roundoff);
    if (rank < data.size()) {
        lab.say(String.format("%s has rank %d: only its %d non-zero eigenvalues are drawn (the "
                + "other %d are 0 up to rounding, which a log axis cannot show).", name, rank,
                rank, data.size() - rank));
    }
}
sayRank("X X^T", linearPairs);
sayRank("The RBF Gram matrix", rbfPairs);

// Step 5: the eigenmap: top two eigenvectors of the centred RBF Gram matrix (kernel PCA),
// redrawn live when eps or the subset changes
lab.live("gram-eigenmap", () -> {
    var points = lab.subset(50);
    double bandwidth = params.real("eps", Bandwidth.medianHeuristic(points.points()), 1e-6, 1e6);
    lab.progress("RBF Gram matrix and its top 20 eigenpairs, eps = " + bandwidth);
    var kernelPca = Eigensolver.largest(GramMatrix.centred(GramMatrix.rbf(points.points(),
            bandwidth)), 20);
    return Figure.eigenmap("Kernel PCA: top eigenvectors of the centred RBF Gram", "phi",
            kernelPca, 0).byClass(points.labels(), points.dataset().classNames())
            .pointInfo(points);
});
lab.say("The eigenmap places image i at (phi_1(i), phi_2(i)). Digits that look alike land "
        + "together, before any label was used.");

// Step 6: the kernel heatmap, rows and columns sorted by class (live, like step 5)
lab.live("rbf-heatmap", () -> {
    var points = lab.subset(50);
    double bandwidth = params.real("eps", Bandwidth.medianHeuristic(points.points()), 1e-6, 1e6);
    return Figure.heatmap("RBF Gram matrix, sorted by class",
            GramMatrix.rbf(points.points(), bandwidth)).groups(points.labels());
});
double within = 0, between = 0; int nWithin = 0, nBetween = 0;
int[] y = data.labels();
for (int i = 0; i < data.size(); i++) {
    for (int j = 0; j < data.size(); j++) {
        if (i == j) continue;
        if (y[i] == y[j]) {
            within += rbf.get(i, j);
            nWithin++;
        } else {
            between += rbf.get(i, j);
            nBetween++;
        }
    }
}
lab.record("rbf_mean_within_class", within / nWithin);
lab.record("rbf_mean_between_class", between / nBetween);
// blocks show when eps is neither extreme and images of one digit are more alike
boolean blocks = offDiagonalMean >= 0.01 && offDiagonalMean <= 0.99 &&
        within / nWithin > between / nBetween;
lab.say(String.format("Mean similarity within a class %.3f against %.3f between classes: %s",
        within / nWithin, between / nBetween, blocks ? "the diagonal blocks of the heatmap."
        : String.format("too close to show blocks at this eps; eps near %.0f shows them.",
                median)));

lab.finish();
