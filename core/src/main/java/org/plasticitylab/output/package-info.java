/**
 * The files of a run that every front end writes alike: {@code summary.json}, the time series
 * as CSV and its lines. Plain Java without third-party libraries, so that the command line and
 * the browser page (compiled by TeaVM) write the same bytes. Numbers go through
 * {@link org.plasticitylab.files.Decimals}, except the outcomes of {@code summary.json}, which
 * keep every digit.
 */
package org.plasticitylab.output;
