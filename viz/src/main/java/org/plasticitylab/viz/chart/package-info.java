/**
 * Chart factories: JFreeChart charts built from the dataset adapters and styled by
 * {@link org.plasticitylab.viz.chart.SlideTheme} for a projector (large fonts, 3 px lines, the
 * colour-blind-safe Okabe-Ito palette, units on every axis, the disclaimer under every chart).
 * No Swing here: every chart draws headless and exports as PNG or SVG. The second of the three
 * viz layers.
 *
 * <p>Palette: M. Okabe and K. Ito, "Color Universal Design", 2008.
 */
package org.plasticitylab.viz.chart;
