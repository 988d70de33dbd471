package io.wattprint.core.time;

/**
 * A text {@link Timestamps} does not read: the {@link #reason()} and the text. The message ("'x' has no UTC offset")
 * is for callers that do not word it themselves; importers wrap it with the file, line and field.
 */
public final class TimestampException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the text was refused. */
    public enum Reason {
        /** Nothing, or blanks. */
        EMPTY("is empty"),
        /** A date-time without offset where the format does not say its times are UTC. */
        NO_OFFSET("has no UTC offset"),
        /** A date with a month or day that does not exist. */
        NOT_A_DATE("is not a date"),
        /** Not an ISO 8601 date-time. */
        NOT_A_TIME("is not an ISO 8601 date-time");

        private final String words;

        Reason(String words) { this.words = words; }
    }

    private final Reason reason;
    private final String text;

    TimestampException(Reason reason, String text) {
        super((text == null || reason == Reason.EMPTY ? "the time" : "'" + text + "'") + " " + reason.words);
        this.reason = reason;
        this.text = text;
    }

    public Reason reason() { return reason; }

    /** The text as given (null when there was none). */
    public String text() { return text; }
}
