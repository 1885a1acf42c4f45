/**
 * Dataset adapters: pure functions from the model's results (time series, scenarios, network
 * snapshots, sweep outcomes) to JFreeChart datasets and marker positions. No styling, no AWT
 * drawing, no Swing; the first of the three viz layers (datasets, charts, Swing), as in the
 * jfree-demos pattern {@code createDataset -> createChart -> createPanel}.
 */
package org.plasticitylab.viz.data;
