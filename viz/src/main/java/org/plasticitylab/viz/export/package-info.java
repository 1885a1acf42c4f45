/**
 * Writing charts without a window: PNG at slide size (1600 x 900 by default) and SVG through
 * Apache Batik's SVG generator, always atomically, plus
 * {@link org.plasticitylab.viz.export.RunCharts}, the one-call facade the command line uses.
 */
package org.plasticitylab.viz.export;
