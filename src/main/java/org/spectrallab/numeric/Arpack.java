package org.spectrallab.numeric;

import static org.bytedeco.arpackng.global.arpack.dsaupd_c;
import static org.bytedeco.arpackng.global.arpack.dseupd_c;

import java.util.Random;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * A few eigenpairs of a large symmetric operator by ARPACK's implicitly restarted Lanczos
 * method (Lehoucq, Sorensen and Yang, ARPACK Users' Guide, 1998), native code from
 * org.bytedeco:arpack-ng.
 *
 * <p>Only the operator's action y = A x is needed. ARPACK keeps global state, so solves are
 * serialised: two threads never run one at the same time. The starting vector is drawn
 * from a fixed seed, so the same operator gives the same eigenvectors on every run.
 *
 * <p>The tolerance is always handed to ARPACK as an explicit positive number. ARPACK's
 * own default (tol &lt;= 0 meaning machine precision) does not survive arpack-ng's C
 * binding: {@code dsaupd_c} takes tol by value and dsaupd replaces a zero by
 * dlamch('EpsMach') only on its first call, so every later reverse-communication call
 * tests convergence against tol = 0 again. The iteration then runs until the Ritz
 * estimates happen to vanish exactly: on a 10,000-point kNN Laplacian, 1119 products for
 * 20 pairs instead of 354, erratically with the basis size.
 */
public final class Arpack {

    /** Which end of the spectrum to compute. */
    public enum End {
        /** The algebraically smallest eigenvalues ("SA"). */
        SMALLEST("SA"),
        /** The algebraically largest eigenvalues ("LA"). */
        LARGEST("LA");

        private final String code;

        End(String code) {
            this.code = code;
        }
    }

    /** LAPACK's dlamch('E'), 2^-53: the relative accuracy a tolerance of 0 stands for. */
    public static final double MACHINE_PRECISION = 0x1p-53;

    private static final Object GLOBAL_STATE = new Object();
    private static final long START_SEED = 20_261_204L;

    private Arpack() {
    }

    /**
     * The {@code count} eigenpairs at one end of the spectrum of a symmetric operator.
     *
     * @param n the operator's size; needs count &lt; n
     * @param operator y = A x
     * @param count how many eigenpairs
     * @param end which end of the spectrum
     * @param tolerance relative accuracy of the Ritz values (ARPACK's test: Ritz estimate
     *     &lt;= tolerance * max(eps^(2/3), |Ritz value|)); 0 means
     *     {@link #MACHINE_PRECISION}
     * @return eigenvalues (ARPACK's order) and eigenvectors as columns, row-major n x count
     * @throws IllegalStateException when the iteration does not converge
     */
    public static RawEigenpairs solve(int n, LinearOperator operator, int count, End end,
                                      double tolerance) {
        if (count < 1 || count >= n) {
            throw new IllegalArgumentException("ARPACK needs 1 <= count < n, got count = "
                    + count + " for n = " + n + "; use the dense solver for that many");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("ARPACK's tolerance must be finite and >= 0, got "
                    + tolerance + "; pass 0 for machine precision");
        }
        double explicitTolerance = tolerance == 0 ? MACHINE_PRECISION : tolerance;
        synchronized (GLOBAL_STATE) {
            try (Run run = new Run(n, operator, count, end, explicitTolerance)) {
                return run.iterate().extract();
            }
        }
    }

    /**
     * One reverse-communication run: the loop around dsaupd. The work arrays live in native
     * memory, so each of the hundreds of calls passes pointers instead of copying megabytes
     * of Java arrays in and out; only the vector being multiplied crosses over.
     */
    private static final class Run implements AutoCloseable {
        private final int n;
        private final LinearOperator operator;
        private final int count;
        private final int basisSize;
        private final int maxIterations;
        private final double tolerance;
        private final BytePointer which;
        private final BytePointer standard = new BytePointer("I");
        private final IntPointer ido = new IntPointer(1L);
        private final IntPointer info = new IntPointer(1L);
        private final IntPointer iparam = new IntPointer(11L);
        private final IntPointer ipntr = new IntPointer(14L);
        private final DoublePointer residual;
        private final DoublePointer basis;
        private final DoublePointer workd;
        private final DoublePointer workl;
        private final int worklLength;
        private final double[] x;
        private final double[] y;

        Run(int n, LinearOperator operator, int count, End end, double tolerance) {
            this.n = n;
            this.operator = operator;
            this.count = count;
            this.basisSize = Math.min(n, Math.max(2 * count + 1, 20));
            this.maxIterations = Math.max(1000, 10 * n);
            this.tolerance = tolerance;
            this.which = new BytePointer(end.code);
            this.residual = new DoublePointer(startingVector(n));
            this.basis = new DoublePointer((long) n * basisSize);
            this.workd = new DoublePointer(3L * n);
            this.worklLength = basisSize * (basisSize + 8);
            this.workl = new DoublePointer((long) worklLength);
            this.x = new double[n];
            this.y = new double[n];
            ido.put(0);
            info.put(1);
            iparam.put(new int[] {1, 0, maxIterations, 1, 0, 0, 1, 0, 0, 0, 0});
        }

        Run iterate() {
            while (true) {
                dsaupd_c(ido, standard, n, which, count, tolerance, residual, basisSize, basis,
                        n, iparam, ipntr, workd, workl, worklLength, info);
                if (ido.get() != 1 && ido.get() != -1) {
                    break;
                }
                workd.position(ipntr.get(0) - 1).get(x);
                operator.apply(x, 0, y, 0);
                workd.position(ipntr.get(1) - 1).put(y);
                workd.position(0);
            }
            if (info.get() == 1) {
                throw new IllegalStateException("ARPACK did not converge in " + maxIterations
                        + " restarts (" + iparam.get(4) + " of " + count + " eigenpairs "
                        + "converged); ask for fewer eigenpairs or use the dense solver");
            }
            if (info.get() < 0) {
                throw new IllegalStateException("ARPACK dsaupd failed with info = " + info.get()
                        + " for n = " + n + ", count = " + count);
            }
            return this;
        }

        RawEigenpairs extract() {
            double[] values = new double[count];
            double[] columnMajor = new double[Math.multiplyExact(n, count)];
            try (DoublePointer valuesOut = new DoublePointer((long) count);
                 DoublePointer vectorsOut = new DoublePointer((long) n * count);
                 IntPointer select = new IntPointer((long) basisSize);
                 IntPointer status = new IntPointer(1L);
                 BytePointer all = new BytePointer("A")) {
                status.put(0);
                dseupd_c(1, all, select, valuesOut, vectorsOut, n, 0.0, standard, n, which,
                        count, tolerance, residual, basisSize, basis, n, iparam, ipntr, workd,
                        workl, worklLength, status);
                if (status.get() != 0) {
                    throw new IllegalStateException("ARPACK dseupd failed with info = "
                            + status.get());
                }
                valuesOut.get(values);
                vectorsOut.get(columnMajor);
            }
            double[] rowMajor = new double[columnMajor.length];
            for (int j = 0; j < count; j++) {
                for (int i = 0; i < n; i++) {
                    rowMajor[i * count + j] = columnMajor[j * n + i];
                }
            }
            return new RawEigenpairs(values, rowMajor, n, count);
        }

        @Override
        public void close() {
            for (Pointer p : new Pointer[] {which, standard, ido, info, iparam, ipntr, residual,
                basis, workd, workl}) {
                p.close();
            }
        }
    }

    private static double[] startingVector(int n) {
        Random random = new Random(START_SEED);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble() - 0.5;
        }
        return v;
    }
}
