/**
 * The files and text tables a run leaves behind: the time series as CSV or JSON,
 * {@code summary.json}, the scenario that actually ran, and the summary tables printed to the
 * terminal. Numbers go through {@link org.plasticitylab.files.Decimals}: '.' decimals whatever
 * the locale, plain notation, twelve significant digits in files and three decimals in tables.
 */
package org.plasticitylab.cli.output;
