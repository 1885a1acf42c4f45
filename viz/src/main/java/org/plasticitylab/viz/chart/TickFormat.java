package org.plasticitylab.viz.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.plasticitylab.files.Decimals;

/**
 * Axis tick labels through {@link Decimals#label}, the formatter of every label: never
 * {@code 5E-9} or {@code 0E0}, '.' decimals whatever the locale.
 */
final class TickFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Decimals.label(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(number);
    }

    /** Tick labels are never read back. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
