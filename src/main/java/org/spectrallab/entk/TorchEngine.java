package org.spectrallab.entk;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

/**
 * The one door to DJL's PyTorch engine: every NDManager and gradient collector of this
 * package comes from here, after {@link DjlOffline#ensure()} has put offline mode in force.
 */
final class TorchEngine {

    static final String NAME = "PyTorch";

    private TorchEngine() {
    }

    /** A new root manager on the CPU; the caller owns it and closes it. */
    static NDManager newManager() {
        return engine().newBaseManager();
    }

    /** A gradient collector; only one may be open at a time (a PyTorch engine rule). */
    static GradientCollector newGradientCollector() {
        return engine().newGradientCollector();
    }

    private static Engine engine() {
        DjlOffline.ensure();
        return Engine.getEngine(NAME);
    }
}
