/**
 * The files and text tables a run leaves behind: the time series as CSV or JSON,
 * {@code summary.json}, the scenario that actually ran, and the summary tables printed to the
 * terminal. Numbers are written with '.' decimals and full precision whatever the locale, so that
 * files read back to the same values.
 */
package org.plasticitylab.cli.output;
