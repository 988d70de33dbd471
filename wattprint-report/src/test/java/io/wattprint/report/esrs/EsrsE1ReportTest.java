package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EsrsE1ReportTest {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    @TempDir
    Path tmp;

    static String render(ReportFormat f, ReportOutput r) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Renderers.of(f).write(r, b);
        return b.toString(StandardCharsets.UTF_8);
    }

    ReportOutput report(boolean aws, EsrsE1Report.Options o) {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            EsrsFixture.portfolio(l);
            if (aws) EsrsFixture.awsReported(l);
            return EsrsE1Report.build(EsrsE1Report.Inputs.read(l, o.year()), o, AT);
        }
    }

    static EsrsE1Report.Options opts(int year) {
        return new EsrsE1Report.Options(year, null, new BigDecimal("50000000"), "EUR", EsrsFixture.mix(), "ACME", 0, 0);
    }

    @Test
    void dump() throws Exception {
        ReportOutput r = report(false, opts(2026));
        System.out.println(render(ReportFormat.MD, r));
        System.out.println(render(ReportFormat.JSON, r));
        System.out.println(render(ReportFormat.CSV, r));
    }
}
