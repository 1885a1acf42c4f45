/**
 * The Swing explorer, the third viz layer: a form over the main parameters, Run with progress
 * and Cancel, and tabs with the charts. A {@link javax.swing.SwingWorker} is the only bridge
 * between the simulation's thread and the event thread; the window wraps the simulation by
 * composition (as MASON's {@code GUIState} does), so GUI and headless runs agree to the bit.
 */
package org.plasticitylab.viz.explorer;
