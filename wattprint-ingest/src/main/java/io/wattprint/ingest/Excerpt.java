package io.wattprint.ingest;

/**
 * File content quoted in a message (a header, a field, an error a file carries): at most {@link #MAX} characters, with
 * control characters and other invisible ones (and U+FFFD, what undecodable bytes became) escaped ({@code \x1b}, {@code \n}, {@code \t}, {@code \u200b}), so that
 * a binary or hostile file can neither flood a terminal nor drive it.
 */
public final class Excerpt {
    /** The longest excerpt, in characters of the file, before "…" cuts it. */
    public static final int MAX = 60;

    private Excerpt() {}

    /** {@code text} escaped and cut to {@link #MAX} characters ("…" marks a cut); "null" for null. */
    public static String of(String text) { return of(text, MAX); }

    /** A value's text ({@code String.valueOf}) as {@link #of(String)}. */
    public static String of(Object value) { return of(String.valueOf(value), MAX); }

    /** As {@link #of(String)}, cut to {@code max} characters of the file. */
    public static String of(String text, int max) {
        if (text == null) return "null";
        StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == max) {
                b.append('…');
                break;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            if (cp == '\\') b.append("\\\\");
            else escape(cp, b);
        }
        return b.toString();
    }

    /**
     * {@code text} whole, with only its control and invisible characters escaped (as {@link #of(String)} does; a backslash
     * stays as it is): for showing stored file content, such as a quarantined row, on a terminal.
     */
    public static String controls(String text) {
        if (text == null) return null;
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> escape(cp, b));
        return b.toString();
    }

    /** One code point, as it is or escaped when it is a control or invisible character (a backslash stays as it is). */
    private static void escape(int cp, StringBuilder b) {
        switch (cp) {
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            default -> {
                if (cp < 0x20 || cp == 0x7f) {
                    b.append(String.format("\\x%02x", cp));
                } else if (Character.isISOControl(cp) || !visible(cp) || cp == 0xFFFD) {
                    b.append(String.format("\\u{%04x}", cp));
                } else {
                    b.appendCodePoint(cp);
                }
            }
        }
    }

    private static boolean visible(int cp) {
        int t = Character.getType(cp);
        return t != Character.FORMAT && t != Character.UNASSIGNED && t != Character.PRIVATE_USE && t != Character.SURROGATE
                && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR;
    }
}
