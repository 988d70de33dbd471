package io.wattprint.report.esrs;

import io.wattprint.core.figure.Figures;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The year's tables beside the datapoints ({@link EsrsE1Data.Tables}): energy mix by zone, Scope 2 by facility or
 * zone, purchased cloud compute by provider. Each total line is the sum of the rounded figures above it (a total that
 * is not 0 but rounds to 0 prints the first digits of its exact sum, §5.1).
 */
final class EsrsTables {
    private EsrsTables() {}

    static Table energyMix(List<EsrsYear.ZoneEnergy> zones) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal[] sum = zeros(6);
        BigDecimal[] exact = zeros(6);
        for (EsrsYear.ZoneEnergy z : zones) {
            BigDecimal[] v = {z.total(), z.renewableInstruments(), z.fossil(), z.nuclear(), z.renewableMix(), z.notDetermined()};
            List<String> r = new ArrayList<>(List.of(z.zone()));
            for (int i = 0; i < v.length; i++) {
                r.add(z.texts().get(i));
                sum[i] = sum[i].add(v[i]);
                exact[i] = exact[i].add(z.exact().get(i));
            }
            r.add(z.mixSource());
            rows.add(r);
        }
        List<String> total = new ArrayList<>(List.of("Total"));
        for (int i = 0; i < sum.length; i++) total.add(Figures.text(exact[i], sum[i]));
        total.add("");
        return new Table("energy_mix", "MWh of own-operations energy (IT energy × PUE; IT energy only where no PUE is known) "
                + "by grid zone", List.of(Table.Column.text("Zone"),
                Table.Column.number("MWh"), Table.Column.number("Renewable instruments MWh"), Table.Column.number("Fossil MWh"),
                Table.Column.number("Nuclear MWh"), Table.Column.number("Renewable (residual or grid mix) MWh"),
                Table.Column.number("Not determined MWh"), Table.Column.text("Mix source")), rows, total);
    }

    static Table scope2(List<EsrsYear.Scope2Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal[] sum = zeros(3);
        BigDecimal[] exact = zeros(3);
        int runs = 0;
        for (EsrsYear.Scope2Line l : lines) {
            rows.add(List.of(l.label(), l.zone(), Integer.toString(l.runs()), l.mwhText(), l.locationText(), l.boundary(),
                    l.marketText(), l.energyBasis()));
            sum[0] = sum[0].add(l.mwh());
            sum[1] = sum[1].add(l.location());
            sum[2] = sum[2].add(l.market());
            exact[0] = exact[0].add(l.mwhExact());
            exact[1] = exact[1].add(l.locationExact());
            exact[2] = exact[2].add(l.marketExact());
            runs += l.runs();
        }
        return new Table("scope2", null, List.of(Table.Column.text("Facility / zone"), Table.Column.text("Zone"),
                Table.Column.number("Runs"), Table.Column.number("MWh"), Table.Column.number("Location-based tCO2e"),
                Table.Column.text("Factor boundary"), Table.Column.number("Market-based tCO2e"),
                Table.Column.text("Energy basis")), rows,
                List.of("Total", "", Integer.toString(runs), Figures.text(exact[0], sum[0]), Figures.text(exact[1], sum[1]), "",
                        Figures.text(exact[2], sum[2]), ""));
    }

    static Table category3(List<Category3.Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal tonnes = BigDecimal.ZERO.setScale(3), exact = BigDecimal.ZERO;
        for (Category3.Line l : lines) {
            rows.add(List.of(l.label(), l.zone(), Figures.text(l.mwh(), 3),
                    l.upstreamGPerKwh() == null ? "" : Figures.text(l.upstreamGPerKwh(), 2), l.tonnesText()));
            if (l.tonnes() != null) {
                tonnes = tonnes.add(l.tonnes());
                exact = exact.add(l.exactTonnes());
            }
        }
        return new Table("scope3_category3", "MWh × (life-cycle − direct factor) / 1000; well-to-tank and T&D losses not "
                + "separately known", List.of(Table.Column.text("Facility / zone"), Table.Column.text("Zone"),
                Table.Column.number("MWh"), Table.Column.number("Upstream gCO2e/kWh"), Table.Column.number("tCO2e")), rows,
                List.of("Total", "", "", "", Figures.text(exact, tonnes)));
    }

    static Table cloud(List<CloudScope3.Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal tonnes = BigDecimal.ZERO.setScale(3);
        BigDecimal exact = BigDecimal.ZERO;
        int runs = 0;
        for (CloudScope3.Line c : lines) {
            exact = exact.add(c.exactTonnes());
            rows.add(List.of(c.provider(), c.basis(), Integer.toString(c.runs()), Figures.text(c.runsKwh(), 3), c.tonnesText(),
                    c.figures()));
            tonnes = tonnes.add(c.tonnes());
            runs += c.runs();
        }
        return new Table("scope3_cloud", "ESRS Scope 3 axis member " + EsrsE1Report.CLOUD_MEMBER, List.of(
                Table.Column.text("Provider"), Table.Column.text("Basis"), Table.Column.number("Runs"),
                Table.Column.number("Runs kWh"), Table.Column.number("tCO2e"), Table.Column.text("Figures used")), rows,
                List.of("Total", "", Integer.toString(runs), "", Figures.text(exact, tonnes), ""));
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        java.util.Arrays.fill(z, BigDecimal.ZERO.setScale(3));
        return z;
    }
}
