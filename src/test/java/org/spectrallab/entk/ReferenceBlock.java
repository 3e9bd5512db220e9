package org.spectrallab.entk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.la4j.Matrix;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.data.Subset;
import org.spectrallab.numeric.DenseArrays;

/**
 * The {@code entk} block of src/test/resources/reference/mnist-public.json: an MLP
 * y = W2 relu(W1 x + b1) + b2 (784 -> 64 -> 10, float64) with given weights, evaluated by
 * functorch on the first 32 rows of the first-20-per-class MNIST test subset.
 */
final class ReferenceBlock {

    private static JsonObject block;

    private ReferenceBlock() {
    }

    static synchronized JsonObject block() {
        if (block == null) {
            String path = "/reference/mnist-public.json";
            try (InputStream in = ReferenceBlock.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is not on the test class path");
                }
                JsonObject all = JsonParser.parseReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
                block = all.getAsJsonObject("entk");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return block;
    }

    /** The reference network with its given weights, in float64. */
    static Mlp network() {
        Mlp mlp = MlpSpec.of(784, 64, 10).precision(Precision.FLOAT64).build();
        mlp.setWeights(1, matrix("W1"));
        mlp.setBiases(1, vector("b1"));
        mlp.setWeights(2, matrix("W2"));
        mlp.setBiases(2, vector("b2"));
        return mlp;
    }

    /** The 32 inputs: the first 32 rows of the first-20-per-class MNIST test subset. */
    static Matrix inputs() {
        Subset subset = StratifiedSampler.firstPerClass(
                ImageSet.load(Dataset.MNIST, Split.TEST), 20);
        return subset.points().copyOfShape(32, 784);
    }

    static Matrix asMatrix(String name) {
        double[][] rows = matrix(name);
        double[] flat = new double[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * rows[0].length, rows[0].length);
        }
        return DenseArrays.matrix(rows.length, rows[0].length, flat);
    }

    static double[][] matrix(String name) {
        JsonArray rows = block().getAsJsonArray(name);
        double[][] values = new double[rows.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = toArray(rows.get(i).getAsJsonArray());
        }
        return values;
    }

    static double[] vector(String name) {
        return toArray(block().getAsJsonArray(name));
    }

    private static double[] toArray(JsonArray array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsDouble();
        }
        return values;
    }
}
