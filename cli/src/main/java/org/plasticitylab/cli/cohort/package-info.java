/**
 * Cohorts of virtual patients for {@code plasticity cohort}: one file per finished patient (so
 * an interrupted cohort resumes where it stopped), patients.csv and cohort.json, and the
 * Kaplan-Meier and outcome charts.
 */
package org.plasticitylab.cli.cohort;
