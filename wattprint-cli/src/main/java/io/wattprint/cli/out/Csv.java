package io.wattprint.cli.out;

import io.wattprint.core.text.CsvCells;
import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV lines, each cell as {@link CsvCells#field} writes it (quoted when needed, formulas neutralised). */
public final class Csv {
    private Csv() {}

    public static void line(PrintWriter out, List<?> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            Object f = fields.get(i);
            sb.append(CsvCells.field(f == null ? null : f.toString()));
        }
        out.print(sb.append("\r\n"));
    }
}
