package org.spectrallab.entk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Train and test curves: loss and accuracy of the trained model at the evaluated steps.
 * Each series is an array with one entry per evaluation, ready to plot against
 * {@link #steps()} or {@link #epochs()}. Test entries are NaN when no test set was given.
 */
public final class TrainingHistory {

    /** One evaluation. */
    public record Point(int step, double epoch, double trainLoss, double trainAccuracy,
                        double testLoss, double testAccuracy, double seconds) {
    }

    private final List<Point> points = new ArrayList<>();

    void add(Point point) {
        points.add(point);
    }

    /** The evaluations in order. */
    public List<Point> points() {
        return List.copyOf(points);
    }

    /** The last evaluation. */
    public Point last() {
        if (points.isEmpty()) {
            throw new IllegalStateException("nothing has been evaluated yet: train first");
        }
        return points.get(points.size() - 1);
    }

    /** Steps at which the model was evaluated. */
    public double[] steps() {
        return points.stream().mapToDouble(Point::step).toArray();
    }

    /** Epochs (passes over the training set) at the evaluations. */
    public double[] epochs() {
        return points.stream().mapToDouble(Point::epoch).toArray();
    }

    /** Training loss at the evaluations. */
    public double[] trainLoss() {
        return points.stream().mapToDouble(Point::trainLoss).toArray();
    }

    /** Training accuracy (fraction correct) at the evaluations. */
    public double[] trainAccuracy() {
        return points.stream().mapToDouble(Point::trainAccuracy).toArray();
    }

    /** Test loss at the evaluations. */
    public double[] testLoss() {
        return points.stream().mapToDouble(Point::testLoss).toArray();
    }

    /** Test accuracy at the evaluations. */
    public double[] testAccuracy() {
        return points.stream().mapToDouble(Point::testAccuracy).toArray();
    }

    /** A table, one line per evaluation. */
    @Override
    public String toString() {
        StringBuilder table = new StringBuilder(
                "  step   epoch  train loss  train acc   test loss   test acc\n");
        for (Point p : points) {
            table.append(String.format(Locale.ROOT, "%6d %7.2f %11.5f %10.4f %11.5f %10.4f%n",
                    p.step(), p.epoch(), p.trainLoss(), p.trainAccuracy(), p.testLoss(),
                    p.testAccuracy()));
        }
        return table.toString();
    }
}
