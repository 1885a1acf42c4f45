package org.plasticitylab.output;

import java.util.List;
import org.plasticitylab.files.Decimals;

/**
 * CSV lines with the numbers of {@link Decimals#file}: '.' decimals whatever the locale, plain
 * notation, twelve significant digits.
 */
public final class Csv {
    private Csv() {
    }

    /**
     * One line of cells, each a String (quoted when needed) or a number, with a newline.
     *
     * @param cells the cells; numbers and booleans are written as is, anything else as text
     * @return the line, ending in {@code \n}
     */
    public static String line(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.append('\n').toString();
    }

    static String cell(Object value) {
        if (value instanceof Double d) {
            return Decimals.file(d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String s = String.valueOf(value);
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n");
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
