/**
 * Running a scenario for the views: the same simulation as a headless run, plus read-only
 * network snapshots before treatment and at the end for the network charts.
 */
package org.plasticitylab.viz.run;
