/**
 * Activity: rate units with a sigmoid response, feedback inhibition through the mean input,
 * disinhibition by the NMDA block (ketamine acts first on NMDA receptors of inhibitory
 * interneurons, which raises glutamate release: Homayoun and Moghaddam 2007; Zanos et al. 2018),
 * spike-frequency adaptation, and the external drive (noise, rumination cues, positive
 * experiences, therapy).
 */
package org.plasticitylab.dynamics;
