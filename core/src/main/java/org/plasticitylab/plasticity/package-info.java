/**
 * Plasticity: the global plasticity level P(t) with its NMDA-block boost and slow monoaminergic
 * component, synaptic learning rules behind {@link org.plasticitylab.plasticity.PlasticityRule}
 * (the default presynaptically gated BCM-like rule after Bienenstock, Cooper and Munro 1982, and
 * Oja 1982), and structural turnover of spines after Butz and van Ooyen 2013. Stress-induced
 * spine loss follows Radley et al. 2006; rapid synapse formation after ketamine, Li et al. 2010.
 */
package org.plasticitylab.plasticity;
