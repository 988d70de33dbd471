package io.wattprint.ingest.meter;

import io.wattprint.ingest.TimeLimits;
import io.wattprint.ingest.Excerpt;
import io.wattprint.ingest.TextLimit;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.time.TimestampException;
import io.wattprint.core.time.Timestamps;
import io.wattprint.ingest.ImportContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one facility-meter file, each parsed and handed to its meter's {@link Chain} (or,
 * for a bill, straight to the writer). A row that cannot be read throws {@link BadRow} naming the
 * field and what was expected; the importer quarantines it.
 */
final class MeterRows {
    /** A row that cannot be used, with the field at fault (null: the whole row) and why. */
    static final class BadRow extends RuntimeException {
        final String field;

        BadRow(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }

    private final MeterLayout layout;
    private final Map<String, Facility> facilities;
    private final ReadingWriter writer;
    private final ImportContext ctx;
    private final Map<String, Chain> chains = new HashMap<>();

    MeterRows(MeterLayout layout, Map<String, Facility> facilities, ReadingWriter writer, ImportContext ctx) {
        this.layout = layout;
        this.facilities = facilities;
        this.writer = writer;
        this.ctx = ctx;
    }

    void row(long line, List<String> rec, String raw) {
        Span.Row row = new Span.Row(line, raw);
        if (layout.format() == MeterLayout.Format.BILL) {
            bill(rec, row);
            return;
        }
        String meter = name(rec, "meter_id");
        String facility = facility(rec, meter, "meter_id");
        MeterReading.Kind kind = kind(rec);
        Instant t = instant("timestamp", text(rec, "timestamp"));
        Chain chain = chains.computeIfAbsent(facility + "\u0000" + meter + "\u0000" + kind.label(),
                k -> new Chain(facility, kind, meter, writer::accept));
        switch (layout.format()) {
            case INTERVAL -> interval(chain, t, rec, row);
            case POWER_W -> power(chain, t, number(rec, "power_w", "power"), row);
            case POWER_KW -> power(chain, t, number(rec, "power_kw", "power") * 1_000d, row);
            case CUMULATIVE -> cumulative(chain, t, number(rec, "kwh_total", "counter reading"), row);
            default -> throw new IllegalStateException(layout.format().name());
        }
    }

    /** End of file: rows still waiting for a second row are quarantined, every open reading is stored. */
    void finish() {
        for (Chain c : chains.values()) {
            if (c.pendingRow != null) {
                ctx.reject(c.pendingRow.line(), "timestamp", "meter " + Excerpt.of(c.meter) + " has one row and the file no "
                        + "interval_minutes column: the interval length cannot be told from the spacing of rows",
                        c.pendingRow.raw());
            }
            c.close();
        }
    }

    private void bill(List<String> rec, Span.Row row) {
        String site = name(rec, "site");
        String facility = facility(rec, site, "site");
        MeterReading.Kind kind = layout.has("kind") && !text(rec, "kind").isEmpty() ? kind(rec) : MeterReading.Kind.UTILITY_BILL;
        Instant from = dateOrInstant("period_start", text(rec, "period_start"));
        Instant to = dateOrInstant("period_end", text(rec, "period_end"));
        if (!to.isAfter(from)) {
            throw new BadRow("period_end", "period_end " + text(rec, "period_end") + " is not after period_start "
                    + text(rec, "period_start") + " (period_end is exclusive: a bill for October 2026 is 2026-10-01, 2026-11-01)");
        }
        double kwh = number(rec, "kwh", "energy");
        if (kwh == 0) throw new BadRow("kwh", "a bill of 0 kWh cannot be stored: a meter reading must be more than 0 kWh");
        LocalDate end = Span.day(to);
        if (end.getDayOfMonth() == end.lengthOfMonth() && Span.day(from).getDayOfMonth() == 1) {
            ctx.note("bill periods end on the last day of a month: period_end is exclusive here (a bill for October 2026 is "
                    + "2026-10-01, 2026-11-01), so such a bill leaves out its last day");
        }
        Span s = new Span(facility, kind, site, from);
        s.to = to;
        s.joules = Energy.ofKilowattHours(kwh).joules();
        s.attach(row);
        writer.accept(s);
    }

    /** Interval data: the timestamp starts the interval; its length is interval_minutes or the spacing of the first two rows. */
    private void interval(Chain c, Instant t, List<String> rec, Span.Row row) {
        double kwh = number(rec, "kwh", "energy");
        if (layout.has("interval_minutes")) {
            double minutes = number(rec, "interval_minutes", "interval length");
            if (minutes == 0) throw new BadRow("interval_minutes", "interval_minutes is 0; expected the interval length in minutes");
            Duration length = TimeLimits.minutes(minutes).orElseThrow(() -> new BadRow("interval_minutes", "'" + Excerpt.of(text(rec,
                    "interval_minutes")) + "' is too long (expected at most " + TimeLimits.MAX_SECONDS / 60 + " minutes, 100 years)"));
            addInterval(c, t, length, kwh, row);
            return;
        }
        if (c.length == null) {
            if (c.pendingRow == null) {
                c.pendingT = t;
                c.pendingValue = kwh;
                c.pendingRow = row;
                return;
            }
            if (!t.isAfter(c.pendingT)) throw notAfter(c, t, c.pendingT);
            c.length = Duration.between(c.pendingT, t);
            Span.Row first = c.pendingRow;
            c.pendingRow = null;
            addInterval(c, c.pendingT, c.length, c.pendingValue, first);
        }
        addInterval(c, t, c.length, kwh, row);
    }

    private void addInterval(Chain c, Instant a, Duration length, double kwh, Span.Row row) {
        Instant b = TimeLimits.plus(a, length).orElseThrow(() -> new BadRow("timestamp", "interval " + a + " plus " + length
                + " ends after " + TimeLimits.LATEST + " (expected times between " + TimeLimits.EARLIEST + " and " + TimeLimits.LATEST + ")"));
        if (c.lastT != null && a.isBefore(c.lastT)) {
            throw new BadRow("timestamp", "interval " + a + " (" + length.toMinutes() + " min) of meter " + Excerpt.of(c.meter)
                    + " starts before the previous one ends (" + c.lastT + "); rows of a meter must be in time order "
                    + "without overlap");
        }
        if (c.lastT != null && a.isAfter(c.lastT)) {
            c.close();
            ctx.note("interval data of meter " + Excerpt.of(c.meter) + " has gaps: its readings cover the intervals present only");
        }
        double watts = Energy.ofKilowattHours(kwh).joules() / Chain.seconds(a, b);
        c.add(a, b, (x, y) -> watts * Chain.seconds(x, y), row.line());
        c.attach(row);
        c.lastT = b;
    }

    /** Instantaneous power: trapezoids between consecutive samples; a gap over {@link MeterImporter#MAX_GAP} is not bridged. */
    private void power(Chain c, Instant t, double watts, Span.Row row) {
        if (c.lastT != null && !t.isAfter(c.lastT)) throw notAfter(c, t, c.lastT);
        if (c.lastT == null) {
            c.restart(t, row);
        } else if (Duration.between(c.lastT, t).compareTo(MeterImporter.MAX_GAP) > 0) {
            ctx.note("power samples of meter " + Excerpt.of(c.meter) + " have gaps longer than " + MeterImporter.MAX_GAP.toMinutes()
                    + " minutes: not bridged, its readings stop at a gap and start again after it");
            c.restart(t, row);
        } else {
            Instant ta = c.lastT;
            double pa = c.lastValue;
            double span = Chain.seconds(ta, t);
            c.add(ta, t, (x, y) -> {
                double px = pa + (watts - pa) * Chain.seconds(ta, x) / span;
                double py = pa + (watts - pa) * Chain.seconds(ta, y) / span;
                return (px + py) / 2 * Chain.seconds(x, y);
            }, row.line());
            c.attach(row);
        }
        c.lastT = t;
        c.lastValue = watts;
    }

    /** A cumulative counter: the difference between consecutive readings; a drop starts a new baseline. */
    private void cumulative(Chain c, Instant t, double kwhTotal, Span.Row row) {
        if (c.lastT != null && !t.isAfter(c.lastT)) throw notAfter(c, t, c.lastT);
        if (c.lastT == null) {
            c.restart(t, row);
        } else if (kwhTotal < c.lastValue) {
            ctx.note("the kwh_total counter of meter " + Excerpt.of(c.meter) + " dropped (first at line " + row.line() + ", from "
                    + c.lastValue + " to " + kwhTotal + " kWh): taken as a reset (counter wrapped or meter replaced), the "
                    + "new value is a new baseline and the energy between those two readings is not counted");
            c.restart(t, row);
        } else {
            double watts = Energy.ofKilowattHours(kwhTotal - c.lastValue).joules() / Chain.seconds(c.lastT, t);
            c.add(c.lastT, t, (x, y) -> watts * Chain.seconds(x, y), row.line());
            c.attach(row);
        }
        c.lastT = t;
        c.lastValue = kwhTotal;
    }

    private static BadRow notAfter(Chain c, Instant t, Instant previous) {
        return new BadRow("timestamp", "timestamp " + t + " of meter " + Excerpt.of(c.meter) + " is not after the previous one ("
                + previous + "); rows of a meter must be in time order");
    }

    private String facility(List<String> rec, String fromColumn, String column) {
        String name = fromColumn;
        String field = column;
        if (layout.has("facility") && !text(rec, "facility").isEmpty()) {
            name = name(rec, "facility");
            field = "facility";
        }
        if (name.isEmpty()) throw new BadRow(field, field + " is empty; expected the name of a facility");
        if (!facilities.containsKey(name)) {
            throw new BadRow(field, "unknown facility " + Excerpt.of(name) + "; "
                    + (facilities.isEmpty() ? "the ledger has no facilities" : "facilities in the ledger: "
                    + String.join(", ", facilities.keySet())) + " (add one with wattprint facility add)");
        }
        return name;
    }

    private MeterReading.Kind kind(List<String> rec) {
        String text = layout.has("kind") ? text(rec, "kind") : "";
        if (text.isEmpty()) {
            return layout.format() == MeterLayout.Format.INTERVAL ? MeterReading.Kind.INTERVAL_METER : MeterReading.Kind.PDU;
        }
        return MeterReading.Kind.parse(text.toLowerCase(java.util.Locale.ROOT)).orElseThrow(() -> new BadRow("kind",
                "unknown kind '" + Excerpt.of(text) + "'; expected one of " + MeterReading.Kind.labels()));
    }

    private String text(List<String> rec, String column) { return rec.get(layout.index(column)).strip(); }

    /** A meter, site or facility name: {@link #text}, at most {@link TextLimit#MAX} characters (else the row is quarantined). */
    private String name(List<String> rec, String column) {
        String v = text(rec, column);
        String tooLong = TextLimit.exceeded(v);
        if (tooLong != null) throw new BadRow(column, tooLong);
        return v;
    }

    /** A number that must be finite and not negative; {@code what} names it in the message. */
    private double number(List<String> rec, String column, String what) {
        String t = text(rec, column);
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new BadRow(column, "'" + Excerpt.of(t) + "' is not a number; expected the " + what + " in " + unit(column));
        }
        if (!Double.isFinite(v)) throw new BadRow(column, "'" + Excerpt.of(t) + "' is not a finite number");
        if (v < 0) throw new BadRow(column, "negative " + what + " " + Excerpt.of(t) + " " + unit(column) + "; expected 0 or more");
        if (v > TimeLimits.MAX_AMOUNT) {
            throw new BadRow(column, "'" + Excerpt.of(t) + "' is too large; expected the " + what + " in " + unit(column) + ", at most 1e15");
        }
        return v;
    }

    private static String unit(String column) {
        return switch (column) {
            case "power_w" -> "W";
            case "power_kw" -> "kW";
            case "interval_minutes" -> "minutes";
            default -> "kWh";
        };
    }

    /** ISO 8601 with a UTC offset ({@code Z} or {@code +02:00}); a space may stand for the {@code T} ({@link Timestamps}). */
    static Instant instant(String field, String text) {
        return parse(field, text, Timestamps.Forms.OFFSET);
    }

    /** A date (midnight UTC) or an ISO 8601 time with offset. */
    private static Instant dateOrInstant(String field, String text) {
        return parse(field, text, Timestamps.Forms.OFFSET_OR_DATE);
    }

    private static Instant parse(String field, String text, Timestamps.Forms forms) {
        if (text.isEmpty()) throw new BadRow(field, field + " is empty; expected an ISO 8601 time such as 2026-10-01T00:00:00Z");
        try {
            return Timestamps.parse(text, forms);
        } catch (TimestampException e) {
            throw switch (e.reason()) {
                case NO_OFFSET -> new BadRow(field, "'" + Excerpt.of(text) + "' has no UTC offset; expected ISO 8601 with Z or ±hh:mm "
                        + "(2026-10-01T00:00:00Z): a local time is not guessed");
                case NOT_A_DATE -> new BadRow(field, "'" + Excerpt.of(text) + "' is not a date; expected YYYY-MM-DD");
                case EMPTY, NOT_A_TIME -> new BadRow(field, "'" + Excerpt.of(text) + "' is not a time; expected ISO 8601 with a UTC "
                        + "offset, such as 2026-10-01T00:00:00Z");
            };
        }
    }
}
