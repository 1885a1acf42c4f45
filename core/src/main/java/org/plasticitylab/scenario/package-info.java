/**
 * Scenarios: immutable, validated records of what happens in a run (stress periods, NMDA-block
 * and monoaminergic treatments, therapy schedules, network size and every model number), the
 * timeline that answers "what is happening at time t", and the shipped presets.
 */
package org.plasticitylab.scenario;
