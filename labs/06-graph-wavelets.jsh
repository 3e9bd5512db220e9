// Lab 06: Graph wavelets - functions of the Laplacian, localised
//
// What this lab shows: a filter g applied to the Laplacian and to a unit signal at one image
// i gives an atom g(L) delta_i, a bump on the graph centred at i (Hammond, Vandergheynst and
// Gribonval 2011). A low-pass filter (heat) gives a blob around i; a band-pass filter
// (Mexican hat) at scale s gives a ring of the images about "s steps" away, with a sign
// change. A bank of band-pass filters at several scales is a wavelet frame: it describes a
// signal on the graph scale by scale. The filters follow PyGSP's conventions.
// What to notice: atoms at a typical 1 stay among 1s, atoms at an ambiguous image spread
// over several digits; fine-scale wavelet coefficients of a class indicator light up where
// classes meet; a Chebyshev polynomial of order m in L, m sparse products, reproduces the
// exact atoms, and the error falls as m grows, fastest for smooth filters.
// Live (./lab 6 at a terminal with a display): the atoms of step 4 follow the sliders
// heatScale, wavelet (the Mexican hat's filter, 1 coarsest to 5 finest), the centres one, zero
// and ambiguous (image numbers 0 .. N-1) and k; or params.set("wavelet", 4) at the prompt.
// Hovering over a point shows its digit. The images stay those the lab started with.

var lab = Lab.start(6, "Graph wavelets: functions of the Laplacian, localised");
var params = lab.params();

// Step 1: the graph, its Laplacian L = D - W, its spectrum, lmax exact and estimated
var data = lab.subset(30);
Matrix X = data.points();
int n = data.size();
params.hardMinimum("k", "every image needs at least one neighbour, and at most N - 1 = " +
        (n - 1) + " others exist");
int k = params.integer("k", 10, 1, n - 1);
params.slider("k", 2, 40);
Graph graph = KnnGraph.of(X).k(k).build();
var basis = Eigensolver.all(UnnormalizedLaplacian.of(graph)).clampedToNonNegative("L");
lab.eigenvalues("laplacian_unnormalized", basis.values());
double lmax = basis.value(n - 1);
double lmaxEstimate = LargestEigenvalue.upperEstimate(UnnormalizedLaplacian.rows(graph));
lab.record("lmax_exact", lmax);
lab.record("lmax_estimated", lmaxEstimate);
lab.say(String.format("%s. The spectrum of L runs from 0 to lmax = %.4f; a Lanczos estimate "
        + "with a 1%% margin gives %.4f, enough for the polynomial filters of step 6 without "
        + "any eigenvectors.", graph, lmax, lmaxEstimate));
var eigenmap = RandomWalkLaplacian.eigenpairs(graph, 3);
double[] mapX = eigenmap.vectorArray(1);
double[] mapY = eigenmap.vectorArray(2);

// Step 2: three filter banks over the spectrum
double[] heatScales = {10, 25, 50};
var heatBank = FilterBank.heat(lmax, heatScales);
var mexicanHat = FilterBank.mexicanHat(lmax);
var abspline = FilterBank.abspline(lmax);
double[] grid = new double[200];
for (int g = 0; g < 200; g++) grid[g] = lmax * g / 199.0;
var bankPanels = new ArrayList<Figure>();
for (var bank : List.of(heatBank, mexicanHat, abspline)) {
    var plot = Figure.lines(bank.name()).axes("lambda", "g(lambda)");
    double[][] values = bank.evaluate(grid);
    for (int f = 0; f < bank.size(); f++) plot.series(bank.filter(f).name(), grid, values[f]);
    bankPanels.add(plot);
}
lab.figure("filter-banks", Figure.row("Filter banks on the spectrum [0, lmax] of L",
        bankPanels.toArray(new Figure[0])));
var filters = new LinkedHashMap<String, Object>();
for (var bank : List.of(heatBank, mexicanHat, abspline)) {
    filters.put(bank.name(), Map.of("names", bank.names(), "scales", bank.scales()));
}
lab.record("filters", filters);
var mexicanBounds = mexicanHat.frameBounds(basis.values());
var absplineBounds = abspline.frameBounds(basis.values());
lab.record("frame_bounds_mexican_hat", new double[] {mexicanBounds.lower(), mexicanBounds.upper()});
lab.record("frame_bounds_abspline", new double[] {absplineBounds.lower(), absplineBounds.upper()});
lab.say("Heat filters exp(-scale lambda / lmax) keep low frequencies: larger scale, narrower "
        + "in frequency, wider on the graph. The Mexican hat and Abspline banks (6 filters, "
        + "PyGSP's low-pass factor 20) cover the spectrum with a scaling function near 0 and "
        + "5 band-pass wavelets. Frame bounds over L's eigenvalues: Mexican hat " + mexicanBounds
        + ", Abspline " + absplineBounds + ". A > 0 means no frequency is lost, so a signal "
        + "can be rebuilt from its wavelet coefficients.");

// Step 3: three centres: a typical 1, a typical 0 and an ambiguous image
int[] y = data.labels();
double[] agreement = new double[n];
var w = graph.weightRows();
for (int i = 0; i < n; i++) {
    double same = 0, total = 0;
    for (int p = w.rowPointers()[i]; p < w.rowPointers()[i + 1]; p++) {
        total += w.values()[p];
        if (y[w.columns()[p]] == y[i]) same += w.values()[p];
    }
    agreement[i] = same / total;
}
int typicalOne = -1, typicalZero = -1, ambiguous = 0;
for (int i = 0; i < n; i++) {
    if (y[i] == 1 && (typicalOne < 0 || agreement[i] > agreement[typicalOne])) typicalOne = i;
    if (y[i] == 0 && (typicalZero < 0 || agreement[i] > agreement[typicalZero])) typicalZero = i;
    if (agreement[i] < agreement[ambiguous]) ambiguous = i;
}
int[] centres = {params.integer("one", typicalOne, 0, n - 1),
        params.integer("zero", typicalZero, 0, n - 1),
        params.integer("ambiguous", ambiguous, 0, n - 1)};
lab.record("centres", centres);
lab.record("centre_dataset_indices", new int[] {data.indices()[centres[0]],
        data.indices()[centres[1]], data.indices()[centres[2]]});
lab.say(String.format("Centres: image %d (a %d, %.0f%% of its edge weight to its own digit), "
        + "image %d (a %d, %.0f%%) and image %d (a %d, %.0f%%%s).", centres[0], y[centres[0]],
        100 * agreement[centres[0]], centres[1], y[centres[1]], 100 * agreement[centres[1]],
        centres[2], y[centres[2]], 100 * agreement[centres[2]], centres[2] == ambiguous
        ? ": the least weight to its own digit of all images" : ""));

// Step 4: heat and Mexican-hat atoms at the centres, on the eigenmap and as digits (live: k,
// heatScale, wavelet and the centres one, zero, ambiguous)
var exact = ExactFiltering.of(basis);
// the graph and L's eigenpairs for each k, built once: the live step reuses them
var graphs = Collections.synchronizedMap(new HashMap<Integer, Graph>(Map.of(k, graph)));
var bases = Collections.synchronizedMap(new HashMap<Integer, Eigenpairs>(Map.of(k, basis)));
lab.live("atoms", () -> {
    int neighbours = params.integer("k", 10, 1, n - 1);
    Graph knn = graphs.computeIfAbsent(neighbours, m -> KnnGraph.of(X).k(m).build());
    var filtering = ExactFiltering.of(bases.computeIfAbsent(neighbours, m -> Eigensolver.all(
            UnnormalizedLaplacian.of(knn)).clampedToNonNegative("L")));
    double largest = filtering.basis().value(n - 1);
    var bank = FilterBank.mexicanHat(largest);
    double heatScale = params.real("heatScale", 10, 0.1, 1000);
    int wavelet = params.integer("wavelet", 1, 1, bank.size() - 1);
    var chosen = List.of(FilterBank.heat(largest, heatScale).filter(0), bank.filter(wavelet));
    var fileNames = List.of("atoms-heat", "atoms-mexican-hat");
    int[] at = {params.integer("one", typicalOne, 0, n - 1),
            params.integer("zero", typicalZero, 0, n - 1),
            params.integer("ambiguous", ambiguous, 0, n - 1)};
    String[] roles = {"a " + y[at[0]], "a " + y[at[1]], "an ambiguous " + y[at[2]]};
    var psi = RandomWalkLaplacian.eigenpairs(knn, 20);
    for (int f = 0; f < 2; f++) {
        var panels = new ArrayList<Figure>();
        for (int c = 0; c < 3; c++) {
            int centre = at[c];
            double[] atom = filtering.atom(chosen.get(f), centre);
            Integer[] byValue = new Integer[n];
            for (int i = 0; i < n; i++) byValue[i] = i;
            Arrays.sort(byValue, (a, b) -> Double.compare(atom[b], atom[a]));
            var images = new ArrayList<double[]>(List.of(data.point(centre)));
            var captions = new ArrayList<String>(List.of("centre"));
            int sameDigit = 0;
            for (int r = 0; images.size() < 8; r++) {
                if (byValue[r] == centre) continue;
                images.add(data.point(byValue[r]));
                captions.add(String.format("%.3f", atom[byValue[r]]));
                if (y[byValue[r]] == y[centre]) sameDigit++;
            }
            double offCentre = 0, smallest = 0;
            for (int i = 0; i < n; i++) {
                if (i != centre) offCentre = Math.max(offCentre, Math.abs(atom[i]));
                smallest = Math.min(smallest, atom[i]);
            }
            double[] shown = atom.clone();
            shown[centre] = Math.max(-offCentre, Math.min(offCentre, atom[centre]));
            panels.add(Figure.eigenmap(roles[c] + " (image " + centre + ")", "psi", psi, 1)
                    .bySignal(shown, "atom value").highlight(centre).pointInfo(data));
            panels.add(Figure.images("the centre and the 7 images where the atom is largest",
                    images, data.width(), data.height(), 4).captions(captions));
            lab.record(fileNames.get(f) + "_smallest_value_" + c, smallest);
            lab.record(fileNames.get(f) + "_top8_same_digit_" + c, sameDigit);
            lab.say(String.format("%s at %s: %.4f at the centre (%.4f with PyGSP's sqrt(N) "
                    + "factor), %s; %d of the 7 other images where it is largest are %ds.",
                    chosen.get(f).name(), roles[c], atom[centre],
                    filtering.localized(chosen.get(f), centre)[centre], smallest < -1e-12
                    ? String.format("down to %.4f in a ring around it", smallest)
                    : "positive everywhere", sameDigit, y[centre]));
        }
        lab.figure(fileNames.get(f), Figure.grid("Atoms g(L) delta_i of " + chosen.get(f).name()
                + " (no sqrt(N) factor; colours clipped at the largest value off the centre)", 2,
                panels.toArray(new Figure[0])));
    }
});
params.slider("heatScale", 1, 200);
lab.say("A low-pass atom is a blob around its centre; a band-pass atom also dips below zero "
        + "further out. Compare the typical digits with the ambiguous image: there the largest "
        + "values spill into the digits it resembles.");

// Step 5: multiscale coefficients of a class indicator: where do the 1s end?
double[] ones = new double[n];
for (int i = 0; i < n; i++) ones[i] = y[i] == 1 ? 1 : 0;
double[][] coefficients = exact.apply(mexicanHat, ones);
boolean[] boundary = new boolean[n];
for (int i = 0; i < n; i++) {
    for (int p = w.rowPointers()[i]; p < w.rowPointers()[i + 1]; p++) {
        if ((y[w.columns()[p]] == 1) != (y[i] == 1)) boundary[i] = true;
    }
}
var scalePanels = new ArrayList<Figure>();
double[] boundaryRatio = new double[mexicanHat.size()];
for (int f = 0; f < mexicanHat.size(); f++) {
    double onBoundary = 0, elsewhere = 0;
    int boundaryCount = 0;
    for (int i = 0; i < n; i++) {
        if (boundary[i]) { onBoundary += Math.abs(coefficients[f][i]); boundaryCount++; }
        else elsewhere += Math.abs(coefficients[f][i]);
    }
    boundaryRatio[f] = (onBoundary / Math.max(1, boundaryCount))
            / (elsewhere / Math.max(1, n - boundaryCount));
    if (f == 0 || f == 1 || f == mexicanHat.size() - 1) {
        scalePanels.add(Figure.scatter(mexicanHat.filter(f).name(), mapX, mapY)
                .axes("psi_1", "psi_2").bySignal(coefficients[f], "coefficient"));
    }
}
lab.record("mexican_hat_boundary_over_elsewhere_mean_coefficient", boundaryRatio);
lab.figure("multiscale", Figure.row("Mexican hat coefficients of the indicator of the 1s",
        scalePanels.toArray(new Figure[0])));
lab.say(String.format("The indicator of the 1s, analysed by the Mexican hat bank: the scaling "
        + "function keeps only its coarsest trend. On the images with edges to both 1s and other "
        + "digits the mean |coefficient| is %.1f times that elsewhere at the finest scale "
        + "(filter %d, largest lambda) and %.1f times at the coarsest wavelet (filter 1)%s.",
        boundaryRatio[mexicanHat.size() - 1], mexicanHat.size() - 1, boundaryRatio[1],
        boundaryRatio[mexicanHat.size() - 1] > boundaryRatio[1]
        ? ": fine scales pick out the edge of a class, coarse ones its bulk" : ""));

// Step 6: exact against Chebyshev, and what the order buys
int[] orders = {5, 10, 20, 30, 40, 60, 80};
var errorPlot = Figure.lines("Largest error of Chebyshev atoms against exact ones").axes(
        "order m", "max |error|").logY();
var sparseLaplacian = UnnormalizedLaplacian.rows(graph);
var errorsAt30 = new LinkedHashMap<String, Double>();
var worstAt30 = new LinkedHashMap<String, String>();
for (var bank : List.of(heatBank, mexicanHat, abspline)) {
    double[] errors = new double[orders.length];
    double[] ms = new double[orders.length];
    for (int o = 0; o < orders.length; o++) {
        var chebyshev = ChebyshevFiltering.of(sparseLaplacian, lmax, orders[o]);
        double largest = 1e-17;
        int worst = 0;
        for (int centre : centres) {
            double[][] approximate = chebyshev.atoms(bank, centre);
            double[][] reference = exact.atoms(bank, centre);
            for (int f = 0; f < bank.size(); f++) {
                for (int i = 0; i < n; i++) {
                    double error = Math.abs(approximate[f][i] - reference[f][i]);
                    if (error > largest) { largest = error; worst = f; }
                }
            }
        }
        errors[o] = largest;
        ms[o] = orders[o];
        if (orders[o] == 30) {
            errorsAt30.put(bank.name(), largest);
            worstAt30.put(bank.name(), bank.filter(worst).name());
        }
    }
    errorPlot.series(bank.name(), ms, errors);
}
lab.figure("chebyshev-error", errorPlot.markers(true));
lab.record("chebyshev_order_30_max_error", errorsAt30);
var estimated = ChebyshevFiltering.of(sparseLaplacian, 30);
double estimateError = 0;
for (int centre : centres) {
    double[][] withEstimate = estimated.atoms(mexicanHat, centre);
    double[][] reference = exact.atoms(mexicanHat, centre);
    for (int f = 0; f < mexicanHat.size(); f++) {
        for (int i = 0; i < n; i++) {
            estimateError = Math.max(estimateError, Math.abs(withEstimate[f][i] - reference[f][i]));
        }
    }
}
lab.record("chebyshev_order_30_max_error_mexican_hat_estimated_lmax", estimateError);
lab.say(String.format("At order 30 (30 products with the sparse L, %d non-zeros) the largest "
        + "atom error is %.1e for heat, %.1e for the Mexican hat (worst: its %s) and %.1e for "
        + "Abspline (worst: its %s). Exponentials are smooth and converge fastest; a filter "
        + "with a sharp bend needs a higher order. With the estimated lmax instead of the "
        + "exact one the Mexican hat error is %.1e. The "
        + "exact path needs all eigenvectors, O(N^3) work; the polynomial needs none, so it "
        + "scales to graphs far too large for an eigen-decomposition.",
        sparseLaplacian.nonZeros(), errorsAt30.get("heat"), errorsAt30.get("Mexican hat"),
        worstAt30.get("Mexican hat"), errorsAt30.get("Abspline"), worstAt30.get("Abspline"),
        estimateError));

lab.finish();
