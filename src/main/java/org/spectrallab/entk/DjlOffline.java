package org.spectrallab.entk;

import java.util.Map;
import java.util.Properties;

/**
 * Keeps DJL off the network. Every path in this package that creates a DJL engine or
 * NDManager goes through {@link #ensure()} first; this class itself touches no DJL class.
 *
 * <p>Why: when DJL's engine starts, {@code ai.djl.util.Ec2Utils.callHome} sends HTTP
 * requests (to a cloud metadata address and a telemetry host) unless
 * offline mode or the tracking opt-out is on. DJL 0.36.0 reads them as follows
 * ({@code ai.djl.util.Utils}):
 * <ul>
 *   <li>offline: environment {@code DJL_OFFLINE} if set, else system property
 *       {@code ai.djl.offline};</li>
 *   <li>opt-out: environment {@code OPT_OUT_TRACKING} if set, else the system property of
 *       the same name ({@code Utils.getEnvOrSystemProperty}): DJL does honour it as a
 *       system property, but an environment value wins;</li>
 *   <li>{@code PYTORCH_VERSION} (environment or property) makes DJL look for a PyTorch
 *       other than the one bundled in the pytorch-native-cpu jar, i.e. download it.</li>
 * </ul>
 * So {@link #ensure()} sets {@code ai.djl.offline=true} and, when the environment does not
 * say otherwise, the system property {@code OPT_OUT_TRACKING=true}; it refuses to continue
 * when the environment or an explicit property would switch either off, or when
 * {@code PYTORCH_VERSION} is set. It also sets one PyTorch thread for intra- and inter-op
 * work unless the user chose otherwise (steady timings on small shared machines).
 */
public final class DjlOffline {

    static final String OFFLINE_PROPERTY = "ai.djl.offline";
    static final String OFFLINE_ENVIRONMENT = "DJL_OFFLINE";
    static final String TRACKING = "OPT_OUT_TRACKING";
    static final String PYTORCH_VERSION = "PYTORCH_VERSION";
    static final String THREADS = "ai.djl.pytorch.num_threads";
    static final String INTEROP_THREADS = "ai.djl.pytorch.num_interop_threads";

    /** Set once the switches are in force; DJL reads them when its engine starts. */
    private static boolean ensured;

    private DjlOffline() {
    }

    /**
     * Puts DJL's offline mode and tracking opt-out in force; call before any DJL class is
     * initialised. Idempotent.
     *
     * @throws IllegalStateException when the environment or a system property would let DJL
     *     reach the network, naming the setting and how to fix it
     */
    public static synchronized void ensure() {
        if (ensured) {
            return;
        }
        String problem = problem(System.getenv(), System.getProperties());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        System.setProperty(OFFLINE_PROPERTY, "true");
        if (System.getenv(TRACKING) == null) {
            System.setProperty(TRACKING, "true");
        }
        setIfAbsent(THREADS, "1");
        setIfAbsent(INTEROP_THREADS, "1");
        ensured = true;
    }

    /**
     * What in the given environment and properties would let DJL reach the network, or
     * null when nothing would once {@link #ensure()} has set its properties.
     */
    static String problem(Map<String, String> environment, Properties properties) {
        String offlineEnvironment = environment.get(OFFLINE_ENVIRONMENT);
        if (offlineEnvironment != null && !isTrue(offlineEnvironment)) {
            return "the environment sets " + OFFLINE_ENVIRONMENT + "=" + offlineEnvironment
                    + ", which turns DJL's offline mode off and lets it reach the network: "
                    + "unset it or set it to true";
        }
        String offlineProperty = properties.getProperty(OFFLINE_PROPERTY);
        if (offlineProperty != null && !isTrue(offlineProperty)) {
            return "the system property " + OFFLINE_PROPERTY + "=" + offlineProperty
                    + " turns DJL's offline mode off: remove -D" + OFFLINE_PROPERTY
                    + " or set it to true";
        }
        String tracking = environment.get(TRACKING);
        if (tracking != null && !isTrue(tracking)) {
            return "the environment sets " + TRACKING + "=" + tracking + ", which lets DJL "
                    + "call home to a cloud metadata address and a telemetry host: unset it or export "
                    + TRACKING + "=true";
        }
        String trackingProperty = properties.getProperty(TRACKING);
        if (tracking == null && trackingProperty != null && !isTrue(trackingProperty)) {
            return "the system property " + TRACKING + "=" + trackingProperty + " lets DJL "
                    + "call home: remove -D" + TRACKING + " or set it to true";
        }
        String version = environment.getOrDefault(PYTORCH_VERSION,
                properties.getProperty(PYTORCH_VERSION));
        if (version != null) {
            return PYTORCH_VERSION + "=" + version + " is set, which makes DJL download "
                    + "PyTorch instead of using the one bundled in the kit's "
                    + "pytorch-native-cpu jar: unset it";
        }
        return null;
    }

    /** The way DJL reads these switches: {@link Boolean#parseBoolean}, no trimming. */
    private static boolean isTrue(String value) {
        return Boolean.parseBoolean(value);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
