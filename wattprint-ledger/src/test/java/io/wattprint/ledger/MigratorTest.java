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
        assertThat(Migrator.shipped(Dialect.SQLITE)).extracting(Migrator.Migration::version).containsExactly(1, 2, 3, 4, 5);
        assertThat(Migrator.shipped(Dialect.SQLITE)).extracting(Migrator.Migration::description)
                .containsExactly("init", "markers", "reserved", "reserved", "facilities");
        assertThat(new Migrator(Dialect.POSTGRESQL).latest()).isEqualTo(5);
    }

    @Test
    void pendingScriptsRunOnceAndAreRecorded() throws Exception {
        try (Connection c = connect()) {
            Migrator m = new Migrator(Dialect.SQLITE);
            assertThat(m.migrate(c, "test")).isEqualTo(5);
            assertThat(m.migrate(c, "test")).isZero();

            List<Migrator.Migration> next = new ArrayList<>(Migrator.shipped(Dialect.SQLITE));
            next.add(new Migrator.Migration(6, "add_notes", "CREATE TABLE notes (run_id TEXT NOT NULL);"));
            assertThat(new Migrator(Dialect.SQLITE, next).migrate(c, "test")).isEqualTo(1);
            assertThat(rows(c, "SELECT version || ' ' || description FROM schema_version ORDER BY version"))
                    .containsExactly("1 init", "2 markers", "3 reserved", "4 reserved", "5 facilities", "6 add notes");
        }
    }

    @Test
    void aFailingScriptLeavesTheLedgerAsItWas() throws Exception {
        try (Connection c = connect()) {
            new Migrator(Dialect.SQLITE).migrate(c, "test");
            List<Migrator.Migration> next = new ArrayList<>(Migrator.shipped(Dialect.SQLITE));
            next.add(new Migrator.Migration(6, "broken", "CREATE TABLE half (x TEXT);\nCREATE TABLE oops (;"));

            assertThatThrownBy(() -> new Migrator(Dialect.SQLITE, next).migrate(c, "test"))
                    .isInstanceOf(SQLException.class).hasMessageStartingWith("migration V6__broken failed: ");

            assertThat(Migrator.currentVersion(c)).isEqualTo(5);
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
