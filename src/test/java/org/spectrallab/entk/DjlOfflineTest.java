package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The guard that keeps DJL off the network. */
class DjlOfflineTest {

    @Test
    void nothingSetIsFixedByTheGuard() {
        assertNull(DjlOffline.problem(Map.of(), new Properties()));
    }

    @Test
    void trackingSwitchedOnInTheEnvironmentIsRefused() {
        String problem = DjlOffline.problem(Map.of("OPT_OUT_TRACKING", "false"),
                new Properties());
        assertTrue(problem.contains("OPT_OUT_TRACKING=false") && problem.contains("=true"),
                problem);
    }

    @Test
    void offlineSwitchedOffInTheEnvironmentIsRefused() {
        String problem = DjlOffline.problem(Map.of("DJL_OFFLINE", "no"), new Properties());
        assertTrue(problem.contains("DJL_OFFLINE=no"), problem);
    }

    @Test
    void offlinePropertySwitchedOffIsRefused() {
        Properties properties = new Properties();
        properties.setProperty("ai.djl.offline", "false");
        String problem = DjlOffline.problem(Map.of(), properties);
        assertTrue(problem.contains("ai.djl.offline=false"), problem);
    }

    @Test
    void pytorchVersionIsRefused() {
        String problem = DjlOffline.problem(Map.of("PYTORCH_VERSION", "2.5.1"),
                new Properties());
        assertTrue(problem.contains("PYTORCH_VERSION=2.5.1") && problem.contains("unset"),
                problem);
    }

    @Test
    void engineStartedByTheKitRunsOffline() {
        try (Mlp network = MlpSpec.of(4, 2).build()) {
            assertEquals(2, network.outputWidth());
            assertEquals("true", System.getProperty("ai.djl.offline"));
            String tracking = System.getenv("OPT_OUT_TRACKING") != null
                    ? System.getenv("OPT_OUT_TRACKING") : System.getProperty("OPT_OUT_TRACKING");
            assertEquals("true", tracking);
        }
    }
}
