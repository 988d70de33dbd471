package io.wattprint.core.text;

import java.util.Locale;

/**
 * The one rule for showing text of any length to a person: up to a limit ({@link #DISPLAY_MAX} on a terminal,
 * {@link #PAGE_MAX} in any block of a report page) characters are shown as they are; longer text is
 * cut there and followed by an ellipsis and its full length, e.g. {@code "abc… (20,000 characters)"}. Names and tag values are at most 256 characters on input, so this only cuts
 * what an older ledger or another writer stored. Machine outputs (JSON, the ledger) keep the exact text.
 */
public final class LongText {
    /** Longest text shown whole on a terminal. */
    public static final int DISPLAY_MAX = 1024;
    /** Longest text shown whole in a report page's blocks: heading, paragraph, notice, fact, table cell, chart label. */
    public static final int PAGE_MAX = 4096;

    private LongText() {}

    /** {@code text} if it is at most {@link #DISPLAY_MAX} characters, else its start, "…" and its length; null stays null. */
    public static String cut(String text) { return cut(text, DISPLAY_MAX); }

    /** {@code text} cut at {@link #PAGE_MAX} characters, for report pages. */
    public static String cutForPage(String text) { return cut(text, PAGE_MAX); }

    /** {@code text} if it is at most {@code max} characters, else its first {@code max}, "…" and its length. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) return text;
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "… (" + String.format(Locale.ROOT, "%,d", text.length()) + " characters)";
    }
}
