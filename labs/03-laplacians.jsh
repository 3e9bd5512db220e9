// Lab 03: Graph Laplacians - the geometry of the data manifold
//
// What this lab shows: connect each image to its k nearest neighbours and you get a graph
// whose Laplacian approximates the Laplace-Beltrami operator of the manifold the digits
// lie on. There are three Laplacians: L = D - W, L_sym = I - D^-1/2 W D^-1/2 and
// L_rw = I - D^-1 W.
// What to notice: L_rw and L_sym have the same eigenvalues, and their eigenvectors differ
// only by the factor D^1/2; eigenvalue 0 appears once per connected piece of the graph;
// the Laplacian eigenmap separates digits differently from the Gram eigenmap of lab 02.
// Live (./lab 3 at a terminal with a display): the eigenmaps of step 7 follow the sliders
// k and perClass, or params.set("k", 3) at the prompt; in the window, Right recolours an
// eigenmap by the next eigenvector, D shows it in 3-D, hovering shows a digit, H lists keys.

var lab = Lab.start(3, "Graph Laplacians: the geometry of the data manifold");
var params = lab.params();

// Step 1: the data and the k-nearest-neighbour graph
var data = lab.subset(50);
params.hardMinimum("k", "every image needs at least one neighbour, and at most N - 1 = " +
        (data.size() - 1) + " others exist");
int k = params.integer("k", 10, 1, data.size() - 1);
params.slider("k", 2, 40);
Graph graph = lab.timed("Building the " + k + "-nearest-neighbour graph",
        () -> KnnGraph.of(data.points()).k(k).build());
double[] degrees = graph.degreeArray();
double minDegree = Arrays.stream(degrees).min().getAsDouble();
double maxDegree = Arrays.stream(degrees).max().getAsDouble();
lab.say(graph + String.format(". Degrees range from %.2f to %.2f.", minDegree, maxDegree));
lab.record("k", k);
lab.record("eps", graph.bandwidth());
lab.record("degree_min", minDegree);
lab.record("degree_max", maxDegree);
lab.record("edges", graph.edgeCount());
lab.record("components", graph.components().count());

// Step 2: the three Laplacians and their spectra
var unnormalized = Eigensolver.all(UnnormalizedLaplacian.of(graph)).clampedToNonNegative(
        "L = D - W");
var symmetric = Eigensolver.all(SymmetricLaplacian.of(graph)).clampedToNonNegative("L_sym");
var randomWalk = RandomWalkLaplacian.eigenpairs(graph, graph.size());
lab.eigenvalues("laplacian_unnormalized", unnormalized.values());
lab.eigenvalues("laplacian_symmetric", symmetric.values());
lab.eigenvalues("laplacian_random_walk", randomWalk.values());
lab.say("Smallest eigenvalues of L_sym: " + str(symmetric.values(), 6) + ".");

// Step 3: L_rw and L_sym share their eigenvalues ...
double largestGap = 0;
for (int j = 0; j < graph.size(); j++) {
    largestGap = Math.max(largestGap, Math.abs(symmetric.value(j) - randomWalk.value(j)));
}
lab.record("max_eigenvalue_difference_rw_sym", largestGap);
lab.say(String.format("L_rw and L_sym share all %d eigenvalues: the largest difference is %.1e, "
        + "rounding error. They are similar matrices: L_rw = D^-1/2 L_sym D^1/2.", graph.size(),
        largestGap));

// Step 4: ... and their eigenvectors differ by D^1/2: D^1/2 psi_j points along u_j. Only an
// eigenvector of a simple eigenvalue is fixed (up to sign); a repeated eigenvalue (a
// disconnected graph repeats 0) has a whole eigenspace, so only simple ones are compared
Vector sqrtDegrees = graph.degrees().transform((i, d) -> Math.sqrt(d));
double gapTolerance = 1e-6 * symmetric.value(graph.size() - 1);
var compared = new ArrayList<Integer>();
double largestAngle = 0;
for (int j = 1; j <= 5; j++) {
    boolean simple = symmetric.value(j) - symmetric.value(j - 1) > gapTolerance &&
            symmetric.value(j + 1) - symmetric.value(j) > gapTolerance;
    if (!simple) continue;
    compared.add(j);
    Vector scaled = randomWalk.vector(j).hadamardProduct(sqrtDegrees);
    double cosine = Math.abs(scaled.innerProduct(symmetric.vector(j))) / scaled.norm();
    largestAngle = Math.max(largestAngle, Math.acos(Math.min(1, cosine)));
}
lab.record("angle_compared_eigenvectors", compared);
if (compared.isEmpty()) {
    lab.say("Eigenvalues 1..5 of L_sym are repeated (this graph has " +
            graph.components().count() + " components, and 0 appears once per component), " +
            "so their eigenvectors are fixed only up to a rotation inside the eigenspace and " +
            "D^1/2 psi_j and u_j need not be parallel one by one. A connected graph (a larger " +
            "k) shows the relation.");
} else {
    lab.record("max_angle_sqrt_degree_times_psi_vs_u", largestAngle);
    lab.say(String.format("For eigenvectors %s the angle between D^1/2 psi_j and u_j is at " +
            "most %.1e radians: the random-walk eigenvectors are the symmetric ones divided by " +
            "sqrt(degree), up to length and sign.%s", compared.size() == 5 ? "1..5" :
            compared.toString(), largestAngle, compared.size() == 5 ? "" : " The others of " +
            "1..5 have repeated eigenvalues, whose eigenvectors are fixed only up to a " +
            "rotation inside their eigenspace, so they are not compared."));
}

// Step 5: eigenvalue 0 counts the connected components
double tolerance = 1e-9 * symmetric.value(graph.size() - 1);
long zeros = Arrays.stream(symmetric.values()).filter(v -> v < tolerance).count();
lab.say("This graph has " + graph.components().count() + " component(s) and eigenvalue 0 of "
        + "L_sym appears " + zeros + " time(s).");
lab.record("zero_eigenvalues", zeros);

// Step 6: a deliberately disconnected graph: the 0s and the 1s, each with its own graph
var zerosAndOnes = new ArrayList<Graph>();
for (int digit = 0; digit <= 1; digit++) {
    var rows = new ArrayList<double[]>();
    for (int i = 0; i < data.size(); i++) if (data.labels()[i] == digit) rows.add(data.point(i));
    Matrix points = new org.la4j.matrix.dense.Basic2DMatrix(rows.toArray(new double[0][]));
    zerosAndOnes.add(KnnGraph.of(points).k(Math.min(k, rows.size() - 1)).build());
}
Graph apart = Graph.disjointUnion(zerosAndOnes.get(0), zerosAndOnes.get(1));
double[] apartSpectrum = Eigensolver.all(UnnormalizedLaplacian.of(apart)).values();
double apartTolerance = 1e-9 * apartSpectrum[apartSpectrum.length - 1];
long apartZeros = Arrays.stream(apartSpectrum).filter(v -> v < apartTolerance).count();
lab.say("Graph of the 0s beside the graph of the 1s, no edge between them: "
        + apart.components() + "; eigenvalue 0 of L appears " + apartZeros + " times. "
        + "Its eigenvectors are constant on each piece: spectral clustering in one line." +
        (apart.components().count() > 2 ? " Here each digit's own " + k + "-nearest-" +
        "neighbour graph already falls apart, so there are more pieces than digits." : ""));
lab.record("disconnected_demo_components", apart.components().count());
lab.record("disconnected_demo_zero_eigenvalues", apartZeros);

// Step 7: the Laplacian eigenmap beside the Gram eigenmap of lab 02, redrawn live when k
// or the subset changes (20 eigenvectors each, so the window can recolour by any of them)
lab.live("eigenmaps", () -> {
    var points = lab.subset(50);
    int neighbours = params.integer("k", 10, 1, points.size() - 1);
    lab.progress("the " + neighbours + "-nearest-neighbour graph");
    Graph knn = KnnGraph.of(points.points()).k(neighbours).build();
    lab.progress("20 eigenpairs of L_rw and of the centred Gram matrix");
    var psi = RandomWalkLaplacian.eigenpairs(knn, 20);
    var phi = Eigensolver.largest(GramMatrix.centred(GramMatrix.rbf(points.points())), 20);
    var classes = points.dataset().classNames();
    return Figure.row("Two views of the same digits",
            Figure.eigenmap("Gram (kernel PCA)", "phi", phi, 0)
                    .byClass(points.labels(), classes).pointInfo(points),
            Figure.eigenmap("Laplacian eigenmap (L_rw)", "psi", psi, 1)
                    .byClass(points.labels(), classes).pointInfo(points));
});
lab.figure("laplacian-spectra", Figure.lines("Smallest 50 eigenvalues of the three Laplacians")
        .axes("index j", "eigenvalue")
        .series("L = D - W (scaled by 1 / max degree)", range(50),
                scale(Arrays.copyOf(unnormalized.values(), 50), 1 / maxDegree))
        .series("L_sym", range(50), Arrays.copyOf(symmetric.values(), 50))
        .series("L_rw", range(50), Arrays.copyOf(randomWalk.values(), 50)).markers(true));
if (graph.isConnected()) {
    lab.say("The Gram eigenmap follows pixel overlap (large-scale brightness); the Laplacian " +
            "eigenmap follows chains of near neighbours, so it separates digits that connect " +
            "through many similar images.");
} else {
    lab.say("This graph has " + graph.components().count() + " components, so the first " +
            "eigenvectors of L_rw are constant on each: the Laplacian eigenmap shows which " +
            "component an image is in, not how the digits relate. Connect the graph with a " +
            "larger k (e.g. --k 10) to see that.");
}

lab.finish();
