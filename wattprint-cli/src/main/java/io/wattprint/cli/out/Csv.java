package io.wattprint.cli.out;

import io.wattprint.core.text.CsvCells;
import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV lines to a writer, as {@link CsvCells#line} writes them (quoted when needed, formulas neutralised). */
public final class Csv {
    private Csv() {}

    public static void line(PrintWriter out, List<?> fields) {
        out.print(CsvCells.line(fields));
    }
}
