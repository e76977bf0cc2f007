package dev.earshot.report.html;

/**
 * A small builder for XHTML-compatible markup: every text and attribute value is escaped, void elements are
 * self-closed, and only XML's five named entities are used, so the page parses both as HTML and as XML. Not
 * thread-safe.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(256 * 1024);

    /** Opens {@code tag} with attribute pairs {@code name, value, name, value, ...}; null values are skipped. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>} with the text escaped. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A self-closed element such as {@code <meta .../>}. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append("/>");
        return this;
    }

    /** Escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup that is already safe (generated SVG, the style sheet). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    /** Escapes {@code < > & " '} and replaces control characters XML forbids; null becomes "". */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(ch < 0x20 && ch != '\n' && ch != '\t' ? ' ' : ch);
            }
        }
        return escaped.toString();
    }
}
