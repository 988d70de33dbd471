package io.wattprint.core.text;

import java.util.Locale;

/**
 * The one rule for showing text of any length to a person (a terminal, a report page): up to {@link #DISPLAY_MAX}
 * characters are shown as they are; longer text is cut there and followed by an ellipsis and its full length, e.g.
 * {@code "abc… (20,000 characters)"}. Names and tag values are at most 256 characters on input, so this only cuts
 * what an older ledger or another writer stored. Machine outputs (JSON, the ledger) keep the exact text.
 */
public final class LongText {
    /** Longest text shown whole. */
    public static final int DISPLAY_MAX = 1024;

    private LongText() {}

    /** {@code text} if it is at most {@link #DISPLAY_MAX} characters, else its start, "…" and its length; null stays null. */
    public static String cut(String text) {
        if (text == null || text.length() <= DISPLAY_MAX) return text;
        int end = Character.isHighSurrogate(text.charAt(DISPLAY_MAX - 1)) ? DISPLAY_MAX - 1 : DISPLAY_MAX;
        return text.substring(0, end) + "… (" + String.format(Locale.ROOT, "%,d", text.length()) + " characters)";
    }
}
