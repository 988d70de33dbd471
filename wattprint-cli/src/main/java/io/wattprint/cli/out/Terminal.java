package io.wattprint.cli.out;

import io.wattprint.core.text.LongText;

/**
 * User-supplied text (a project name, a tag, a command line, a file's field) on its way to a terminal:
 * control characters are shown escaped, never sent as they are, so a name cannot forge a line, recolour the
 * screen or move the cursor. Every human-readable printer goes through {@link #safe}; JSON and CSV escape
 * with their own rules.
 */
public final class Terminal {
    private Terminal() {}

    /**
     * {@code text} with C0 and C1 control characters, DEL and the Unicode bidirectional overrides written as escapes:
     * a newline as {@code \n}, a tab as {@code \t}, ESC as {@code \x1b}, a character above U+00FF (a bidi override) as a
     * backslash-u escape of four hex digits. Other text,
     * backslashes included, is left as it is. Null stays null.
     */
    public static String safe(String text) {
        // Longer text is cut, with an ellipsis and its length (a name is at most 256 on input).
        text = LongText.cut(text);
        if (text == null || text.chars().noneMatch(Terminal::needsEscape)) return text;
        StringBuilder sb = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x100 && isControl(c)) sb.append(String.format("\\x%02x", c));
                    else if (isControl(c)) sb.append(String.format("\\u%04x", c));
                    else sb.append((char) c);
                }
            }
        });
        return sb.toString();
    }

    private static boolean needsEscape(int c) { return isControl(c); }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);   // bidi embeddings, overrides, isolates
    }
}
