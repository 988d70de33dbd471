package io.wattprint.core.scope2;

/**
 * The market-based emission-factor hierarchy of the GHG Protocol Scope 2 Guidance (2015,
 * chapter 6), in the order it is applied: energy attribute certificates, then direct contracts
 * (PPAs), then supplier-specific rates, then the residual mix for what no instrument covers,
 * and the grid average only where no residual mix is known (disclosed as such).
 */
public enum Hierarchy {
    EAC("energy attribute certificates (REC, GO, I-REC)"),
    CONTRACT("direct contracts (PPA)"),
    SUPPLIER_RATE("supplier-specific emission rate"),
    RESIDUAL_MIX("residual mix"),
    GRID_AVERAGE("grid average (no residual mix known)");

    private final String description;

    Hierarchy(String description) { this.description = description; }

    public String description() { return description; }

    /** 1 for EACs … 5 for the grid average. */
    public int rank() { return ordinal() + 1; }
}
