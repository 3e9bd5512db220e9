// Lab 01: Data - MNIST digits as points in a 784-dimensional space
//
// What this lab shows: an image of 28 x 28 pixels is a point x in R^784 (one
// coordinate per pixel, scaled to [0, 1]). Everything later in the kit - kernels,
// graphs, networks - works on such points.
// What to notice: the classes are balanced by construction (stratified sampling); the
// mean image of a class is a blurred prototype of its digit; the same seed always gives
// the same subset.

var lab = Lab.start(1, "Data: MNIST digits as points in R^784");

// Step 1: load the images (the MNIST test set unless --dataset or --split say otherwise)
// and look at their class counts
var images = ImageSet.load(Dataset.parse(lab.params().text("dataset", "mnist")),
        Split.parse(lab.params().text("split", "test")));
int[] counts = images.classCounts();
lab.say("The " + images.dataset().displayName() + " " + images.split().name().toLowerCase()
        + " set holds " + images.size() + " images of " + images.width() + " x "
        + images.height() + " pixels. Images per class: " + Arrays.toString(counts) + ".");
lab.record("split_size", images.size());
lab.record("split_class_counts", counts);

// Step 2: draw a stratified subset: the same number of images of every class
var data = lab.subset(20);
lab.say("Each image became a row of a " + data.size() + " x " + data.dimension()
        + " matrix X; its entries lie in [0, 1] (pixel value / 255).");
lab.record("subset_class_counts", data.classCounts());

// Step 3: a montage, one row per class
int shown = Math.min(10, data.size() / 10);
var montage = new ArrayList<double[]>();
var rowNames = new ArrayList<String>();
for (int label = 0; label < 10; label++) {
    int taken = 0;
    for (int i = 0; i < data.size() && taken < shown; i++) {
        if (data.labels()[i] == label) { montage.add(data.point(i)); taken++; }
    }
    rowNames.add(images.dataset().classNames().get(label));
}
lab.figure("montage", Figure.images("The first " + shown + " images of each class in the subset",
        montage, data.width(), data.height(), shown).rowLabels(rowNames));

// Step 4: the mean image of each class, a prototype of the digit
var means = new ArrayList<double[]>();
var meanNames = new ArrayList<String>();
double[] meanInk = new double[10];
for (int label = 0; label < 10; label++) {
    double[] mean = data.classMean(label);
    means.add(mean);
    meanNames.add("class " + images.dataset().classNames().get(label));
    meanInk[label] = Arrays.stream(mean).sum();
}
lab.figure("class-means", Figure.images("Mean image of each class", means, data.width(),
        data.height(), 5).captions(meanNames));
int inkiest = 0, lightest = 0;
for (int label = 1; label < 10; label++) {
    if (meanInk[label] > meanInk[inkiest]) inkiest = label;
    if (meanInk[label] < meanInk[lightest]) lightest = label;
}
lab.say(String.format("Ink per image (sum of pixels) differs by class: class %s uses the most "
        + "(%.1f on average), class %s the least (%.1f). Distances between images will "
        + "partly reflect this.", images.dataset().classNames().get(inkiest), meanInk[inkiest],
        images.dataset().classNames().get(lightest), meanInk[lightest]));
lab.record("mean_ink_per_class", meanInk);

lab.finish();
