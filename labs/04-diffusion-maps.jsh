// Lab 04: Diffusion maps - the geometry a random walk sees
//
// What this lab shows: a kernel turns the images into a random walk that steps from an
// image to similar ones. Its Markov matrix P = D^-1 K_a has eigenvectors psi_j that give
// every image diffusion coordinates (lambda_1^t psi_1, lambda_2^t psi_2, ...) at time t, and
// the diffusion distance D_t(i, j) compares where walks started at i and at j are after t
// steps (Coifman and Lafon 2006). The exponent alpha in K_a = K / (q q^T)^alpha decides how
// much the sampling density matters: alpha = 0 is the graph Laplacian, 1/2 Fokker-Planck,
// 1 the Laplace-Beltrami operator of the data's manifold, whatever the density.
// What to notice: the bandwidth rule of Berry, Giannakis and Harlim also estimates the
// intrinsic dimension of the digits; alpha changes which directions the walk is slowest
// along, so the maps differ; t acts as a scale (large t keeps only the slowest,
// largest-scale directions); diffusion distance separates the digits more than pixel
// distance does.
// Live (./lab 4 at a terminal with a display): steps 3 to 6 follow the sliders k and eps, step
// 4 also alpha and start, step 5 alpha and t, step 6 alpha; or params.set("t", 16) at the
// prompt. Hovering over a point shows its digit. The images stay those the lab started with
// (--per-class, --seed): eps and the centres of the walks are chosen from them.

var lab = Lab.start(4, "Diffusion maps: the geometry a random walk sees");
var params = lab.params();

// Step 1: the data and the bandwidth: median heuristic, Berry-Giannakis-Harlim, or given
var data = lab.subset(30);
Matrix X = data.points();
var scan = BandwidthScan.of(X);
double median = Bandwidth.medianHeuristic(X);
String rule = params.choice("bandwidth", "bgh", "bgh", "median");
double chosenByRule = rule.equals("bgh") ? scan.eps() : median;
double eps = params.real("eps", chosenByRule, 1e-3, 1e5);
params.slider("eps", chosenByRule / 20, chosenByRule * 20);
lab.say(String.format("Bandwidth eps (kernel exp(-|x - y|^2 / eps)): the median heuristic gives "
        + "%.1f, the Berry-Giannakis-Harlim rule %.1f. That rule scans eps and takes the "
        + "steepest point of log sum exp(-d^2 / eps) against log eps; its slope %.2f says the "
        + "digits fill about %.0f dimensions of the 784, locally. This run uses eps = %.1f.",
        median, scan.eps(), scan.slope(), scan.dimension(), eps));
lab.record("eps", eps);
lab.record("eps_median", median);
lab.record("eps_berry_giannakis_harlim", scan.eps());
lab.record("intrinsic_dimension_estimate", scan.dimension());
double[] slopes = scan.slopes();
double steepest = Arrays.stream(slopes).max().getAsDouble();
lab.figure("bandwidth-scan", Figure.lines("Berry-Giannakis-Harlim scan: slope of log S "
        + "against log eps").axes("eps", "d log S / d log eps")
        .series("slope", scan.midpoints(), slopes)
        .series("BGH choice", new double[] {scan.eps(), scan.eps()}, new double[] {0, steepest})
        .series("median heuristic", new double[] {median, median}, new double[] {0, steepest})
        .logX());

// Step 2: the kernel: the sparse kNN graph's weights, or the dense RBF Gram matrix
String kernel = params.choice("kernel", "knn", "knn", "dense");
params.hardMinimum("k", "every image needs at least one neighbour, and at most N - 1 = " +
        (data.size() - 1) + " others exist");
int k = params.integer("k", 10, 1, data.size() - 1);
params.slider("k", 2, 40);
Graph graph = (kernel.equals("dense") ? null
        : KnnGraph.of(X).k(k).weights(EdgeWeights.gaussian(eps)).build());
lab.say(kernel.equals("dense") ? "Kernel: the dense RBF Gram matrix, every pair of images "
        + "linked. A narrow eps lets a few isolated images take over the leading "
        + "eigenvectors; the kNN kernel (--kernel knn) gives every image k neighbours." 
        : "Kernel: exp(-d^2 / eps) on the edges of the " + k + "-nearest-neighbour graph, "
        + graph + ". Every image keeps k neighbours, so no isolated image can take over an "
        + "eigenvector.");

// The diffusion maps of this kernel with the current eps and k, one per alpha: the live steps
// below build theirs with it, so that moving eps or k redraws them (they share each kNN graph)
var knnGraphs = Collections.synchronizedMap(new HashMap<List<Number>, Graph>());
List<DiffusionMap> diffusionMaps(double... alphas) {
    double bandwidth = params.real("eps", chosenByRule, 1e-3, 1e5);
    int neighbours = params.integer("k", 10, 1, data.size() - 1);
    boolean dense = params.choice("kernel", "knn", "knn", "dense").equals("dense");
    Matrix gram = dense ? GramMatrix.rbf(X, bandwidth) : null;
    Graph knn = dense ? null : knnGraphs.computeIfAbsent(List.of(bandwidth, neighbours),
            key -> KnnGraph.of(X).k(neighbours).weights(EdgeWeights.gaussian(bandwidth)).build());
    var maps = new ArrayList<DiffusionMap>();
    for (double alpha : alphas) {
        maps.add(dense ? DiffusionMap.of(gram, alpha, data.size())
                : DiffusionMap.of(knn, alpha, data.size()));
    }
    return maps;
}

// Step 3: alpha = 0, 1/2 and 1 side by side (live: k, eps)
lab.live("diffusion-alpha", () -> {
    var maps = diffusionMaps(0, 0.5, 1);
    var panels = new ArrayList<Figure>();
    for (var map : maps) {
        lab.eigenvalues("diffusion_alpha_" + map.alpha(), map.eigenvalues());
        panels.add(Figure.scatter("alpha = " + map.alpha(), map.coordinate(1, 1),
                map.coordinate(2, 1)).axes("lambda_1 psi_1", "lambda_2 psi_2")
                .byClass(data.labels(), data.dataset().classNames()).pointInfo(data));
        lab.say(String.format("alpha = %.1f: eigenvalues of P %s.", map.alpha(),
                str(map.eigenvalues(), 5)));
    }
    lab.record("lambda_1_by_alpha", new double[] {maps.get(0).eigenvalue(1),
            maps.get(1).eigenvalue(1), maps.get(2).eigenvalue(1)});
    return Figure.row("Diffusion maps at t = 1 for three alphas", panels.toArray(new Figure[0]));
});
lab.say("The first eigenvalue is 1 with a constant eigenvector: the walk's stationary state. "
        + "Raising alpha divides out the density q = K 1, so dense clusters (many similar 1s) "
        + "no longer pull the walk: the map then reflects the shape of the data, not where "
        + "it was sampled most.");

// Step 4: t as the scale of the geometry (live: alpha, start, k, eps)
lab.live("diffusion-time", () -> {
    double alpha = params.real("alpha", 1, 0, 1);
    var map = diffusionMaps(alpha).get(0);
    int[] times = {1, 4, 16, 64};
    int start = params.integer("start", 0, 0, data.size() - 1);
    var timePanels = new ArrayList<Figure>();
    var decay = Figure.lines("lambda_j^t: how much coordinate j still counts at time t").axes(
            "coordinate j", "lambda_j^t").logY();
    double[] js = new double[20];
    for (int j = 0; j < 20; j++) js[j] = j + 1;
    for (int t : times) {
        timePanels.add(Figure.scatter("t = " + t, map.coordinate(1, t), map.coordinate(2, t))
                .axes("lambda_1^t psi_1", "lambda_2^t psi_2")
                .bySignal(map.walkDistribution(start, t), "P^t[start, y]").highlight(start)
                .pointInfo(data));
        double[] powers = new double[20];
        for (int j = 1; j <= 20; j++) {
            powers[j - 1] = Math.max(1e-30, Math.pow(map.eigenvalue(j), t));
        }
        int kept = 0;
        for (int j = 1; j < map.count(); j++) {
            if (Math.pow(map.eigenvalue(j), t) > 0.1 * Math.pow(map.eigenvalue(1), t)) kept++;
        }
        decay.series("t = " + t, js, powers);
        lab.record("coordinates_above_a_tenth_at_t_" + t, kept);
        lab.say(String.format("t = %d: %d coordinates keep more than a tenth of the first one's "
                + "weight.", t, kept));
    }
    lab.figure("diffusion-time", Figure.grid("Diffusion maps at time t (alpha = " + alpha + "), "
            + "coloured by where a walk from image " + start + " (a " + data.labels()[start]
            + ") is after t steps", 2, timePanels.toArray(new Figure[0])));
    lab.figure("diffusion-decay", decay);
    lab.say("Each step of the walk multiplies coordinate j by lambda_j < 1, the small ones "
            + "fastest. At large t only the slowest directions survive, and the walk from image "
            + start + " spreads from its neighbours to its digit to the whole set: t is a scale, "
            + "like the width of a lens. The axes shrink with t: all diffusion distances fade as "
            + "the walk forgets where it started.");
});
params.slider("start", 0, data.size() - 1);

// Step 5: diffusion distance against Euclidean distance for pairs of digits (live: t, alpha,
// k, eps)
int n = data.size();
int[] y = data.labels();
double[][] euclidean = new double[n][n];
for (int i = 0; i < n; i++) {
    for (int j = i + 1; j < n; j++) {
        double sum = 0;
        for (int p = 0; p < X.columns(); p++) sum += Math.pow(X.get(i, p) - X.get(j, p), 2);
        euclidean[i][j] = euclidean[j][i] = Math.sqrt(sum);
    }
}
lab.live("distances", () -> {
    var map = diffusionMaps(params.real("alpha", 1, 0, 1)).get(0);
    int t = params.integer("t", 4, 0, 1000);
    double byDefinition = map.distanceByDefinition(0, 1, t);
    double bySpectrum = map.distance(0, 1, t);
    lab.say(String.format("D_%d between images 0 and 1: %.10g from its definition "
            + "sum_y (P^t[0,y] - P^t[1,y])^2 / pi_y, %.10g from the spectral formula "
            + "sum_l lambda_l^2t (psi_l(0) - psi_l(1))^2; they agree to %.1e.", t, byDefinition,
            bySpectrum, Math.abs(byDefinition - bySpectrum) / byDefinition));
    lab.record("distance_0_1_by_definition", byDefinition);
    lab.record("distance_0_1_spectral", bySpectrum);
    double[][] diffusion = new double[n][n];
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) diffusion[i][j] = diffusion[j][i] = map.distance(i, j, t);
    }
    var pairX = new double[n * (n - 1) / 2];
    var pairY = new double[n * (n - 1) / 2];
    var pairKind = new int[n * (n - 1) / 2];
    int filled = 0;
    for (int kind = 1; kind >= 0; kind--) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if ((y[i] == y[j] ? 0 : 1) != kind) continue;
                pairX[filled] = euclidean[i][j];
                pairY[filled] = diffusion[i][j];
                pairKind[filled++] = kind;
            }
        }
    }
    lab.figure("distances", Figure.scatter("Diffusion distance (t = " + t + ") against pixel "
            + "distance, every pair", pairX, pairY).axes("|x_i - x_j|", "D_t(i, j)")
            .byClass(pairKind, List.of("same digit", "different digits")).pointSize(3));
    int[] correct = new int[2];
    for (int i = 0; i < n; i++) {
        int[] nearest = {-1, -1};
        for (int j = 0; j < n; j++) {
            if (j == i) continue;
            if (nearest[0] < 0 || euclidean[i][j] < euclidean[i][nearest[0]]) nearest[0] = j;
            if (nearest[1] < 0 || diffusion[i][j] < diffusion[i][nearest[1]]) nearest[1] = j;
        }
        for (int m = 0; m < 2; m++) if (y[nearest[m]] == y[i]) correct[m]++;
    }
    double[][] means = new double[2][2];
    int[] pairCount = new int[2];
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            int kind = y[i] == y[j] ? 0 : 1;
            pairCount[kind]++;
            means[0][kind] += euclidean[i][j];
            means[1][kind] += diffusion[i][j];
        }
    }
    double pixelContrast = (means[0][1] / pairCount[1]) / (means[0][0] / pairCount[0]);
    double diffusionContrast = (means[1][1] / pairCount[1]) / (means[1][0] / pairCount[0]);
    lab.record("between_over_within_mean_distance_euclidean", pixelContrast);
    lab.record("between_over_within_mean_distance_diffusion", diffusionContrast);
    lab.record("nearest_neighbour_accuracy_euclidean", correct[0] / (double) n);
    lab.record("nearest_neighbour_accuracy_diffusion", correct[1] / (double) n);
    lab.say(String.format("In the large: pairs of different digits lie on average %.2f times as "
            + "far apart as pairs of the same digit by pixel distance, and %.2f times by "
            + "diffusion distance at t = %d, so the walk separates the digits %s.",
            pixelContrast, diffusionContrast, t, diffusionContrast > pixelContrast ? "more"
            : "less"));
    lab.say(String.format("In the small: labelling each image by its nearest other image is "
            + "right for %.0f%% of images by pixel distance and %.0f%% by diffusion distance.%s "
            + "Try --t 1, --t 16 or --kernel dense.", 100.0 * correct[0] / n,
            100.0 * correct[1] / n, correct[1] < correct[0] ? " After " + t + " steps the walk "
            + "has blurred the fine detail that nearest neighbours rely on: diffusion distance "
            + "is a coarse-scale measure." : ""));
});
params.slider("t", 1, 64);

// Step 6: a 3-D diffusion map (live: alpha, k, eps)
lab.live("diffusion-3d", () -> {
    double alpha = params.real("alpha", 1, 0, 1);
    var map = diffusionMaps(alpha).get(0);
    return Figure.scatter("Diffusion map in 3-D (alpha = " + alpha + ", t = 1)",
            map.coordinate(1, 1), map.coordinate(2, 1)).z(map.coordinate(3, 1))
            .axes("lambda_1 psi_1", "lambda_2 psi_2", "lambda_3 psi_3")
            .byClass(data.labels(), data.dataset().classNames()).pointInfo(data);
});
lab.say("The third coordinate lifts apart digits that overlap in the plane; in the live "
        + "window the 3-D map can be turned.");

lab.finish();
