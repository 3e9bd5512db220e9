package org.spectrallab.entk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a multilayer perceptron is: its widths, activation, initialisation, precision and
 * seed. Immutable; each {@code with}-style method returns a changed copy, and
 * {@link #build()} makes a network, the same weights every time for the same spec.
 *
 * <p>Example: {@code MlpSpec.of(784, 256, 256, 10).activation(Activation.TANH).seed(7)} is
 * two hidden layers of 256 tanh units on 784 inputs with 10 outputs. Defaults: ReLU,
 * {@link Initialisation#defaultFor the initialisation suited to the activation}, FLOAT32,
 * seed 0.
 */
public final class MlpSpec {

    private final int[] widths;
    private final Activation activation;
    private final Initialisation initialisation;
    private final Precision precision;
    private final long seed;

    private MlpSpec(int[] widths, Activation activation, Initialisation initialisation,
                    Precision precision, long seed) {
        this.widths = widths;
        this.activation = Objects.requireNonNull(activation, "activation");
        this.initialisation = initialisation;
        this.precision = Objects.requireNonNull(precision, "precision");
        this.seed = seed;
    }

    /**
     * A network with the given widths: inputs, then each hidden layer, then outputs.
     *
     * @throws IllegalArgumentException with fewer than two widths or a width below 1
     */
    public static MlpSpec of(int... widths) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("got " + widths.length + " width(s) "
                    + Arrays.toString(widths) + ": give at least the input and output widths, "
                    + "e.g. MlpSpec.of(784, 64, 10)");
        }
        for (int l = 0; l < widths.length; l++) {
            if (widths[l] < 1) {
                throw new IllegalArgumentException("width " + l + " is " + widths[l]
                        + " in " + Arrays.toString(widths) + ": every layer needs at least 1 unit");
            }
        }
        return new MlpSpec(widths.clone(), Activation.RELU, null, Precision.FLOAT32, 0);
    }

    /** The same spec with another activation. */
    public MlpSpec activation(Activation newActivation) {
        return new MlpSpec(widths, newActivation, initialisation, precision, seed);
    }

    /** The same spec with another initialisation. */
    public MlpSpec initialisation(Initialisation newInitialisation) {
        return new MlpSpec(widths, activation, Objects.requireNonNull(newInitialisation,
                "initialisation"), precision, seed);
    }

    /** The same spec with another precision. */
    public MlpSpec precision(Precision newPrecision) {
        return new MlpSpec(widths, activation, initialisation, newPrecision, seed);
    }

    /** The same spec with another seed. */
    public MlpSpec seed(long newSeed) {
        return new MlpSpec(widths, activation, initialisation, precision, newSeed);
    }

    /** A new network; close it (try-with-resources) to free its native memory. */
    public Mlp build() {
        return new Mlp(this);
    }

    /** Inputs, hidden widths, outputs. */
    public int[] widths() {
        return widths.clone();
    }

    /** The number of dense layers L (hidden layers + 1). */
    public int depth() {
        return widths.length - 1;
    }

    /** The activation after every hidden layer. */
    public Activation activation() {
        return activation;
    }

    /** The initialisation, the activation's default unless one was chosen. */
    public Initialisation initialisation() {
        return initialisation != null ? initialisation : Initialisation.defaultFor(activation);
    }

    /** The precision the network computes in. */
    public Precision precision() {
        return precision;
    }

    /** The seed of the weights. */
    public long seed() {
        return seed;
    }

    /** The number of weights and biases, sum over layers of (n_in + 1) n_out. */
    public long parameterCount() {
        long count = 0;
        for (int l = 1; l < widths.length; l++) {
            count += (long) (widths[l - 1] + 1) * widths[l];
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MlpSpec)) {
            return false;
        }
        MlpSpec that = (MlpSpec) other;
        return Arrays.equals(widths, that.widths) && activation == that.activation
                && initialisation() == that.initialisation() && precision == that.precision
                && seed == that.seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(widths), activation, initialisation(), precision,
                seed);
    }

    /** E.g. "MLP 784-256-10, relu, he_normal, float32, seed 0". */
    @Override
    public String toString() {
        return "MLP " + Arrays.stream(widths).mapToObj(String::valueOf)
                .collect(Collectors.joining("-")) + ", "
                + activation.name().toLowerCase(Locale.ROOT) + ", "
                + initialisation().name().toLowerCase(Locale.ROOT) + ", "
                + precision.name().toLowerCase(Locale.ROOT) + ", seed " + seed;
    }
}
