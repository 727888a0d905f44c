package org.warmpool.privacy;

/**
 * A tiny HTML writer: every text goes through {@link #escape}, so a name or a note typed with
 * {@code <script>} or an ampersand is shown as typed, never interpreted.
 */
final class Html {

    private final StringBuilder out = new StringBuilder();

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Opens an element; attributes as name, value pairs (values escaped). */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element with only text inside. */
    Html element(String tag, String text) {
        return open(tag).text(text).close(tag);
    }

    /** Markup written by this class itself (the page's own style sheet), never data. */
    Html raw(String trusted) {
        out.append(trusted);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
