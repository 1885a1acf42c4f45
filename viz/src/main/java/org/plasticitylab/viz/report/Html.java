package org.plasticitylab.viz.report;

/** Escaping text for HTML element content and attribute values. */
public final class Html {
    private Html() {
    }

    /**
     * The text with {@code & < > " '} replaced by entities; null becomes "".
     *
     * @param text the text to escape, may be null
     * @return the escaped text, never null
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
