/**
 * The self-contained HTML report of a run (inline SVG charts, no external resources) and the
 * plain-words description of a scenario it uses.
 */
package org.plasticitylab.viz.report;
