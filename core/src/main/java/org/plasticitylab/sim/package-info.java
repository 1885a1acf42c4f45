/**
 * The engine: {@link org.plasticitylab.sim.Simulation} builds a scenario's network, settles it,
 * steps it in a documented order and records its metrics; {@link org.plasticitylab.sim.Result}
 * holds what came out. Five lines are enough:
 *
 * <pre>{@code
 * Result result = Simulation.run(Presets.get("ketamine-series-therapy"));
 * TimeSeries series = result.series();
 * double[] plasticity = series.column(Column.PLASTICITY);
 * double peak = result.summary().peakPlasticity();
 * }</pre>
 */
package org.plasticitylab.sim;
