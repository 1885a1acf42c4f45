/**
 * Parameter sweeps for {@code plasticity sweep}: the grid of varied values times seeds, one file
 * per finished run (so an interrupted sweep resumes where it stopped), the per-run and per-setting
 * CSV files with 95 % intervals across seeds, and the sweep charts (curves for one varied key,
 * heat maps for two).
 */
package org.plasticitylab.cli.sweep;
