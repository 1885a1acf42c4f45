/**
 * Plain-language accounts of a run, with its numbers, for the command line and the HTML report.
 * Pure: a {@link org.plasticitylab.sim.Result} in, text and structured findings out.
 */
package org.plasticitylab.explain;
