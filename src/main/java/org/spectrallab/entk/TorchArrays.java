package org.spectrallab.entk;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Moves numbers between plain row-major {@code double[]} and DJL NDArrays. */
final class TorchArrays {

    private TorchArrays() {
    }

    /** A rows x columns array in the given precision, owned by {@code manager}. */
    static NDArray matrix(NDManager manager, double[] rowMajor, int rows, int columns,
                          Precision precision) {
        return create(manager, rowMajor, new Shape(rows, columns), precision);
    }

    /** A vector in the given precision, owned by {@code manager}. */
    static NDArray vector(NDManager manager, double[] values, Precision precision) {
        return create(manager, values, new Shape(values.length), precision);
    }

    /** An array of any shape from row-major values, owned by {@code manager}. */
    static NDArray create(NDManager manager, double[] values, Shape shape,
                          Precision precision) {
        if (precision == Precision.FLOAT64) {
            return manager.create(values, shape);
        }
        return manager.create(toFloats(values), shape);
    }

    /** The array's values as doubles (row-major); any temporary lives in its manager. */
    static double[] doubles(NDArray array) {
        if (array.getDataType() == DataType.FLOAT64) {
            return array.toDoubleArray();
        }
        return array.toType(DataType.FLOAT64, false).toDoubleArray();
    }

    /** Temporarily moves the arrays into a new sub-manager of their own manager. */
    static NDManager scopeOver(List<NDArray> arrays) {
        NDManager scope = arrays.get(0).getManager().newSubManager();
        scope.tempAttachAll(arrays.toArray(new NDArray[0]));
        return scope;
    }

    /**
     * Runs {@code work} with the arrays temporarily in a new sub-manager, so that every
     * array it creates from them is freed when it returns, and the arrays go back home.
     */
    static <T> T inScope(List<NDArray> arrays, Function<NDManager, T> work) {
        try (NDManager scope = scopeOver(arrays)) {
            return work.apply(scope);
        }
    }

    /** As {@link #inScope}, for work that returns nothing. */
    static void runInScope(List<NDArray> arrays, Consumer<NDManager> work) {
        try (NDManager scope = scopeOver(arrays)) {
            work.accept(scope);
        }
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }
}
