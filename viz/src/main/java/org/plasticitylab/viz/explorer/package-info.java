/**
 * The Swing explorers, the third viz layer. {@link org.plasticitylab.viz.explorer.LiveExplorer}
 * plays a core {@code LiveSession}, stepped on the event thread by a {@link javax.swing.Timer}
 * (the model and Swing share that one thread), and changes it from now on.
 * {@link org.plasticitylab.viz.explorer.Explorer} is the earlier form over the main parameters,
 * Run with progress and Cancel, and tabs with the charts; a {@link javax.swing.SwingWorker} is
 * its bridge between the simulation's thread and the event thread. Both wrap the simulation by
 * composition (as MASON's {@code GUIState} does), so GUI and headless runs agree to the bit.
 */
package org.plasticitylab.viz.explorer;
