package io.wattprint.ingest.grid;

/** One field of one row that cannot be read: the field (column name or JSON path) and what was expected. */
final class BadValue extends Exception {
    private final String field;

    BadValue(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    String field() { return field; }
}
