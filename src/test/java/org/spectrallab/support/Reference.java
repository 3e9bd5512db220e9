package org.spectrallab.support;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.data.Subset;

/**
 * The independent reference values (src/test/resources/reference/mnist-public.json) and the
 * MNIST subset they were computed on: the first 20 test images of each digit.
 */
public final class Reference {

    private static JsonObject root;
    private static Subset subset;

    private Reference() {
    }

    /** The whole reference document. */
    public static synchronized JsonObject json() {
        if (root == null) {
            try (InputStream in = Reference.class.getResourceAsStream(
                    "/reference/mnist-public.json")) {
                root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .getAsJsonObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** One block of the document, e.g. "gram" or "knn". */
    public static JsonObject block(String name) {
        return json().getAsJsonObject(name);
    }

    /** The reference subset: first 20 per class of the MNIST test set. */
    public static synchronized Subset subset() {
        if (subset == null) {
            subset = StratifiedSampler.firstPerClass(ImageSet.load(Dataset.MNIST, Split.TEST), 20);
        }
        return subset;
    }

    /** A JSON array of numbers as doubles. */
    public static double[] doubles(JsonElement array) {
        JsonArray a = array.getAsJsonArray();
        double[] values = new double[a.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = a.get(i).getAsDouble();
        }
        return values;
    }

    /** A JSON array of numbers as ints. */
    public static int[] ints(JsonElement array) {
        JsonArray a = array.getAsJsonArray();
        int[] values = new int[a.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = a.get(i).getAsInt();
        }
        return values;
    }

    /** A JSON array of arrays as a matrix of doubles. */
    public static double[][] matrix(JsonElement array) {
        JsonArray a = array.getAsJsonArray();
        double[][] rows = new double[a.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = doubles(a.get(i));
        }
        return rows;
    }
}
