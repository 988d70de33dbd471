package io.wattprint.data.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The one CSV reader of the files wattprint is given or ships (RFC 4180, read by FastCSV): comma separated,
 * fields quoted with {@code "} when they hold a comma, quote or line break, quotes doubled inside quotes,
 * LF or CRLF line ends, a leading byte order mark dropped, lines that are empty or blank skipped. Each
 * record keeps the line it starts on. What FastCSV does not check itself (a quote inside an unquoted field,
 * a quoted field over two lines) this class checks, as the {@link Rules} ask; every refusal is a
 * {@link CsvSyntaxException} naming the file and line, which callers may reword. Rows of any width are read:
 * the caller checks the width against its header, so its message can name the columns.
 */
public final class CsvInput {

    /** One record: the 1-based line it starts on and its fields. */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /**
     * How strict to be beyond RFC 4180 itself (text after a closing quote is always refused).
     *
     * @param strayQuotes     a quote inside an unquoted field is an error (else it is text, and blanks before an
     *                        opening quote are dropped, unless {@code asWritten})
     * @param quotedLineBreaks a quoted field may hold a line break (else it must close on its line)
     * @param comments        lines starting with {@code #} are skipped
     * @param asWritten       no repairs, as the programs that export files read them: blanks before an opening
     *                        quote are kept with the quotes as text, and a quote never closed reads to the end of
     *                        the file (the row's width then tells the caller); else an unclosed quote is an error
     */
    public record Rules(boolean strayQuotes, boolean quotedLineBreaks, boolean comments, boolean asWritten) {
        /** RFC 4180 to the letter: for the reference files wattprint ships. */
        public static final Rules STRICT = new Rules(true, true, false);
        /** One record a line, as a person types it: for the files users give to reports. */
        public static final Rules TYPED = new Rules(false, false, true);
        /** As another program exported it (CodeCarbon, cloud and grid exports, meters): for the importers. */
        public static final Rules EXPORTED = new Rules(false, true, false, true);

        /** Rules that repair nothing beyond what {@code strayQuotes} says. */
        public Rules(boolean strayQuotes, boolean quotedLineBreaks, boolean comments) {
            this(strayQuotes, quotedLineBreaks, comments, false);
        }
    }

    private CsvInput() {}

    /** Every record of {@code in}; {@code name} (a file or resource) starts each error message. */
    public static List<Record> read(String name, Reader in, Rules rules) {
        List<Record> out = new ArrayList<>();
        try (Records records = open(name, in, rules)) {
            for (Record r : records) out.add(r);
        }
        return out;
    }

    /**
     * The records of {@code in} one at a time, for files too large to hold (the importers): iterating throws what
     * {@link #read} throws, when it reaches the fault. Closing closes {@code in}.
     */
    public static Records open(String name, Reader in, Rules rules) {
        return new Records(name, builder(rules).build(new Handler(name, rules), in));
    }

    /**
     * As {@link #open(String, Reader, Rules)}, from bytes: a byte order mark (UTF-8, UTF-16 or UTF-32) chooses the
     * encoding, else UTF-8, and bytes that are not UTF-8 read as U+FFFD (FastCSV's own reading of a stream).
     */
    public static Records open(String name, InputStream in, Rules rules) {
        CsvReader<Record> csv = builder(rules).detectBomHeader(true).build(new Handler(name, rules), in, StandardCharsets.UTF_8);
        return new Records(name, csv);
    }

    private static CsvReader.CsvReaderBuilder builder(Rules rules) {
        return CsvReader.builder()
                .skipEmptyLines(true)
                // The width of a row is the caller's check: its message names the header it expected.
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(rules.asWritten())
                .trimWhitespacesAroundQuotes(!rules.strayQuotes() && !rules.asWritten())
                .commentStrategy(rules.comments() ? CommentStrategy.SKIP : CommentStrategy.NONE);
    }

    /** Records read as they are asked for; see {@link #open}. */
    public static final class Records implements Iterable<Record>, Closeable {
        private final String name;
        private final CsvReader<Record> csv;
        private final Iterator<Record> it;
        private Record next;
        private boolean first = true;

        private Records(String name, CsvReader<Record> csv) {
            this.name = name;
            this.csv = csv;
            this.it = csv.iterator();
        }

        /** The one iterator over this reader's records. */
        @Override
        public Iterator<Record> iterator() {
            return new Iterator<>() {
                @Override public boolean hasNext() { return advance(); }

                @Override
                public Record next() {
                    if (!advance()) throw new NoSuchElementException();
                    Record r = next;
                    next = null;
                    return r;
                }
            };
        }

        private boolean advance() {
            try {
                while (next == null && it.hasNext()) {
                    Record r = it.next();
                    if (r == null) continue;
                    if (first && !r.fields().isEmpty() && r.fields().get(0).startsWith("\uFEFF")) {
                        List<String> f = new ArrayList<>(r.fields());
                        f.set(0, f.get(0).substring(1));
                        r = new Record(r.line(), f);
                    }
                    first = false;
                    next = r;
                }
                return next != null;
            } catch (CsvParseException e) {
                // What the handler refuses reaches here wrapped by FastCSV.
                if (e.getCause() instanceof CsvSyntaxException ours) throw ours;
                throw fromFastCsv(name, e);
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("cannot read " + name, e.getCause());
            }
        }

        @Override
        public void close() {
            try {
                csv.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
    }

    /** Reads {@code text} whole (for tests and files already in memory). */
    public static List<Record> parse(String name, String text, Rules rules) {
        return read(name, new java.io.StringReader(text), rules);
    }

    /** FastCSV's words for what it refuses, as ours: which line, and what was expected there. */
    private static CsvSyntaxException fromFastCsv(String name, CsvParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int line = lineOf(m);
        if (m.startsWith("Unclosed quoted field")) {
            return new CsvSyntaxException(name, line, CsvSyntaxException.Kind.UNCLOSED_QUOTE, "quoted field is never closed");
        }
        if (m.startsWith("Unexpected character after closing quote")) {
            return new CsvSyntaxException(name, line, CsvSyntaxException.Kind.TEXT_AFTER_QUOTE,
                    "text after a closing quote; expected a comma or the end of the line");
        }
        return new CsvSyntaxException(name, line, CsvSyntaxException.Kind.OTHER, "not readable as CSV (" + m + ")");
    }

    /** The line in FastCSV's "(record starting at line N)"; 0 when it names none. */
    private static int lineOf(String message) {
        String key = "starting at line ";
        int i = message.lastIndexOf(key);
        if (i < 0) return 0;
        int j = i + key.length(), k = j;
        while (k < message.length() && Character.isDigit(message.charAt(k))) k++;
        return k == j ? 0 : Integer.parseInt(message.substring(j, k));
    }

    /** Collects fields with whether each was quoted, so that the {@link Rules} FastCSV leaves to us can be checked. */
    private static final class Handler extends AbstractBaseCsvCallbackHandler<Record> {
        private final String name;
        private final Rules rules;
        private final List<String> fields = new ArrayList<>();
        private boolean firstQuoted;

        Handler(String name, Rules rules) {
            this.name = name;
            this.rules = rules;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields.clear();
            firstQuoted = false;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            String f = new String(buf, offset, len);
            int line = Math.toIntExact(getStartingLineNumber());
            if (!quoted && rules.strayQuotes() && f.indexOf('"') >= 0) {
                throw new CsvSyntaxException(name, line, CsvSyntaxException.Kind.STRAY_QUOTE,
                        "a quote inside an unquoted field; quote the whole field and double inner quotes");
            }
            if (quoted && !rules.quotedLineBreaks() && (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)) {
                throw new CsvSyntaxException(name, line, CsvSyntaxException.Kind.UNCLOSED_QUOTE,
                        "quoted field is not closed on its line");
            }
            if (fieldIdx == 0) firstQuoted = quoted;
            fields.add(f);
        }

        @Override
        protected Record buildRecord() {
            if (getRecordType() != RecordType.DATA) return null;
            if (fields.size() == 1 && !firstQuoted && fields.get(0).strip().replace("\uFEFF", "").isEmpty()) return null; // a blank line
            return new Record(Math.toIntExact(getStartingLineNumber()), fields);
        }
    }
}
