package io.wattprint.ledger;

/** Reaches {@link RunRepository#scanAll} (package-private) for the list benchmark in {@code io.wattprint.ledger.bench}. */
public final class ListFloor {
    private ListFloor() {}

    /** Every value {@code list(RunQuery.all())} reads, read as strings with no record built; how many there were. */
    public static long scan(Ledger ledger) {
        return ledger.runs().scanAll();
    }
}
