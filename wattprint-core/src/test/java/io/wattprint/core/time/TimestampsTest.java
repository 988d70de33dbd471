package io.wattprint.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.time.TimestampException.Reason;
import io.wattprint.core.time.Timestamps.Forms;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form one of the four importers read before {@link Timestamps} (GridValues, cloud Values, MeterRows,
 * CodeCarbonRow), written from seeded random instants and read back, under each {@link Forms}; then what is refused.
 */
class TimestampsTest {

    private static final List<Forms> ALL = List.of(Forms.OFFSET, Forms.OFFSET_OR_DATE, Forms.UTC, Forms.UTC_OR_DATE);
    private static final long FROM = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    /** A form: how an instant is written in it (after cutting it to what the form can hold), and where it is read. */
    record Form(String name, ChronoUnit precision, Function<Instant, String> write, Kind kind) {
        @Override
        public String toString() { return name; }
    }

    enum Kind {
        OFFSET, LOCAL, DATE;

        boolean readBy(Forms f) {
            return switch (this) {
                case OFFSET -> true;
                case LOCAL -> f.localIsUtc();
                case DATE -> f.dates();
            };
        }
    }

    private static String utc(Instant i, String pattern) {
        return DateTimeFormatter.ofPattern(pattern).format(i.atOffset(ZoneOffset.UTC));
    }

    static Stream<Form> forms() {
        return Stream.of(
                // ISO 8601 with Z: every importer (grid offsetInstant, meter, cloud, CodeCarbon API records)
                new Form("2026-10-01T12:34:56Z", ChronoUnit.SECONDS, i -> utc(i, "uuuu-MM-dd'T'HH:mm:ss'Z'"), Kind.OFFSET),
                new Form("fraction of a second", ChronoUnit.NANOS, i -> i.atOffset(ZoneOffset.UTC).toString(), Kind.OFFSET),
                // grid: seconds optional (2019-08-25T12:30Z)
                new Form("2019-08-25T12:30Z", ChronoUnit.MINUTES, i -> utc(i, "uuuu-MM-dd'T'HH:mm'Z'"), Kind.OFFSET),
                new Form("lower-case t and z", ChronoUnit.SECONDS, i -> utc(i, "uuuu-MM-dd't'HH:mm:ss'z'"), Kind.OFFSET),
                // an offset: grid, meter (+02:00), cloud
                new Form("+05:30 offset", ChronoUnit.SECONDS,
                        i -> DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").format(i.atOffset(ZoneOffset.ofHoursMinutes(5, 30))),
                        Kind.OFFSET),
                new Form("-08:00 offset", ChronoUnit.SECONDS,
                        i -> DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").format(i.atOffset(ZoneOffset.ofHours(-8))),
                        Kind.OFFSET),
                // meter: a space for the T
                new Form("2026-10-01 00:00:00+02:00", ChronoUnit.SECONDS,
                        i -> DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssxxx").format(i.atOffset(ZoneOffset.ofHours(2))), Kind.OFFSET),
                // cloud (BigQuery): " UTC", with or without a fraction
                new Form("2025-10-01 00:00:00 UTC", ChronoUnit.SECONDS, i -> utc(i, "uuuu-MM-dd HH:mm:ss") + " UTC", Kind.OFFSET),
                new Form("2025-10-01 00:00:00.123456 UTC", ChronoUnit.MICROS, i -> utc(i, "uuuu-MM-dd HH:mm:ss.SSSSSS") + " UTC",
                        Kind.OFFSET),
                // CodeCarbon (%Y-%m-%dT%H:%M:%S), cloud, grid utcInstant: local read as UTC where the format says so
                new Form("2021-09-23T15:04:51", ChronoUnit.SECONDS, i -> utc(i, "uuuu-MM-dd'T'HH:mm:ss"), Kind.LOCAL),
                new Form("local with microseconds", ChronoUnit.MICROS, i -> utc(i, "uuuu-MM-dd'T'HH:mm:ss.SSSSSS"), Kind.LOCAL),
                // Electricity Maps CSV (Datetime (UTC)), cloud: a space for the T
                new Form("2024-01-01 00:00:00", ChronoUnit.SECONDS, i -> utc(i, "uuuu-MM-dd HH:mm:ss"), Kind.LOCAL),
                new Form("2024-01-01 00:00:00.123", ChronoUnit.MILLIS, i -> utc(i, "uuuu-MM-dd HH:mm:ss.SSS"), Kind.LOCAL),
                // cloud months and meter bills: a date, midnight UTC; cloud: a BigQuery date key
                new Form("2025-10-01", ChronoUnit.DAYS, i -> utc(i, "uuuu-MM-dd"), Kind.DATE),
                new Form("20251001", ChronoUnit.DAYS, i -> utc(i, "uuuuMMdd"), Kind.DATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void randomInstantsWrittenInAFormReadBackWhereTheFormIsAllowed(Form form) throws TimestampException {
        Random random = new Random(form.name().hashCode());
        for (int n = 0; n < 200; n++) {
            Instant at = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)), random.nextInt(1_000_000_000))
                    .truncatedTo(form.precision());
            String text = form.write().apply(at);
            for (Forms forms : ALL) {
                if (form.kind().readBy(forms)) {
                    assertThat(Timestamps.parse(text, forms)).as(text + " as " + forms).isEqualTo(at);
                    assertThat(Timestamps.parse("  " + text + " ", forms)).as("blanks around " + text).isEqualTo(at);
                } else {
                    Reason expected = form.kind() == Kind.LOCAL ? Reason.NO_OFFSET : Reason.NOT_A_TIME;
                    assertThatThrownBy(() -> Timestamps.parse(text, forms)).as(text + " as " + forms)
                            .isInstanceOfSatisfying(TimestampException.class, e -> assertThat(e.reason()).isEqualTo(expected));
                }
            }
        }
    }

    static Stream<Arguments> rejects() {
        return Stream.of(
                Arguments.of(null, Reason.EMPTY, "the time is empty"),
                Arguments.of("", Reason.EMPTY, "the time is empty"),
                Arguments.of("   ", Reason.EMPTY, "the time is empty"),
                Arguments.of("yesterday", Reason.NOT_A_TIME, "'yesterday' is not an ISO 8601 date-time"),
                Arguments.of("1696118400", Reason.NOT_A_TIME, "'1696118400' is not an ISO 8601 date-time"),
                Arguments.of("2026/10/01 00:00:00", Reason.NOT_A_TIME, "'2026/10/01 00:00:00' is not an ISO 8601 date-time"),
                Arguments.of("2026-13-01T00:00:00Z", Reason.NOT_A_TIME, "'2026-13-01T00:00:00Z' is not an ISO 8601 date-time"),
                Arguments.of("2026-10-01T24:30:00Z", Reason.NOT_A_TIME, "'2026-10-01T24:30:00Z' is not an ISO 8601 date-time"),
                Arguments.of("2026-10-01T00:00:00+25:00", Reason.NOT_A_TIME, "'2026-10-01T00:00:00+25:00' is not an ISO 8601 date-time"),
                Arguments.of("2026-10-01 UTC", Reason.NOT_A_TIME, "'2026-10-01 UTC' is not an ISO 8601 date-time"),
                Arguments.of("2026-02-30", Reason.NOT_A_DATE, "'2026-02-30' is not a date"),
                Arguments.of("20261301", Reason.NOT_A_DATE, "'20261301' is not a date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejects")
    void refusedUnderTheMostLenientForms(String text, Reason reason, String message) {
        assertThatThrownBy(() -> Timestamps.parse(text, Forms.UTC_OR_DATE))
                .isInstanceOfSatisfying(TimestampException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.text()).isEqualTo(text);
                })
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void hasOffsetSaysWhetherATextCarriesItsOwnOffset(Form form) {
        String text = form.write().apply(Instant.parse("2026-10-01T12:34:56.789Z").truncatedTo(form.precision()));
        assertThat(Timestamps.hasOffset(text)).as(text).isEqualTo(form.kind() == Kind.OFFSET);
    }

    @Test
    void aLocalTimeWithoutOffsetIsRefusedWhereTheFormatDoesNotSayUtc() {
        assertThatThrownBy(() -> Timestamps.parse("2026-10-01T00:00:00", Forms.OFFSET_OR_DATE))
                .hasMessage("'2026-10-01T00:00:00' has no UTC offset");
        assertThatThrownBy(() -> Timestamps.parse("2026-10-01 00:00", Forms.OFFSET)).hasMessage("'2026-10-01 00:00' has no UTC offset");
    }
}
