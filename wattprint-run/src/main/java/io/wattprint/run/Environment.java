package io.wattprint.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What wattprint reads from its surroundings: environment variables and the home directory.
 * The CLI and the Java API resolve the ledger and the spool the same way; tests pass their own
 * so that nothing touches the user's ~/.wattprint.
 */
public record Environment(Map<String, String> variables, Path userHome) {
    public static final String HOME_VAR = "WATTPRINT_HOME";
    public static final String DB_VAR = "WATTPRINT_DB";
    public static final String LOCATION_VAR = "WATTPRINT_LOCATION";

    public static Environment system() {
        return of(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The home directory is {@code $HOME}, as every command-line tool reads it; Java's
     * {@code user.home} (the account's home from the password database) only when {@code HOME} is
     * unset or empty.
     */
    static Environment of(Map<String, String> variables, String userHomeProperty) {
        String home = variables.get("HOME");
        return new Environment(variables, Path.of(home == null || home.isBlank() ? userHomeProperty : home));
    }

    public String get(String name) {
        String v = variables.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** $WATTPRINT_HOME, else $HOME/.wattprint. */
    public Path wattprintHome() {
        String home = get(HOME_VAR);
        return home != null ? Path.of(home) : userHome.resolve(".wattprint");
    }

    /** Where open runs keep their crash-safe spool files: $WATTPRINT_HOME/spool. */
    public Path spoolDir() { return wattprintHome().resolve("spool"); }

    /** This host's name, as a run stores it: $HOSTNAME, else the kernel's, else "unknown". */
    public String hostName() {
        String h = get("HOSTNAME");
        if (h != null) return h;
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** --db if given, else $WATTPRINT_DB, else $WATTPRINT_HOME/ledger.db. */
    public String ledgerSpec(String dbOption) {
        if (dbOption != null && !dbOption.isBlank()) return dbOption;
        String db = get(DB_VAR);
        return db != null ? db : wattprintHome().resolve("ledger.db").toString();
    }
}
