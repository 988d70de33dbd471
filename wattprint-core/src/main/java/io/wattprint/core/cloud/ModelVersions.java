package io.wattprint.core.cloud;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders providers' carbon model versions: "v3.0.0" after "v2.1.0", "12" after "9". The numbers in
 * the text are compared one by one as numbers ("v10" after "v9"); text without numbers, or equal
 * numbers, falls back to plain text order so that the order is total.
 */
public final class ModelVersions {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Oldest first. */
    public static final Comparator<String> ORDER = ModelVersions::compare;

    private ModelVersions() {}

    public static int compare(String a, String b) {
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        while (true) {
            boolean na = ma.find();
            boolean nb = mb.find();
            if (!na || !nb) {
                if (na != nb) return na ? 1 : -1;
                return a.compareTo(b);
            }
            int c = new java.math.BigInteger(ma.group()).compareTo(new java.math.BigInteger(mb.group()));
            if (c != 0) return c;
        }
    }
}
