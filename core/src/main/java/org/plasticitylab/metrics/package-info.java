/**
 * Measurements: the columnar {@link org.plasticitylab.metrics.TimeSeries} with the exact column
 * names of the model document, the recall probe (on its own random stream, so probing never
 * changes a run), the illustrative mood index and the summary of a run.
 */
package org.plasticitylab.metrics;
