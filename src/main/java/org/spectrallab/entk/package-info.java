/**
 * The empirical neural tangent kernel of a small network on MNIST, and what training does
 * to it.
 *
 * <ul>
 *   <li>The network: {@link org.spectrallab.entk.MlpSpec} (widths, activation,
 *       initialisation, precision, seed) builds an {@link org.spectrallab.entk.Mlp} on DJL's
 *       PyTorch engine; its weights read and set as plain arrays.</li>
 *   <li>The kernel: {@link org.spectrallab.entk.EmpiricalNtk} (trace, full, one output; the
 *       conventions are in {@link org.spectrallab.entk.NtkKind}) by the layer-wise closed
 *       form ({@link org.spectrallab.entk.LayerwiseNtk}) or blocked autograd
 *       ({@link org.spectrallab.entk.AutogradNtk}).</li>
 *   <li>Training: {@link org.spectrallab.entk.TrainingSession} with a
 *       {@link org.spectrallab.entk.TrainingConfig} (loss, optimiser, output scale alpha),
 *       curves in {@link org.spectrallab.entk.TrainingHistory}.</li>
 *   <li>Comparing operators: {@link org.spectrallab.entk.KernelAlignment},
 *       {@link org.spectrallab.entk.TargetPower},
 *       {@link org.spectrallab.entk.EigenvectorAlignment}; and
 *       {@link org.spectrallab.entk.KernelRegression} for the lazy baseline.</li>
 *   <li>Lazy to rich: {@link org.spectrallab.entk.LazyToRich} gives a
 *       {@link org.spectrallab.entk.LazyToRichResult}.</li>
 * </ul>
 *
 * <p>DJL never reaches the network: every engine start goes through
 * {@link org.spectrallab.entk.DjlOffline}. Native memory belongs to the network or session
 * that created it; close them (try-with-resources). Timings and limits:
 * docs/PERFORMANCE-entk.md.
 */
package org.spectrallab.entk;
