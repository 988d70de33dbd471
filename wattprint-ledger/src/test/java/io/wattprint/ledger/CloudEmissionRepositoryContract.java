package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.cloud.CloudEmission.Method;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Co2e;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ledger database must do with provider-reported cloud emissions; runs on SQLite and PostgreSQL. */
abstract class CloudEmissionRepositoryContract {
    private static final Period SEP = Period.parse("2025-09");
    private static final Period OCT = Period.parse("2025-10");

    protected Ledger ledger;
    protected CloudEmissionRepository repo;

    /** A spec (path or JDBC URL) of a ledger no other test uses. */
    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        repo = ledger.cloudEmissions();
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    private static CloudEmission aws(String model, Period p, Integer scope, Method method, double tonnes) {
        return new CloudEmission("aws", model, "111111111111", "222222222222", null, "AmazonEC2", "eu-west-1",
                "Europe (Ireland)", p, scope, method, Co2e.ofTonnes(tonnes), "aws-carbon");
    }

    @Test
    void aFigureIsStoredWithEveryFieldAndReadBack() {
        CloudEmission gcp = new CloudEmission("gcp", "12", "01A2B3-C4D5E6", null, "ml-training", "Compute Engine",
                "europe-west4", "Netherlands", SEP, 2, Method.MARKET, Co2e.ofKilograms(12.5), "gcp-carbon");

        assertThat(repo.add(List.of(gcp), "imp-1")).extracting(CloudEmissionRepository.Added::stored).isEqualTo(List.of(true));

        assertThat(repo.current(null, null)).containsExactly(gcp);
        assertThat(repo.history(null, null)).singleElement().satisfies(r -> {
            assertThat(r.seq()).isEqualTo(1);
            assertThat(r.importId()).isEqualTo("imp-1");
            assertThat(r.current()).isTrue();
        });
    }

    @Test
    void reAddingTheSameFiguresStoresNothing() {
        List<CloudEmission> batch = List.of(aws("v3.0.0", OCT, 1, null, 0.5), aws("v3.0.0", OCT, 2, Method.LOCATION, 1.25),
                aws("v3.0.0", OCT, 2, Method.MARKET, 0.75));
        repo.add(batch, "imp-1");

        assertThat(repo.add(batch, "imp-2")).extracting(CloudEmissionRepository.Added::stored).isEqualTo(List.of(false, false, false));
        assertThat(count()).isEqualTo(3);
        assertThat(repo.current(null, null)).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void anUpdatedFigureSupersedesTheStoredOneAndTheHistoryIsKept() {
        CloudEmission first = aws("v3.0.0", OCT, 2, Method.LOCATION, 1.25);
        CloudEmission updated = aws("v3.0.0", OCT, 2, Method.LOCATION, 1.5);
        repo.add(List.of(first), "imp-1");

        assertThat(repo.add(List.of(updated), "imp-2")).extracting(CloudEmissionRepository.Added::stored).isEqualTo(List.of(true));

        assertThat(repo.current(null, null)).containsExactly(updated);
        assertThat(repo.history(null, null)).extracting(r -> r.emission().co2e().tonnes() + " seq " + r.seq() + " "
                + r.importId() + " " + r.current()).containsExactly("1.25 seq 1 imp-1 false", "1.5 seq 2 imp-2 true");
    }

    @Test
    void aNewerModelVersionSupersedesTheOlderForTheSameGroupAndBothAreNeverSummed() {
        // AWS delivers v2 and v3 side by side for three months: v2 gives totals, v3 gives scopes.
        CloudEmission v2Total = aws("v2.1.0", OCT, null, Method.LOCATION, 2.0);
        CloudEmission v3Scope1 = aws("v3.0.0", OCT, 1, null, 0.25);
        CloudEmission v3Scope2 = aws("v3.0.0", OCT, 2, Method.LOCATION, 1.5);
        CloudEmission v2OnlySep = aws("v2.1.0", SEP, null, Method.LOCATION, 1.0);

        repo.add(List.of(v3Scope1, v2Total, v3Scope2, v2OnlySep), "imp-1");

        assertThat(repo.current(null, null)).containsExactly(v2OnlySep, v3Scope1, v3Scope2);
        assertThat(repo.history(null, null)).filteredOn(r -> !r.current()).extracting(CloudEmissionRepository.Recorded::emission)
                .containsExactly(v2Total);
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void modelVersionsCompareAsNumbersNotAsText() {
        CloudEmission v9 = aws("v9", OCT, 2, Method.LOCATION, 1.0);
        CloudEmission v10 = aws("v10", OCT, 2, Method.LOCATION, 2.0);
        repo.add(List.of(v10, v9), "imp-1");

        assertThat(repo.current(null, null)).containsExactly(v10);
    }

    @Test
    void readsAreLimitedToPeriodsStartingInTheRange() {
        CloudEmission sep = aws("v3.0.0", SEP, 1, null, 0.1);
        CloudEmission oct = aws("v3.0.0", OCT, 1, null, 0.2);
        repo.add(List.of(sep, oct), "imp-1");

        assertThat(repo.current(OCT.from(), null)).containsExactly(oct);
        assertThat(repo.current(null, OCT.from())).containsExactly(sep);
        assertThat(repo.current(Instant.parse("2026-01-01T00:00:00Z"), null)).isEmpty();
    }

    private long count() {
        try (Statement s = ledger.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM cloud_emissions")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
