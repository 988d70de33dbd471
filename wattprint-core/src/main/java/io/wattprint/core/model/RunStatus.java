package io.wattprint.core.model;

import java.util.Locale;

/** Life of a run: it is opened RUNNING and closed once with one of the final states. */
public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED, INTERRUPTED;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static RunStatus parse(String s) { return valueOf(s.trim().toUpperCase(Locale.ROOT)); }
}
