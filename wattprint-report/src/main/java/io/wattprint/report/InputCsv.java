package io.wattprint.report;

import io.wattprint.data.csv.CsvInput;
import io.wattprint.data.csv.CsvSyntaxException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The CSV reading shared by the report inputs the user gives as files ({@code --energy-mix},
 * {@code --reference}): {@link CsvInput} with its {@link CsvInput.Rules#TYPED typed} rules (a quote opens a quoted
 * field only at the start of the field, after blanks, which are dropped; inside it, a doubled quote is one quote and
 * commas are text; a quoted field cannot span lines), and the "file line N, field F: expected …" wording of their errors.
 */
public final class InputCsv {
    private InputCsv() {}

    /**
     * The records of {@code in}; a file that is not CSV is {@code error} of "{@code name} line N: …", with
     * {@code unclosed} saying what is wrong when a quoted field is not closed.
     *
     * @throws IOException when {@code in} cannot be read (not UTF-8, gone)
     */
    public static List<CsvInput.Record> records(String name, Reader in, CsvInput.Rules rules, String unclosed,
                                                Function<String, ? extends RuntimeException> error) throws IOException {
        try {
            return CsvInput.read(name, in, rules);
        } catch (CsvSyntaxException e) {
            throw error.apply(e.kind() == CsvSyntaxException.Kind.UNCLOSED_QUOTE ? at(name, e.line()) + ": " + unclosed
                    : e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** "{@code file} line {@code line}": where an error about a whole line is. */
    public static String at(String file, int line) { return file + " line " + line; }

    /** "{@code file} line {@code line}, field {@code field}: expected {@code expected}". */
    public static String expected(String file, int line, String field, String expected) {
        return at(file, line) + ", field " + field + ": expected " + expected;
    }
}
