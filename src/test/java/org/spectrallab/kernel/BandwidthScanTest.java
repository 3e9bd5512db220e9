package org.spectrallab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.matrix.dense.Basic2DMatrix;

/**
 * The Berry-Giannakis-Harlim scan on point sets of known dimension. Twice the steepest slope
 * estimates the dimension with a bias of a few tenths: on a closed curved manifold the slope
 * overshoots d/2 where the kernel starts to see all of it (exactly, for the circle, the
 * slope is x (1 - I_1(x) / I_0(x)) with x = 2 / eps, above 1/2 for every x and 0.60 at its
 * peak), so the circle reads 1.2 and the torus 2.4. Rounded, as the rule is used, the
 * estimate is the dimension.
 */
class BandwidthScanTest {

    private static Matrix circle(int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double theta = 2 * Math.PI * i / n;
            rows[i] = new double[] {Math.cos(theta), Math.sin(theta), 0};
        }
        return new Basic2DMatrix(rows);
    }

    private static Matrix flatTorus(int side) {
        double[][] rows = new double[side * side][];
        for (int a = 0; a < side; a++) {
            for (int b = 0; b < side; b++) {
                double u = 2 * Math.PI * a / side;
                double v = 2 * Math.PI * b / side;
                rows[a * side + b] = new double[] {Math.cos(u), Math.sin(u), Math.cos(v),
                    Math.sin(v)};
            }
        }
        return new Basic2DMatrix(rows);
    }

    @Test
    void estimatesDimensionOneOnACircle() {
        BandwidthScan scan = BandwidthScan.of(circle(400));
        assertEquals(1, Math.round(scan.dimension()), scan.toString());
        assertEquals(1.2, scan.dimension(), 0.05, "the curvature bias of the circle");
    }

    @Test
    void estimatesDimensionTwoOnATorus() {
        BandwidthScan scan = BandwidthScan.of(flatTorus(24));
        assertEquals(2, Math.round(scan.dimension()), scan.toString());
    }

    @Test
    void chosenBandwidthIsWhereTheSlopeIsSteepest() {
        BandwidthScan scan = BandwidthScan.of(circle(200));
        double[] slopes = scan.slopes();
        double[] midpoints = scan.midpoints();
        int steepest = 0;
        for (int g = 1; g < slopes.length; g++) {
            steepest = slopes[g] > slopes[steepest] ? g : steepest;
        }
        assertEquals(midpoints[steepest], scan.eps(), 0);
        assertEquals(slopes[steepest], scan.slope(), 0);
        assertTrue(slopes[0] < 0.05 && slopes[slopes.length - 1] < 0.05,
                "the slope falls to 0 at both ends of the grid");
    }

    @Test
    void bandwidthRuleGivesTheScansChoice() {
        Matrix points = flatTorus(10);
        assertEquals(BandwidthScan.of(points).eps(), Bandwidth.berryGiannakisHarlim(points), 0);
    }

    @Test
    void heatTimeConventionMakesTheSameKernel() {
        double t = 2.5;
        double squaredDistance = 7;
        assertEquals(Math.exp(-squaredDistance / (4 * t)),
                Math.exp(-squaredDistance / Bandwidth.fromHeatTime(t)), 1e-15);
    }
}
