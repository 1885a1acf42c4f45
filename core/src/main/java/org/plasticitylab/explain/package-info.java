/**
 * Plain-language accounts of a run, with its numbers, for the command line and the HTML report.
 * {@link org.plasticitylab.explain.Narrative} builds the story from one class per family of
 * findings (stress, treatments, the plasticity window with its fitted decay, counterfactuals,
 * the end state). Pure functions of {@link org.plasticitylab.sim.Result}s, except
 * {@link org.plasticitylab.explain.Counterfactuals}, which runs the comparison scenarios.
 */
package org.plasticitylab.explain;
