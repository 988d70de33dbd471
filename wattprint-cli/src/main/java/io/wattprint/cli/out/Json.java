package io.wattprint.cli.out;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.report.ReportJson;
import java.io.PrintWriter;

/**
 * Machine-readable output of the commands, written by the one JSON writer, {@link ReportJson}: record components in
 * declaration order, named in snake_case ({@code energyKwh} → {@code energy_kwh}) unless a component says otherwise
 * with {@code @JsonProperty} (which it must where two capitals meet: Jackson writes {@code rateGPerKwh} as
 * {@code rate_gper_kwh}); nulls written unless a component is {@code @JsonInclude(NON_NULL)}; maps (tags) in their
 * own order with their own keys; {@code BigDecimal} figures plain (0.000000146, not 1.46E-7).
 */
public final class Json {
    private Json() {}

    public static void print(PrintWriter out, Object value) {
        out.println(ReportJson.text(value));
        out.flush();
    }

    /** One object on one line, for streams of records. */
    public static void printLine(PrintWriter out, Object value) {
        out.println(ReportJson.line(value));
        out.flush();
    }

    public static ObjectMapper mapper() { return ReportJson.mapper(); }
}
