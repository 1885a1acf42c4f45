/**
 * The Swing explorers, the third viz layer. {@link org.plasticitylab.viz.explorer.LiveExplorer}
 * plays a core {@code LiveSession}, owned and stepped by a model thread of its own that hands
 * the event thread immutable updates, and changes it from now on.
 * {@link org.plasticitylab.viz.explorer.Explorer} is the earlier form over the main parameters,
 * Run with progress and Cancel, and tabs with the charts; a {@link javax.swing.SwingWorker} is
 * its bridge between the simulation's thread and the event thread. Both wrap the simulation by
 * composition (as MASON's {@code GUIState} does), so GUI and headless runs agree to the bit.
 */
package org.plasticitylab.viz.explorer;
