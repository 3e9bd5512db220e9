package org.spectrallab.entk.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.la4j.Matrix;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.data.Subset;
import org.spectrallab.entk.EmpiricalNtk;
import org.spectrallab.entk.LazyToRich;
import org.spectrallab.entk.Mlp;
import org.spectrallab.entk.MlpSpec;
import org.spectrallab.entk.NtkMethod;
import org.spectrallab.entk.TrainingConfig;
import org.spectrallab.entk.TrainingSession;

/**
 * Runs eNTK work with a JVM-wide recorder of network attempts and fails if any was made;
 * scripts/offline-check.sh runs it inside a network namespace with loopback only.
 *
 * <p>The recorder is the default {@link ProxySelector}, which Java consults before every
 * URL connection and every socket it opens through the standard classes (DJL's call home
 * uses {@code URL.openConnection}). A control connection to 127.0.0.1 first proves that
 * the recorder sees attempts. Nothing here sets DJL's offline switches: the kit's own
 * guard must. Exit status 0 when the only attempt seen is the control, 1 otherwise.
 */
public final class OfflineCheck {

    private static final String CONTROL = "http://127.0.0.1:9/offline-check-control";

    private OfflineCheck() {
    }

    public static void main(String[] args) {
        List<String> attempts = new ArrayList<>();
        ProxySelector.setDefault(new Recorder(attempts));
        control();
        if (!attempts.contains(CONTROL)) {
            System.out.println("offline-check: FAILED: the recorder did not see the control "
                    + "connection, so it cannot vouch for anything");
            System.exit(1);
        }
        entkWork();
        List<String> others = new ArrayList<>(attempts);
        others.remove(CONTROL);
        System.out.println("offline-check: ai.djl.offline=" + System.getProperty("ai.djl.offline")
                + ", OPT_OUT_TRACKING=" + (System.getenv("OPT_OUT_TRACKING") != null
                ? System.getenv("OPT_OUT_TRACKING") + " (environment)"
                : System.getProperty("OPT_OUT_TRACKING") + " (system property)"));
        if (others.isEmpty()) {
            System.out.println("offline-check: PASSED: eNTK work made no network attempt "
                    + "(the control attempt to 127.0.0.1 was seen)");
            System.exit(0);
        }
        System.out.println("offline-check: FAILED: network attempts " + others);
        System.exit(1);
    }

    /** One attempt to a closed loopback port, which the recorder must see. */
    private static void control() {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(CONTROL).openConnection();
            connection.setConnectTimeout(500);
            connection.getResponseCode();
        } catch (IOException expected) {
            // refused or unreachable: only the attempt matters
        }
    }

    /** Engine start, both eNTK methods, training and the lazy-to-rich experiment. */
    private static void entkWork() {
        Subset train = StratifiedSampler.randomPerClass(ImageSet.load(Dataset.MNIST,
                Split.TRAIN), 5, 1);
        Subset test = StratifiedSampler.firstPerClass(ImageSet.load(Dataset.MNIST, Split.TEST),
                5);
        Matrix inputs = train.points();
        try (Mlp network = MlpSpec.of(784, 32, 10).build()) {
            double difference = EmpiricalNtk.relativeDifference(
                    EmpiricalNtk.trace(network, inputs, NtkMethod.AUTOGRAD),
                    EmpiricalNtk.trace(network, inputs));
            System.out.println("offline-check: eNTK on " + inputs.rows() + " inputs, methods "
                    + "differ by " + difference);
            try (TrainingSession session = new TrainingSession(network, train, test,
                    TrainingConfig.adam(0.01).steps(5))) {
                session.trainToEnd();
            }
        }
        LazyToRich.run(LazyToRich.config(MlpSpec.of(784, 16, 10),
                TrainingConfig.sgd(0.02).steps(4)).checkpoints(2), train, test);
        System.out.println("offline-check: training and the lazy-to-rich experiment ran");
    }

    /** Records the URI of every connection Java is about to open, and proxies none. */
    private static final class Recorder extends ProxySelector {
        private final List<String> attempts;

        Recorder(List<String> attempts) {
            this.attempts = attempts;
        }

        @Override
        public synchronized List<Proxy> select(URI uri) {
            attempts.add(uri.toString());
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
            // the attempt was already recorded in select
        }
    }
}
