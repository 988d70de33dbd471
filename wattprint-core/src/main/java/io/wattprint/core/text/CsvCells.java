package io.wattprint.core.text;

import java.util.regex.Pattern;

/**
 * Cells of every CSV file wattprint writes (reports, {@code report summary}, {@code runs export}): text
 * that a spreadsheet would run as a formula is neutralised, and a cell is quoted as RFC 4180 says.
 *
 * <p>Formula injection (OWASP, "CSV Injection"): a cell beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula. Such a
 * cell gets a leading single quote, which the spreadsheet shows as text. Numbers ({@code -12.5},
 * {@code +3e-4}) are left as they are: they are values, not formulas. JSON output carries the raw text.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {}

    /** {@code value}, with a leading {@code '} when a spreadsheet would take it for a formula; null is empty. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) return value == null ? "" : value;
        char c = value.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    /** One RFC 4180 field: {@link #safe}, then quoted (quotes doubled) when it holds a comma, quote or line break. */
    public static String field(String value) {
        String s = safe(value);
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
