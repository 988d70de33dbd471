package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16 item 8, on seeded random years of one run from 0.1 J to 10 GJ in FR at 50 g/kWh: E1-5_01 and E1-6_09 never
 * print 0, the printed figure has the {@code decimals} JSON states and is within half a unit of that last decimal of
 * the JSON value, and the JSON value is the exact figure — checked against J / 3.6 × 10⁹ MWh and J × 50 / 3.6 × 10¹² t
 * computed here in decimal arithmetic (the stored double may differ in its last digits: relative 10⁻¹²).
 */
class EsrsPrecisionPropertyTest {
    private static final MathContext MC = new MathContext(30);

    @TempDir
    Path tmp;

    static Stream<Arguments> years() {
        Random random = new Random(16_08L);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            // 1 to 4 significant digits, from 10⁻¹ to 10¹⁰ J
            int digits = 1 + random.nextInt(4);
            long mantissa = (long) Math.pow(10, digits - 1) + random.nextInt((int) (9 * Math.pow(10, digits - 1)));
            cases.add(Arguments.of(new BigDecimal(mantissa).movePointLeft(digits).movePointRight(random.nextInt(11)).toString()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} J")
    @MethodSource("years")
    void aNonZeroDatapointNeverPrintsZeroAndStatesTheDecimalsItPrints(String joules) {
        BigDecimal j = new BigDecimal(joules);
        ReportOutput r;
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            TestLedger.run("r").start("2026-03-02T08:00:00Z").kwh(j.doubleValue() / 3_600_000.0).zone("FR", 50).store(l);
            EsrsE1Report.Options o = new EsrsE1Report.Options(2026, null, null, "EUR", EnergyMix.none(), "ACME", 0, 0);
            r = EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), o, Instant.parse("2027-02-01T09:00:00Z"));
        }
        check(r, "E1-5_01", j.divide(new BigDecimal("3.6E9"), MC));
        check(r, "E1-6_09", j.multiply(BigDecimal.valueOf(50)).divide(new BigDecimal("3.6E12"), MC));
    }

    @SuppressWarnings("unchecked")
    private static void check(ReportOutput r, String id, BigDecimal expected) {
        Map<String, Object> dp = (Map<String, Object>) r.json().get(id);
        BigDecimal value = (BigDecimal) dp.get("value");
        int decimals = (Integer) dp.get("decimals");
        String printed = printed(r, id).replace(",", "");
        int point = printed.indexOf('.');

        assertThat(value.subtract(expected).abs()).as(id + " JSON value").isLessThanOrEqualTo(expected.movePointLeft(12));
        assertThat(new BigDecimal(printed).signum()).as(id + " printed " + printed).isEqualTo(1);
        assertThat(point < 0 ? 0 : printed.length() - point - 1).as(id + " decimals of " + printed).isEqualTo(decimals);
        assertThat(new BigDecimal(printed).subtract(value).abs()).as(id + " " + printed + " vs " + value)
                .isLessThanOrEqualTo(new BigDecimal("0.5").movePointLeft(decimals));
    }

    private static String printed(ReportOutput r, String id) {
        Table t = r.document().blocks().stream().filter(b -> b instanceof Table x && "datapoints".equals(x.id()))
                .map(b -> (Table) b).findFirst().orElseThrow();
        return t.rows().stream().filter(row -> row.get(0).equals(id)).findFirst().orElseThrow().get(3);
    }
}
