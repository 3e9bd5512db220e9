package org.spectrallab.entk;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
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

    /**
     * Turns PyTorch's gradient recording off on the calling thread, as it is outside a
     * gradient collector on the thread that loaded the engine. PyTorch keeps this switch per
     * thread (on by default), DJL turns it off only on that first thread, and a collector
     * puts back the state it found. Work that starts on a thread of its own, such as a live
     * recompute's worker, calls this first (training and eNTK entry points do): otherwise
     * arrays computed outside a collector carry gradient graphs, and training fails with "a
     * leaf Variable that requires grad is being used in an in-place operation" or "Trying to
     * backward through the graph a second time". Never call it inside a collector.
     */
    static void stopRecordingGradients() {
        engine();
        JniUtils.setGradMode(false);
    }

    private static Engine engine() {
        DjlOffline.ensure();
        return Engine.getEngine(NAME);
    }
}
