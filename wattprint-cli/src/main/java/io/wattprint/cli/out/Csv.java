package io.wattprint.cli.out;

import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV lines: fields with comma, quote or line break are quoted, quotes doubled. */
public final class Csv {
    private Csv() {}

    public static void line(PrintWriter out, List<?> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            Object f = fields.get(i);
            String s = f == null ? "" : f.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        out.print(sb.append("\r\n"));
    }
}
