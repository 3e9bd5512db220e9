package org.spectrallab.entk.bench;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.la4j.Matrix;
import org.spectrallab.Log;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.data.Subset;
import org.spectrallab.entk.DjlOffline;
import org.spectrallab.entk.EmpiricalNtk;
import org.spectrallab.entk.LazyToRich;
import org.spectrallab.entk.LazyToRichResult;
import org.spectrallab.entk.Mlp;
import org.spectrallab.entk.MlpSpec;
import org.spectrallab.entk.NtkMethod;
import org.spectrallab.entk.TrainingConfig;
import org.spectrallab.kernel.GramMatrix;

/**
 * The eNTK benchmark behind docs/PERFORMANCE-entk.md; run by scripts/entk-bench.sh, one
 * mode per JVM so that each peak-memory figure belongs to one piece of work.
 *
 * <ul>
 *   <li>{@code layerwise [N]}: trace eNTK of MLP 784-256-256-10 (float32, seed 0) on the
 *       first N/10 MNIST test images of each digit, layer-wise; median of 3 after a warm-up.</li>
 *   <li>{@code autograd [N]}: the same kernel by blocked autograd (1 GiB gradient store),
 *       once, and its difference from the layer-wise kernel.</li>
 *   <li>{@code export DIR [N]}: writes the weights, inputs and layer-wise kernel for
 *       scripts/functorch_ntk.py (float32, little-endian, row-major).</li>
 *   <li>{@code lab08}: the lazy-to-rich experiment as Lab 08 runs it (an RBF Gram matrix in
 *       place of its heat kernel): N = 1000 training and 1000 test images, alphas 0.1 and
 *       100, 300 full-batch steps, 5 checkpoints.</li>
 *   <li>{@code rerun [times]}: Lab 08 at a tenth of its size, repeated in one JVM, printing
 *       resident memory after each (a lab re-run in one JShell session).</li>
 * </ul>
 * Every line it prints starts with "bench:" so the script can pick them out.
 */
public final class EntkBenchmark {

    private static final MlpSpec BENCH_NETWORK = MlpSpec.of(784, 256, 256, 10).seed(0);

    private EntkBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        DjlOffline.ensure();
        String mode = args.length > 0 ? args[0] : "layerwise";
        switch (mode) {
            case "layerwise":
                layerwise(size(args, 1));
                break;
            case "autograd":
                autograd(size(args, 1));
                break;
            case "export":
                export(Path.of(args[1]), size(args, 2));
                break;
            case "lab08":
                lab08();
                break;
            case "rerun":
                rerun(args.length > 1 ? Integer.parseInt(args[1]) : 5);
                break;
            default:
                throw new IllegalArgumentException("unknown mode '" + mode + "': use layerwise, "
                        + "autograd, export, lab08 or rerun");
        }
    }

    private static int size(String[] args, int index) {
        return args.length > index ? Integer.parseInt(args[index]) : 1000;
    }

    private static void layerwise(int n) {
        Matrix inputs = inputs(n);
        try (Mlp network = BENCH_NETWORK.build()) {
            double[] times = timeLayerwise(network, inputs);
            print("layerwise N=%d %s: first call %.3f s, median of 3 %.3f s (min %.3f, max %.3f);"
                    + " peak RSS %s", n, network, times[0], times[2], times[1], times[3],
                    peakRss());
        }
    }

    /** First call, then min, median and max of three more. */
    private static double[] timeLayerwise(Mlp network, Matrix inputs) {
        long start = System.nanoTime();
        EmpiricalNtk.trace(network, inputs);
        double first = seconds(start);
        double[] times = new double[3];
        for (int r = 0; r < times.length; r++) {
            start = System.nanoTime();
            EmpiricalNtk.trace(network, inputs);
            times[r] = seconds(start);
        }
        Arrays.sort(times);
        return new double[] {first, times[0], times[1], times[2]};
    }

    private static void autograd(int n) {
        Matrix inputs = inputs(n);
        try (Mlp network = BENCH_NETWORK.build()) {
            long start = System.nanoTime();
            Matrix autograd = EmpiricalNtk.trace(network, inputs, NtkMethod.AUTOGRAD);
            double seconds = seconds(start);
            String peak = peakRss();
            Matrix layerwise = EmpiricalNtk.trace(network, inputs);
            print("autograd N=%d %s: %.1f s; peak RSS %s; relative difference from layer-wise "
                    + "%.2e", n, network, seconds, peak,
                    EmpiricalNtk.relativeDifference(autograd, layerwise));
        }
    }

    private static void export(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        Matrix inputs = inputs(n);
        try (Mlp network = BENCH_NETWORK.build()) {
            double median = timeLayerwise(network, inputs)[2];
            String meta = String.format(Locale.ROOT, "{\"widths\": %s, \"n\": %d, "
                    + "\"layerwise_seconds\": %.6f}", Arrays.toString(network.widths()), n, median);
            for (int l = 1; l <= network.depth(); l++) {
                double[][] w = network.weights(l);
                double[] flat = new double[w.length * w[0].length];
                for (int i = 0; i < w.length; i++) {
                    System.arraycopy(w[i], 0, flat, i * w[0].length, w[0].length);
                }
                writeFloats(folder.resolve("W" + l + ".f32"), flat);
                writeFloats(folder.resolve("b" + l + ".f32"), network.biases(l));
            }
            writeFloats(folder.resolve("inputs.f32"), rowMajor(inputs));
            writeFloats(folder.resolve("kernel.f32"), rowMajor(EmpiricalNtk.trace(network,
                    inputs)));
            Files.writeString(folder.resolve("meta.json"), meta);
            print("exported weights, %d inputs and the layer-wise kernel to %s", n, folder);
        }
    }

    private static void lab08() {
        long start = System.nanoTime();
        Subset train = StratifiedSampler.randomPerClass(ImageSet.load(Dataset.MNIST,
                Split.TRAIN), 100, 0);
        Subset test = StratifiedSampler.firstPerClass(ImageSet.load(Dataset.MNIST, Split.TEST),
                100);
        long operatorsStart = System.nanoTime();
        LazyToRich.Config config = LazyToRich.config(BENCH_NETWORK,
                        TrainingConfig.sgd(0.02).steps(300).evaluateEvery(25))
                .alphas(0.1, 100).checkpoints(5)
                .compareWith("Gram", GramMatrix.linear(train.points()))
                .compareWith("RBF", GramMatrix.rbf(train.points()));
        double operators = seconds(operatorsStart);
        LazyToRichResult result = LazyToRich.run(config, train, test);
        double total = seconds(start);
        for (String line : result.table().split("\n")) {
            print("%s", line);
        }
        for (LazyToRichResult.Run run : result.runs()) {
            print("alpha %g: seconds %s", run.alpha(), run.seconds());
        }
        print("lab08: data and operators %.1f s (operators %.1f s), total %.1f s; peak RSS %s",
                total - result.runs().stream().mapToDouble(r -> r.seconds().values().stream()
                        .mapToDouble(Double::doubleValue).sum()).sum(), operators, total,
                peakRss());
    }

    private static void rerun(int times) {
        Subset train = StratifiedSampler.randomPerClass(ImageSet.load(Dataset.MNIST,
                Split.TRAIN), 30, 1);
        Subset test = StratifiedSampler.firstPerClass(ImageSet.load(Dataset.MNIST, Split.TEST),
                30);
        Log.verbose(false);
        for (int r = 1; r <= times; r++) {
            LazyToRich.Config config = LazyToRich.config(BENCH_NETWORK,
                            TrainingConfig.sgd(0.02).steps(60))
                    .alphas(0.1, 100).checkpoints(5)
                    .compareWith("Gram", GramMatrix.linear(train.points()));
            LazyToRich.run(config, train, test);
            try (Mlp network = BENCH_NETWORK.build()) {
                EmpiricalNtk.trace(network, train.points(), NtkMethod.AUTOGRAD);
            }
            print("rerun %d: RSS %s, peak %s", r, status("VmRSS"), peakRss());
        }
    }

    private static Matrix inputs(int n) {
        if (n % 10 != 0) {
            throw new IllegalArgumentException("N = " + n + ": give a multiple of 10");
        }
        return StratifiedSampler.firstPerClass(ImageSet.load(Dataset.MNIST, Split.TEST), n / 10)
                .points();
    }

    private static double[] rowMajor(Matrix m) {
        double[] a = new double[m.rows() * m.columns()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.columns(); j++) {
                a[i * m.columns() + j] = m.get(i, j);
            }
        }
        return a;
    }

    private static void writeFloats(Path file, double[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            buffer.putFloat((float) v);
        }
        try (OutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(buffer.array());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String peakRss() {
        return status("VmHWM");
    }

    /** A line of /proc/self/status, e.g. VmHWM (peak resident memory), in MB. */
    private static String status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static void print(String format, Object... values) {
        System.out.println("bench: " + String.format(Locale.ROOT, format, values));
    }
}
