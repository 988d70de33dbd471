package io.wattprint.core.scope2;

import java.util.Locale;

/**
 * Kinds of contractual instrument the market-based method recognises (GHG Protocol Scope 2
 * Guidance, 2015, chapter 6), each with its place in the emission-factor hierarchy.
 */
public enum InstrumentType {
    /** Renewable Energy Certificate (North America): an energy attribute certificate. */
    REC(Hierarchy.EAC, "Renewable Energy Certificate"),
    /** Guarantee of Origin (EU Directive 2018/2001 art. 19, AIB/EECS registries): an energy attribute certificate. */
    GO(Hierarchy.EAC, "Guarantee of Origin"),
    /** International REC (I-REC Standard): an energy attribute certificate. */
    I_REC(Hierarchy.EAC, "International REC"),
    /** Power purchase agreement or other direct contract with a generator, its attributes bundled. */
    PPA(Hierarchy.CONTRACT, "power purchase agreement"),
    /** A supplier's or utility's specific emission rate for the electricity it delivered. */
    SUPPLIER_RATE(Hierarchy.SUPPLIER_RATE, "supplier-specific emission rate");

    private final Hierarchy level;
    private final String description;

    InstrumentType(Hierarchy level, String description) {
        this.level = level;
        this.description = description;
    }

    public Hierarchy level() { return level; }

    public String description() { return description; }

    /** The name as users write it: {@code GO}, {@code I-REC}, {@code SUPPLIER-RATE}. */
    public String label() { return name().replace('_', '-'); }

    /** Parses a label or enum name, case-insensitively; {@code I-REC}, {@code I_REC} and {@code IREC} all mean {@link #I_REC}. */
    public static InstrumentType parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("IREC")) return I_REC;
        for (InstrumentType type : values()) {
            if (type.name().equals(t)) return type;
        }
        throw new IllegalArgumentException("unknown instrument type '" + text + "' (expected REC, GO, I-REC, PPA or SUPPLIER-RATE)");
    }
}
