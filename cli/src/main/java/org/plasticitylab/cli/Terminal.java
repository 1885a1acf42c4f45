package org.plasticitylab.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Terminal-safe text: anything that came from a file or the command line (a scenario's name or
 * description, a key, a path) is printed with its control characters shown as {@code \\u001b}
 * instead of sent raw, so that a shared file cannot clear the screen, set the window title,
 * move the cursor or reorder text with bidirectional overrides.
 */
final class Terminal {
    private Terminal() {
    }

    /** Text for a terminal: control and format characters escaped, except newline and tab. */
    static String safe(String text) {
        return escape(text, false);
    }

    /** Like {@link #safe} but on one line: newlines and tabs are escaped too. */
    static String line(String text) {
        return escape(text, true);
    }

    /**
     * A writer that escapes what {@link #safe} escapes (keeping the carriage return a progress
     * bar redraws with), so nothing printed through it can control the terminal.
     */
    static PrintWriter safeWriter(PrintWriter out) {
        return out instanceof SafePrintWriter ? out : new SafePrintWriter(out);
    }

    static boolean isUnsafe(char c, boolean oneLine) {
        if (c == '\n' || c == '\t') {
            return oneLine;
        }
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String escape(String text, boolean oneLine) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(isUnsafe(c, oneLine) ? code(c) : String.valueOf(c));
        }
        return b.toString();
    }

    private static String code(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }

    /** The PrintWriter over an escaping writer; its own type so it is never wrapped twice. */
    private static final class SafePrintWriter extends PrintWriter {
        SafePrintWriter(PrintWriter out) {
            super(new Escaping(out), true);
        }
    }

    /** Escapes unsafe characters on their way to the real writer. */
    private static final class Escaping extends FilterWriter {
        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (ch != '\r' && isUnsafe(ch, false)) {
                out.write(code(ch));
            } else {
                out.write(ch);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }
    }
}
