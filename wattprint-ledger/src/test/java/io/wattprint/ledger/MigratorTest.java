package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration runner on its own, on a bare SQLite connection. */
class MigratorTest {
    @TempDir
    Path dir;

    @Test
    void scriptsSplitAtSemicolonsEndingALineAndDropComments() {
        String script = "-- a comment\nCREATE TABLE a (\n  x TEXT -- trailing words stay\n);\n\nCREATE INDEX i ON a (x);\n";

        assertThat(Migrator.statements(script)).containsExactly(
                "CREATE TABLE a (\nx TEXT -- trailing words stay\n)", "CREATE INDEX i ON a (x)");
    }

    @Test
    void theShippedScriptsAreNumberedFromOne() {
        assertThat(Migrator.shipped(Dialect.SQLITE)).extracting(Migrator.Migration::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(Migrator.shipped(Dialect.SQLITE)).extracting(Migrator.Migration::description)
                .containsExactly("init", "markers", "factor_series", "instruments", "facilities", "allocation_hardware", "imports",
                        "cloud_emissions", "run_updates", "quarantine_row_key", "factor_series_keys", "interval_keys",
                        "explanation_templates", "run_keys", "residual_mix_composition", "api_tokens", "codecarbon_api", "fleet",
                        "footprint_rows");
        assertThat(new Migrator(Dialect.POSTGRESQL).latest()).isEqualTo(19);
    }

    @Test
    void pendingScriptsRunOnceAndAreRecorded() throws Exception {
        try (Connection c = connect()) {
            Migrator m = new Migrator(Dialect.SQLITE);
            List<Migrator.Migration> shipped = Migrator.shipped(Dialect.SQLITE);
            assertThat(m.migrate(c, "test")).isEqualTo(shipped.size());
            assertThat(m.migrate(c, "test")).isZero();

            int next = m.latest() + 1;
            List<Migrator.Migration> more = new ArrayList<>(shipped);
            more.add(new Migrator.Migration(next, "add_notes", "CREATE TABLE notes (run_id TEXT NOT NULL);"));
            assertThat(new Migrator(Dialect.SQLITE, more).migrate(c, "test")).isEqualTo(1);
            List<String> expected = new ArrayList<>();
            for (Migrator.Migration s : shipped) expected.add(s.version() + " " + s.description().replace('_', ' '));
            expected.add(next + " add notes");
            assertThat(rows(c, "SELECT version || ' ' || description FROM schema_version ORDER BY version"))
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aFailingScriptLeavesTheLedgerAsItWas() throws Exception {
        try (Connection c = connect()) {
            Migrator m = new Migrator(Dialect.SQLITE);
            m.migrate(c, "test");
            int next = m.latest() + 1;
            List<Migrator.Migration> more = new ArrayList<>(Migrator.shipped(Dialect.SQLITE));
            more.add(new Migrator.Migration(next, "broken", "CREATE TABLE half (x TEXT);\nCREATE TABLE oops (;"));

            assertThatThrownBy(() -> new Migrator(Dialect.SQLITE, more).migrate(c, "test"))
                    .isInstanceOf(SQLException.class).hasMessageStartingWith("migration V" + next + "__broken failed: ");

            assertThat(Migrator.currentVersion(c)).isEqualTo(m.latest());
            assertThat(rows(c, "SELECT name FROM sqlite_master WHERE name = 'half'")).isEmpty();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("m.db"));
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
