package org.plasticitylab.cli.cohort;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Numbers of a cohort's files: whole numbers as integers, NaN as no value. */
final class CohortNumbers {
    private CohortNumbers() {
    }

    /** A CSV cell: empty for NaN, a Long for a whole number, else the Double. */
    static Object cell(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return isWhole(value) ? (Object) (long) value : (Object) value;
    }

    /** Puts {@code value} into {@code node}: null for NaN, an integer for a whole number. */
    static void put(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else if (isWhole(value)) {
            node.put(name, (long) value);
        } else {
            node.put(name, value);
        }
    }

    private static boolean isWhole(double value) {
        // -0.0 stays a double, so that it reads back as itself
        return value == Math.rint(value) && Math.abs(value) < 1e15
                && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0);
    }
}
