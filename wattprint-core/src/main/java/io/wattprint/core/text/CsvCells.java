package io.wattprint.core.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of every CSV file wattprint writes (reports, {@code report summary}, {@code runs export}): text
 * that a spreadsheet would run as a formula is neutralised, and a cell is quoted as RFC 4180 says.
 *
 * <p>Formula injection (OWASP, "CSV Injection"): a cell beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula. Such a
 * cell gets a leading single quote, which the spreadsheet shows as text. Numbers ({@code -12.5},
 * {@code +3e-4}) are left as they are: they are values, not formulas. JSON output carries the raw text.
 *
 * <p>The one way wattprint writes CSV: {@link #line} for files people open, {@link #rawLine} for a row kept
 * as it was read (a quarantined row), which is data, not a spreadsheet cell.
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

    /**
     * The inverse of {@link #safe}, for a file wattprint wrote read back ({@code runs export --format codecarbon} then
     * {@code ingest codecarbon}): {@code value} without its leading {@code '} when {@link #safe} would have put that quote
     * there (the rest begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not a
     * number); any other value as it is. A value that really began with {@code '} before such a character loses it.
     */
    public static String unsafe(String value) {
        if (value == null || value.length() < 2 || value.charAt(0) != '\'') return value;
        String rest = value.substring(1);
        return safe(rest).equals(value) ? rest : value;
    }

    /** One RFC 4180 field: {@link #safe}, then quoted (quotes doubled) when it holds a comma, quote or line break. */
    public static String field(String value) {
        return quoted(safe(value));
    }

    /** One RFC 4180 field as it is, quoted (quotes doubled) when it holds a comma, quote or line break; null is empty. */
    public static String quoted(String value) {
        String s = value == null ? "" : value;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** One CSV line of a file people open: each value's text (null is empty) as a {@link #field}, ended by CRLF. */
    public static String line(List<?> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) b.append(',');
            Object v = values.get(i);
            b.append(field(v == null ? null : v.toString()));
        }
        return b.append("\r\n").toString();
    }

    /** Fields read from a CSV file joined back into one line, each {@link #quoted}, not neutralised; no line end. */
    public static String rawLine(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append(',');
            b.append(quoted(fields.get(i)));
        }
        return b.toString();
    }
}
