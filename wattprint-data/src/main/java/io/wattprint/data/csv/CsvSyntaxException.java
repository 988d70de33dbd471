package io.wattprint.data.csv;

/**
 * A file that is not CSV as {@link CsvInput} reads it: "{@code file} line {@code N}: what is wrong". An
 * {@link IllegalStateException}, as for every other fault in a shipped reference file; callers reading a
 * user's file catch it and say it in their own words with {@link #line()} and {@link #kind()}.
 */
public final class CsvSyntaxException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Kind { UNCLOSED_QUOTE, TEXT_AFTER_QUOTE, STRAY_QUOTE, OTHER }

    private final int line;
    private final Kind kind;
    private final String what;

    CsvSyntaxException(String name, int line, Kind kind, String what) {
        super(name + " line " + line + ": " + what);
        this.line = line;
        this.kind = kind;
        this.what = what;
    }

    /** What is wrong, without the file and line (for a caller's own wording). */
    public String what() { return what; }

    public int line() { return line; }

    public Kind kind() { return kind; }
}
