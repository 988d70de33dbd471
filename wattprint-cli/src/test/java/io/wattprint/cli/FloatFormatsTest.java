package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md "One number rule", the half {@link LayeringTest#onlyCoreFiguresFormatNumbers} cannot see: a
 * {@code String.format("%.2f")}, {@code printf("%,.0f")} or {@code "%e".formatted(x)} is a string in byte code. This
 * reads the main sources of every module and fails on a floating-point conversion ({@code %f}, {@code %e},
 * {@code %g}, {@code %a}, with any flags, width or precision) in a string literal outside {@code core/figure}.
 */
class FloatFormatsTest {
    /** A literal, its contents in group 1 (escaped quotes kept inside). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A char literal ('"' would open a string to the matcher above): taken out of a line first. */
    private static final Pattern CHAR = Pattern.compile("'(?:[^'\\\\]|\\\\[^']+)'");
    /**
     * A java.util.Formatter floating-point conversion, after any "%%" is taken out; the space flag is left out, as
     * "75.0 % estimated" in a sentence is a percent sign, not a format.
     */
    static final Pattern FLOAT = Pattern.compile("%(\\d+\\$)?[-#+0,(]*\\d*(\\.\\d+)?[fFeEgGaA]");

    /**
     * Literals that may keep a float format, by file and literal, with the reason. Neither is a figure a person reads:
     * SVG coordinates (geometry, whose text is fixed by the goldens of the charts and labels), and grouping keys.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "wattprint-report/src/main/java/io/wattprint/report/render/SvgChart.java|%.1f", "an SVG coordinate, not a figure",
            "wattprint-report/src/main/java/io/wattprint/report/label/LabelSvg.java|%.2f", "an SVG coordinate, not a figure",
            "wattprint-report/src/main/java/io/wattprint/report/methodology/Formulas.java|%012.6f|%s",
            "a map key grouping footprints by PUE, never printed",
            "wattprint-report/src/main/java/io/wattprint/report/Basis.java|%012.6f|%s", "a map key grouping footprints by PUE, never printed");

    static boolean formatsAFloat(String literal) { return FLOAT.matcher(literal.replace("%%", "")).find(); }

    @Test
    void thePatternFindsFloatFormatsAndNothingElse() {
        for (String f : new String[] {"%.0f %%", "%,.0f rows/s", "%.2f", "%e", "%10.3g", "%1$.1f", "%-8.2f|", "%A"}) {
            assertThat(formatsAFloat(f)).as(f).isTrue();
        }
        for (String f : new String[] {"%s", "%,d bytes", "100 %%", "%d %%", "%Y-%m-%dT%H:%M:%S", "50%", "%n", "%%f",
                "75.0 % estimated", "100 %, fossil"}) {
            assertThat(formatsAFloat(f)).as(f).isFalse();
        }
    }

    @Test
    void noMainSourceOutsideCoreFigureFormatsAFloat() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        List<String> allowedSeen = new ArrayList<>();
        int files = 0;
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("wattprint-")).sorted().toList()) {
                Path src = module.resolve("src/main/java");
                if (!Files.isDirectory(src)) continue;
                try (Stream<Path> java = Files.walk(src)) {
                    for (Path f : java.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                        files++;
                        String rel = root.relativize(f).toString().replace('\\', '/');
                        if (rel.contains("/io/wattprint/core/figure/")) continue;
                        List<String> lines = Files.readAllLines(f);
                        for (int i = 0; i < lines.size(); i++) {
                            Matcher m = LITERAL.matcher(CHAR.matcher(lines.get(i)).replaceAll("' '"));
                            while (m.find()) {
                                if (!formatsAFloat(m.group(1))) continue;
                                String key = rel + "|" + m.group(1);
                                if (ALLOWED.containsKey(key)) allowedSeen.add(key);
                                else found.add(rel + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
                            }
                        }
                    }
                }
            }
        }
        assertThat(files).as("main sources read").isGreaterThan(300);
        assertThat(found).as("float formats outside io.wattprint.core.figure: use Figures").isEmpty();
        assertThat(allowedSeen).as("every allowed literal still exists (else drop it from ALLOWED)").containsAll(ALLOWED.keySet());
    }
}
