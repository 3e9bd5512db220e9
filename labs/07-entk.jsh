// Lab 07: The empirical neural tangent kernel - what a network sees before it learns
//
// What this lab shows: a network f(x; theta) defines a kernel, its empirical neural tangent
// kernel K(x, x') = sum_c <df_c(x)/dtheta, df_c(x')/dtheta>, which says how much a gradient
// step on x moves the outputs at x'. We compute it for an untrained MLP on MNIST in two
// independent ways, look at its spectrum, and compare it with the Gram matrices of lab 02
// and a heat kernel on lab 03's graph.
// What to notice: autograd and the layer-wise formula agree to rounding, the formula in a
// fraction of the time; the full kernel over (input, output) pairs is nearly block-diagonal
// (at initialisation every output sees the same kernel); before any training the eNTK is
// already close to the linear Gram matrix (CKA near 1), and its top eigenvectors hold only
// part of the labels (C(10) well below 1).
// Live (./lab 7 at a terminal with a display): the full kernel (step 4), the spectra (step 5),
// the target power (step 8, which also follows k) and the eigenvector alignment (step 9)
// follow the sliders width and networkSeed; or params.set("width", 16) at the prompt and watch
// the outputs of a narrow network interact in the full kernel. Each change builds the network
// again and computes its eNTK in each of those steps, a second or two in all at width 256. The
// images stay those the lab started with; heatTime changes only numbers (step 7).

var lab = Lab.start(7, "The empirical neural tangent kernel");
var params = lab.params();

// Step 1: the data and an untrained network, two hidden layers of the same width
var data = lab.subset(20);
Matrix X = data.points();
int n = data.size();
int width = params.integer("width", 256, 1, 4096);
Activation activation = Activation.parse(params.choice("activation", "relu", "relu", "tanh"));
int networkSeed = params.integer("networkSeed", 0, 0, Integer.MAX_VALUE);
params.slider("width", 8, 1024);
params.slider("networkSeed", 0, 99);
var network = MlpSpec.of(784, width, width, 10).activation(activation).seed(networkSeed).build();
lab.say("The network: " + network + ". Its weights were drawn with seed " + networkSeed
        + "; nothing has been trained.");
lab.record("parameters", network.parameterCount());

// The same network for the current width, activation and seed: the live steps below build
// theirs with it (and close it), so that moving width or networkSeed redraws them
Mlp untrainedNetwork() {
    int size = params.integer("width", 256, 1, 4096);
    Activation function = Activation.parse(params.choice("activation", "relu", "relu", "tanh"));
    return MlpSpec.of(784, size, size, 10).activation(function).seed(params.integer(
            "networkSeed", 0, 0, Integer.MAX_VALUE)).build();
}

// Step 2: the trace eNTK by the layer-wise formula: per layer, (input Gram + 1) times the
// Gram matrix of the back-propagated signals, elementwise
long start = System.nanoTime();
Matrix ntk = lab.timed("The trace eNTK of all " + n + " images, layer by layer",
        () -> EmpiricalNtk.trace(network, X));
double layerwiseSeconds = (System.nanoTime() - start) / 1e9;

// Step 3: the same kernel by autograd, one backward pass per image and output, on a few
int few = Math.min(30, n);
Matrix firstFew = X.copyOfRows(few);
start = System.nanoTime();
Matrix byAutograd = lab.timed("The same kernel of the first " + few + " images by autograd ("
        + 10 * few + " backward passes)", () -> EmpiricalNtk.trace(network, firstFew,
        NtkMethod.AUTOGRAD));
double autogradSeconds = (System.nanoTime() - start) / 1e9;
double difference = EmpiricalNtk.relativeDifference(byAutograd, ntk.copyOfShape(few, few));
lab.record("autograd_vs_layerwise_relative_difference", difference);
lab.say(String.format("Autograd and the layer-wise formula differ by %.1e (relative, "
        + "Frobenius): float32 rounding. Autograd took %.2f s for %d images, the formula "
        + "%.2f s for all %d.", difference, autogradSeconds, few, layerwiseSeconds, n));

// Step 4: the full kernel over (image, output) pairs for 8 images: 80 x 80, row 10 i + c
// (live: width, networkSeed)
lab.live("full-ntk", () -> {
    Matrix full;
    try (var fresh = untrainedNetwork()) {
        full = EmpiricalNtk.full(fresh, X.copyOfRows(8));
    }
    double diagonalBlocks = 0, everything = 0;
    for (int i = 0; i < full.rows(); i++) {
        for (int j = 0; j < full.columns(); j++) {
            double square = full.get(i, j) * full.get(i, j);
            everything += square;
            if (i % 10 == j % 10) diagonalBlocks += square;
        }
    }
    lab.record("full_kernel_same_output_share", diagonalBlocks / everything);
    lab.figure("full-ntk", Figure.heatmap("Full eNTK of 8 images, rows (image, output)", full)
            .diverging(true));
    lab.say(String.format("In the full kernel, entries that pair an output with itself hold "
            + "%.1f%% of the squared mass: at initialisation different outputs barely interact, "
            + "and the trace kernel (summed over outputs) loses little.",
            100 * diagonalBlocks / everything));
});

// Step 5: the spectrum, beside the linear and RBF Gram matrices of lab 02 (each / trace;
// live: width, networkSeed)
Matrix linear = GramMatrix.linear(X);
double rbfEps = Bandwidth.medianHeuristic(X);
Matrix rbf = GramMatrix.rbf(X, rbfEps);
lab.record("rbf_eps", rbfEps);
double[] ranks = new double[n];
for (int j = 0; j < n; j++) ranks[j] = j + 1;

// The unit roundoff of the eNTK, computed in float32, and of the Gram matrices, in float64:
// eigenvalues below roundoff x N x the largest are 0 up to rounding
double float32Roundoff = Math.ulp(1.0f);
double float64Roundoff = Math.ulp(1.0);

// A spectrum / its trace as a series against rank j: only the numerically non-zero
// eigenvalues, since a logarithmic axis cannot show 0
LinePlot withNonZero(LinePlot figure, String name, Eigenpairs descending, double roundoff,
        double trace) {
    int rank = descending.numericalRank(roundoff);
    return figure.series(name, Arrays.copyOf(ranks, rank),
            scale(Arrays.copyOf(descending.values(), rank), 1 / trace));
}

// "X has rank 103: only its 103 non-zero eigenvalues are drawn (the other 97 are 0 up to
// rounding). ", or "" when all of them are drawn
String rankNote(String name, Eigenpairs descending, double roundoff) {
    int rank = descending.numericalRank(roundoff);
    int count = descending.values().length;
    if (rank == count) return "";
    String drawn = rank == 1 ? "its largest eigenvalue is" : "its " + rank + " non-zero "
            + "eigenvalues are";
    return String.format("%s has rank %d: only %s drawn (the other %d are 0 up to rounding). ",
            name, rank, drawn, count - rank);
}

lab.live("spectra", () -> {
    Matrix kernel;
    try (var fresh = untrainedNetwork()) {
        kernel = EmpiricalNtk.trace(fresh, X);
    }
    var ntkPairs = Eigensolver.largest(kernel, n).clampedToNonNegative("the eNTK");
    var linearPairs = Eigensolver.largest(linear, n).clampedToNonNegative("X X^T");
    var rbfPairs = Eigensolver.largest(rbf, n).clampedToNonNegative("the RBF Gram");
    double[] ntkSpectrum = ntkPairs.values();
    lab.eigenvalues("entk_trace", ntkSpectrum);
    var spectra = Figure.lines("Spectra, each divided by its trace").axes("rank j",
            "eigenvalue / trace");
    withNonZero(spectra, "eNTK", ntkPairs, float32Roundoff, kernel.trace());
    withNonZero(spectra, "linear X X^T", linearPairs, float64Roundoff, linear.trace());
    withNonZero(spectra, "RBF", rbfPairs, float64Roundoff, rbf.trace());
    lab.figure("spectra", spectra.logX().logY());
    int fitEnd = Math.min(100, Math.min(n - 1, ntkPairs.numericalRank(float32Roundoff)));
    String decay = "Its rank is too small for a power-law fit.";
    if (fitEnd >= 3) {
        var fit = PowerLawFit.of(ntkSpectrum, 2, fitEnd);
        lab.record("entk_power_law_exponent", fit.exponent());
        decay = "Further down the eNTK decays like the RBF Gram, more slowly than X X^T. "
                + "Power-law fit of the eNTK: " + fit + ".";
    }
    lab.say(String.format("%s%s%sThe top eigenvalue holds %.0f%% of the trace for the eNTK and "
            + "%.0f%% for X X^T: all images share a bright centre. %s",
            rankNote("The eNTK of a width-" + params.integer("width", 256, 1, 4096)
                    + " network", ntkPairs, float32Roundoff),
            rankNote("X X^T", linearPairs, float64Roundoff),
            rankNote("The RBF Gram matrix", rbfPairs, float64Roundoff),
            100 * ntkSpectrum[0] / kernel.trace(), 100 * linearPairs.value(0) / linear.trace(),
            decay));
});

// Step 6: a heat kernel on the kNN graph of lab 03: exp(-t L_sym) = V exp(-t Lambda) V^T
params.hardMinimum("k", "every image needs at least one neighbour, and at most N - 1 = " +
        (n - 1) + " others exist");
int k = params.integer("k", 10, 1, n - 1);
params.slider("k", 2, 40);
double t = params.real("heatTime", 3, 1e-3, 1e3);
Graph graph = KnnGraph.of(X).k(k).build();
lab.record("graph_eps", graph.bandwidth());
Eigenpairs laplacian = Eigensolver.all(SymmetricLaplacian.of(graph)).clampedToNonNegative(
        "L_sym");
Matrix heat = SpectralFilter.heat(t).matrix(laplacian);
lab.say("Heat kernel exp(-t L_sym) with t = " + t + " on the " + k + "-nearest-neighbour "
        + "graph: " + graph + ".");

// Step 7: how alike are the operators, and how much of the labels does each see?
Matrix labels = KernelAlignment.labelKernel(data.labels());
Matrix targets = KernelAlignment.oneHot(data.labels());
var alignments = new LinkedHashMap<String, Double>();
// A constant eNTK leaves nothing after centring, so its alignments are undefined
boolean constantNtk = ntk.max() - ntk.min() <= 1e-12 * Math.abs(ntk.max());
if (!constantNtk) {
    alignments.put("cka_entk_linear", KernelAlignment.cka(ntk, linear));
    alignments.put("cka_entk_rbf", KernelAlignment.cka(ntk, rbf));
    alignments.put("cka_entk_heat", KernelAlignment.cka(ntk, heat));
    alignments.put("cka_entk_labels", KernelAlignment.cka(ntk, labels));
    alignments.put("cka_debiased_entk_labels", KernelAlignment.ckaDebiased(ntk, labels));
    alignments.put("kta_entk_labels", KernelAlignment.kernelTargetAlignment(ntk, targets));
    alignments.put("kumar_alignment_entk_labels",
            KernelAlignment.centredNtkAlignment(ntk, targets));
}
alignments.put("cka_linear_labels", KernelAlignment.cka(linear, labels));
alignments.put("cka_heat_labels", KernelAlignment.cka(heat, labels));
alignments.forEach(lab::record);
lab.say(constantNtk ? String.format("The eNTK of this width-%d network is constant: its output, "
        + "and so every gradient, is the same for every image (with width 1, one ReLU that is "
        + "off at all images does this). Nothing is left after centring, so its alignments are "
        + "undefined and not recorded. CKA with the labels: X X^T %.3f, the heat kernel %.3f.",
        width, alignments.get("cka_linear_labels"), alignments.get("cka_heat_labels"))
        : String.format("CKA of the eNTK with X X^T %.3f, with the RBF Gram %.3f, with the "
        + "heat kernel %.3f, with the labels %.3f (debiased %.3f). Kernel-target alignment, "
        + "uncentred, %.3f; Kumar et al.'s alignment, the kernel centred but not the labels, "
        + "%.3f. The network has seen no label, yet its kernel already groups some digits.",
        alignments.get("cka_entk_linear"), alignments.get("cka_entk_rbf"),
        alignments.get("cka_entk_heat"), alignments.get("cka_entk_labels"),
        alignments.get("cka_debiased_entk_labels"), alignments.get("kta_entk_labels"),
        alignments.get("kumar_alignment_entk_labels")));

// Step 8: cumulative target power C(k): the share of the labels in the top k eigenvectors
// (live: width, networkSeed, k; L_sym is solved once per k)
var laplacians = Collections.synchronizedMap(new HashMap<Integer, Eigenpairs>(
        Map.of(k, laplacian)));
lab.live("target-power", () -> {
    Matrix kernel;
    try (var fresh = untrainedNetwork()) {
        kernel = EmpiricalNtk.trace(fresh, X);
    }
    int neighbours = params.integer("k", 10, 1, n - 1);
    var basis = laplacians.computeIfAbsent(neighbours, m -> Eigensolver.all(
            SymmetricLaplacian.of(KnnGraph.of(X).k(m).build())).clampedToNonNegative("L_sym"));
    double[] ntkPower = TargetPower.cumulative(kernel, targets);
    double[] linearPower = TargetPower.cumulative(linear, targets);
    double[] rbfPower = TargetPower.cumulative(rbf, targets);
    // the heat kernel's eigenvectors are L_sym's; its largest eigenvalues go with L_sym's smallest
    double[] heatPower = TargetPower.cumulative(basis, targets);
    lab.record("target_power_at_10_entk", ntkPower[9]);
    lab.record("target_power_at_10_linear", linearPower[9]);
    lab.record("target_power_at_10_heat", heatPower[9]);
    lab.figure("target-power", Figure.lines("Cumulative target power C(k)").axes("k", "C(k)")
            .series("eNTK", ranks, ntkPower).series("linear X X^T", ranks, linearPower)
            .series("RBF", ranks, rbfPower).series("heat kernel", ranks, heatPower).logX());
    lab.say(String.format("The top 10 eigenvectors hold %.0f%% of the labels for the eNTK, "
            + "%.0f%% for X X^T and %.0f%% for the heat kernel; all reach 100%% at k = N. Kernel "
            + "regression learns along the top eigenvectors first (Bordelon et al. 2020), so a "
            + "faster rise means faster learning of these labels.", 100 * ntkPower[9],
            100 * linearPower[9], 100 * heatPower[9]));
});

// Step 9: which eigenvectors of the eNTK match which of X X^T? (live: width, networkSeed)
lab.live("eigenvector-alignment", () -> {
    Matrix kernel;
    try (var fresh = untrainedNetwork()) {
        kernel = EmpiricalNtk.trace(fresh, X);
    }
    Matrix matching = EigenvectorAlignment.of(kernel, linear, 10);
    lab.figure("eigenvector-alignment", Figure.heatmap("<phi_j(eNTK), phi_k(X X^T)>, top 10",
            matching).diverging(true));
    lab.record("eigenvector_alignment_first", matching.get(0, 0));
    lab.say(String.format("The eNTK's first eigenvector and X X^T's have inner product %.3f; "
            + "further down the two bases mix (off-diagonal entries).", matching.get(0, 0)));
});

network.close();
lab.finish();
