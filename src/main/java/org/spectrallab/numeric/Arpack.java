package org.spectrallab.numeric;

import static org.bytedeco.arpackng.global.arpack.dsaupd_c;
import static org.bytedeco.arpackng.global.arpack.dseupd_c;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A few eigenpairs of a large symmetric operator by ARPACK's implicitly restarted Lanczos
 * method (Lehoucq, Sorensen and Yang, ARPACK Users' Guide, 1998), native code from
 * org.bytedeco:arpack-ng.
 *
 * <p>Only the operator's action y = A x is needed. ARPACK keeps global state, so solves are
 * serialised: two threads never run one at the same time. The starting vector is drawn
 * from a fixed seed, so the same operator gives the same eigenvectors on every run.
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
     * @param tolerance relative accuracy of the Ritz values; 0 means machine precision
     * @return eigenvalues (ARPACK's order) and eigenvectors as columns, row-major n x count
     * @throws IllegalStateException when the iteration does not converge
     */
    public static RawEigenpairs solve(int n, LinearOperator operator, int count, End end,
                                      double tolerance) {
        if (count < 1 || count >= n) {
            throw new IllegalArgumentException("ARPACK needs 1 <= count < n, got count = "
                    + count + " for n = " + n + "; use the dense solver for that many");
        }
        synchronized (GLOBAL_STATE) {
            return new Run(n, operator, count, end, tolerance).iterate().extract();
        }
    }

    /** One reverse-communication run: the work arrays and the loop around dsaupd. */
    private static final class Run {
        private final int n;
        private final LinearOperator operator;
        private final int count;
        private final int basisSize;
        private final int maxIterations;
        private final double tolerance;
        private final byte[] which;
        private final byte[] standard = cString("I");
        private final int[] ido = {0};
        private final int[] info = {1};
        private final int[] iparam = new int[11];
        private final int[] ipntr = new int[14];
        private final double[] residual;
        private final double[] basis;
        private final double[] workd;
        private final double[] workl;

        Run(int n, LinearOperator operator, int count, End end, double tolerance) {
            this.n = n;
            this.operator = operator;
            this.count = count;
            this.basisSize = Math.min(n, Math.max(2 * count + 1, 20));
            this.maxIterations = Math.max(1000, 10 * n);
            this.tolerance = tolerance;
            this.which = cString(end.code);
            this.residual = startingVector(n);
            this.basis = new double[Math.multiplyExact(n, basisSize)];
            this.workd = new double[3 * n];
            this.workl = new double[basisSize * (basisSize + 8)];
            iparam[0] = 1;
            iparam[2] = maxIterations;
            iparam[6] = 1;
        }

        Run iterate() {
            while (true) {
                dsaupd_c(ido, standard, n, which, count, tolerance, residual, basisSize, basis,
                        n, iparam, ipntr, workd, workl, workl.length, info);
                if (ido[0] != 1 && ido[0] != -1) {
                    break;
                }
                operator.apply(workd, ipntr[0] - 1, workd, ipntr[1] - 1);
            }
            if (info[0] == 1) {
                throw new IllegalStateException("ARPACK did not converge in " + maxIterations
                        + " restarts (" + iparam[4] + " of " + count + " eigenpairs converged); "
                        + "ask for fewer eigenpairs or use the dense solver");
            }
            if (info[0] < 0) {
                throw new IllegalStateException("ARPACK dsaupd failed with info = " + info[0]
                        + " for n = " + n + ", count = " + count);
            }
            return this;
        }

        RawEigenpairs extract() {
            double[] values = new double[count];
            double[] columnMajor = new double[Math.multiplyExact(n, count)];
            int[] select = new int[basisSize];
            int[] status = {0};
            dseupd_c(1, cString("A"), select, values, columnMajor, n, 0.0, standard, n, which,
                    count, tolerance, residual, basisSize, basis, n, iparam, ipntr, workd, workl,
                    workl.length, status);
            if (status[0] != 0) {
                throw new IllegalStateException("ARPACK dseupd failed with info = " + status[0]);
            }
            double[] rowMajor = new double[columnMajor.length];
            for (int j = 0; j < count; j++) {
                for (int i = 0; i < n; i++) {
                    rowMajor[i * count + j] = columnMajor[j * n + i];
                }
            }
            return new RawEigenpairs(values, rowMajor, n, count);
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

    private static byte[] cString(String s) {
        return (s + "\0").getBytes(StandardCharsets.US_ASCII);
    }
}
