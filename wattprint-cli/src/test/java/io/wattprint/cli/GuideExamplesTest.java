package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.wattprint.testkit.Upstream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guides under docs/ kept honest: their example commands are run again in-process, and what they print must be
 * what the guide shows. In a {@code console} block each {@code $ wattprint …} line is a command and the lines under
 * it its expected output, in order; a line with {@code …} stands for text left out (the part before it must start
 * an output line), a line of only {@code …} for lines left out; a command must exit 0, or N where its comment says
 * {@code # exit N}. A {@code sh} block that starts with
 * {@code export WATTPRINT_HOME=$(mktemp -d)} opens a fresh ledger and runs its other lines as set-up. The tests run
 * in the module directory, so {@code docs/…} arguments are read from {@code ../docs/…}, and
 * {@code ../shared/upstream/…} ones through {@link Upstream} (skipped on a desk without them, failed under CI); the
 * output shows each argument as the guide wrote it and the scratch home of the replay as {@code /home/me}. A command
 * may end in {@code | grep 'TEXT'}: only its output lines holding TEXT are compared.
 *
 * <p>Where a guide's figures come from a run metered on the writer's machine, the replay meters its own run and
 * compares the lines with every word that holds a digit taken for any such word ({@link #sameShape}): the labels, the
 * columns, the units and the order are checked, the machine's figures are not. Console blocks that are not replayed
 * are listed in {@link #NOT_REPLAYED} with the reason, and that list is checked against the guides.
 */
class GuideExamplesTest {
    static final Path ROOT = Path.of("..");
    static final Path DOCS = ROOT.resolve("docs");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void theReportsGuideWalkthroughPrintsWhatItShows() throws IOException {
        // Scope 2, ESRS E1, the methodology appendix and the AI Act fields, each on the ledger its sh block makes.
        assertThat(replay(DOCS.resolve("GUIDE-reports.md"), Set.of())).hasSize(4);
    }

    @Test
    void theFootprintGuidesEstimateSciAndHardwareExamplesPrintWhatTheyShow() throws IOException {
        // Its other console blocks start from metered runs, whose figures differ on every machine; these need none.
        List<String> ran = replay(DOCS.resolve("GUIDE-footprint.md"), Set.of("estimate", "sci", "hardware"));
        assertThat(ran).hasSize(3);
    }

    @Test
    void theRunGuidesTagExamplesPrintWhatTheyShowWithTheirExitCodes() throws IOException {
        // Tags added, the same tags again, and a changed value refused with exit 2.
        assertThat(replay(DOCS.resolve("GUIDE-run.md"), Set.of())).hasSize(3);
    }

    @Test
    void theReadmeTourMetersARunListsItAndReportsItAsItShows() throws IOException {
        // The tour's run is metered here (a real sleep 3): its figures are this machine's, its lines are the README's.
        // Like RunCommandTest, it assumes a host without an NVIDIA GPU or readable RAPL counters (a VM, a container, CI):
        // there the cpu line says "measured (energy counter: …)", not the README's "estimated (model: …)".
        assertThat(replay(ROOT.resolve("README.md"), Set.of(), Mode.METERED))
                .containsExactly("bin/wattprint run --project demo --phase training --location FR -- sleep 3",
                        "bin/wattprint runs list --since 7d", "bin/wattprint report summary --by project");
    }

    @Test
    void theFootprintGuidesHourlyFactorsBlockPrintsWhatItShows() throws IOException {
        // An imported CodeCarbon run, the example series imported and listed, and the run recomputed with it.
        assertThat(replay(DOCS.resolve("GUIDE-footprint.md"), Set.of(), Mode.FRESH_HOME, Set.of("bin/wattprint ingest codecarbon")))
                .hasSize(4);
    }

    @Test
    void theFootprintGuidesScope2BlockOnAMeteredRunPrintsWhatItShows() throws IOException {
        // The run is metered here; the instruments, the residual mix and the Scope 2 table and warnings are the guide's.
        assertThat(replay(DOCS.resolve("GUIDE-footprint.md"), Set.of(), Mode.METERED, Set.of("bin/wattprint run --location FR")))
                .hasSize(5);
    }

    @Test
    void theImportGuidesCodeCarbonAndOneSittingExamplesPrintWhatTheyShow() throws IOException {
        // A CodeCarbon file with a bad row, its quarantine and its run; then one sitting: the three imports and the grid
        // series, the summary with the providers' figures and a run's factor line.
        assertThat(replay(DOCS.resolve("GUIDE-import.md"), Set.of())).hasSize(9);
    }

    @Test
    void theOperationsGuidesDoctorPrintsWhatItShows() throws IOException {
        assertThat(replay(DOCS.resolve("GUIDE-operations.md"), Set.of(), Mode.FRESH_HOME)).hasSize(2);
    }

    /** Console commands of the guides that are not replayed, by guide, each with why. */
    static final Map<String, Map<String, String>> NOT_REPLAYED = notReplayed();

    private static Map<String, Map<String, String>> notReplayed() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        String metered = "starts from runs metered on the writer's machine at the guide's dates (its figures and periods are that ledger's)";
        Map<String, String> footprint = new LinkedHashMap<>();
        footprint.put("bin/wattprint allocate --by tag:project", metered + "; its capacity (0.002 CPU-hours) fits that VM's "
                + "three runs, not another machine's");
        footprint.put("wattprint facility add lab-bench", "in the reconciliation block, which " + metered);
        footprint.put("wattprint facility pue lab-bench", "in the reconciliation block, which " + metered);
        footprint.put("wattprint run --facility lab-bench", metered);
        footprint.put("wattprint facility reading lab-bench", "in the reconciliation block, which " + metered);
        footprint.put("wattprint reconcile --facility lab-bench", metered + "; its made-up meter figure is set against that "
                + "machine's runs (coverage, residual and warnings change with the machine)");
        m.put("GUIDE-footprint.md", footprint);
        m.put("GUIDE-run.md", Map.of("bin/wattprint run --project demo --phase training --location FR -- sleep 3",
                "its model and note lines name the writer's CPU, memory and missing GPU and RAPL, which differ by machine; the "
                        + "README tour replays the same command with the lines that hold on any machine without GPU or RAPL"));
        return m;
    }

    @Test
    void everyCommandListedAsNotReplayedIsInItsGuide() throws IOException {
        for (var guide : NOT_REPLAYED.entrySet()) {
            List<String> commands = new ArrayList<>();
            for (Block b : blocks(read(DOCS.resolve(guide.getKey())))) {
                if (b.lang().equals("console")) examples(b.lines()).forEach(e -> commands.add(e.command()));
            }
            for (String listed : guide.getValue().keySet()) {
                assertThat(commands).as(guide.getKey() + ": " + listed).anyMatch(c -> c.startsWith(listed));
            }
        }
    }

    @Test
    void linesOfTheSameShapeDifferOnlyInWordsWithDigits() {
        assertThat(sameShape("  IT energy              0.01408 Wh", "  IT energy              0.2 Wh")).isTrue();
        assertThat(sameShape("wattprint: run a270be37 succeeded (exit 0) after 3.05 s",
                "wattprint: run 0c1d2e3f succeeded (exit 0) after 3.012 s")).isTrue();
        assertThat(sameShape("    factor               56.0 gCO2e/kWh, zone FR, …", "    factor   56.0 gCO2e/kWh, zone FR, year 2023")).isTrue();
        assertThat(sameShape("  IT energy              0.01408 Wh", "  IT energy              0.01408 kWh")).isFalse();
        assertThat(sameShape("demo        1  0.000014077", "search        1  0.000014077")).isFalse();
        assertThat(sameShape("run a270be37 succeeded", "run a270be37 failed")).isFalse();
    }

    @Test
    void aConsoleCommandsExitCodeIsTheOneItsCommentNames() {
        assertThat(exitCode("wattprint runs tag cb1c a=b      # exit 2")).isEqualTo(2);
        assertThat(exitCode("wattprint runs list   # newest first")).isZero();
        assertThat(exitCode("wattprint runs tag cb1c note=\"# exit 3\"")).isZero();
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndTheGuidesResolves() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> s = Files.walk(DOCS)) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        for (Path page : pages) {
            Matcher m = link.matcher(withoutCodeBlocks(read(page)));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) continue; // https:, mailto:
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path dest = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(dest)) {
                    broken.add(page + ": no file " + target);
                } else if (hash >= 0 && dest.toString().endsWith(".md") && !anchors(dest).contains(target.substring(hash + 1))) {
                    broken.add(page + ": no heading for " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(pages).hasSizeGreaterThan(5);
    }

    /** How a guide is replayed. */
    enum Mode {
        /** From the guide's first {@code export WATTPRINT_HOME=$(mktemp -d)} block, output exactly as shown. */
        GUIDE,
        /** On a fresh ledger in the default home from the guide's first command, output exactly as shown. */
        FRESH_HOME,
        /**
         * Like {@link #FRESH_HOME}, for runs metered here: a clock that ticks from the test's date (so periods and
         * years hold), and the lines' shape compared, not their figures.
         */
        METERED
    }

    List<String> replay(Path guide, Set<String> only) throws IOException {
        return replay(guide, only, Mode.GUIDE);
    }

    /**
     * Runs the guide's examples in order and checks their output; with {@code only} non-empty, only the console
     * commands whose first word is in it, each on a fresh ledger. Returns the commands it checked.
     */
    List<String> replay(Path guide, Set<String> only, Mode mode) throws IOException {
        return replay(guide, only, mode, Set.of());
    }

    /**
     * As {@link #replay(Path, Set, Mode)}; with {@code blocks} non-empty, only the console blocks whose first command
     * starts with one of them, each on a fresh ledger.
     */
    List<String> replay(Path guide, Set<String> only, Mode mode, Set<String> blocks) throws IOException {
        List<String> checked = new ArrayList<>();
        int[] ledgers = {0};
        java.util.function.Supplier<CliHarness> fresh = () -> {
            CliHarness h = harness("ledger-" + ++ledgers[0]);
            if (mode == Mode.METERED) h.clock = Clock.offset(Clock.systemUTC(), java.time.Duration.between(Instant.now(), CLOCK.instant()));
            return h;
        };
        CliHarness cli = mode == Mode.GUIDE ? null : fresh.get();
        // Resolved argument → as the guide wrote it, from every command so far: a later command may print an earlier one's.
        Map<String, String> written = new LinkedHashMap<>();
        for (Block b : blocks(read(guide))) {
            if (!blocks.isEmpty()) {
                List<Example> ex = b.lang().equals("console") ? examples(b.lines()) : List.of();
                if (ex.isEmpty() || blocks.stream().noneMatch(ex.get(0).command()::startsWith)) continue;
                cli = fresh.get();
            }
            if (b.lang().equals("sh") && only.isEmpty() && !b.lines().isEmpty()
                    && b.lines().get(0).startsWith("export WATTPRINT_HOME=$(mktemp -d)")) {
                cli = fresh.get();
                for (String line : b.lines().subList(1, b.lines().size())) {
                    if (line.isBlank()) continue;
                    for (String w : words(line)) if (!resolve(w).equals(w)) written.put(resolve(w), w);
                    var r = cli.run(args(line));
                    assertThat(r.code()).as(guide + ": " + line + "\n" + r).isZero();
                }
            } else if (b.lang().equals("console")) {
                for (Example e : examples(b.lines())) {
                    String command = e.command();
                    String grep = null;
                    Matcher pipe = Pattern.compile("^(.*?)\\s+\\|\\s+grep\\s+'([^']*)'\\s*$").matcher(command);
                    if (pipe.matches()) {
                        command = pipe.group(1);
                        grep = pipe.group(2);
                    }
                    String[] args = args(command);
                    if (!only.isEmpty() && (args.length == 0 || !only.contains(args[0]))) continue;
                    CliHarness on = only.isEmpty() ? cli : fresh.get();
                    if (on == null) continue; // before the guide's first fresh ledger
                    var r = on.run(args);
                    assertThat(r.code()).as(guide + ": " + e.command() + "\n" + r).isEqualTo(exitCode(command));
                    for (String w : words(command)) if (!resolve(w).equals(w)) written.put(resolve(w), w);
                    String output = asWritten(r.out() + r.err(), written, on);
                    final String filter = grep;
                    List<String> lines = output.lines().filter(l -> filter == null || l.contains(filter)).toList();
                    assertShows(guide + ": $ " + e.command(), e.expected(), lines, mode == Mode.METERED);
                    checked.add(e.command());
                }
            }
        }
        return checked;
    }

    /** The output with each argument as the guide wrote it (not as resolved for the test) and the home as /home/me. */
    static String asWritten(String output, Map<String, String> written, CliHarness cli) {
        String out = output;
        for (var w : written.entrySet()) out = out.replace(w.getKey(), w.getValue());
        return out.replace(cli.home.toString(), "/home/me");
    }

    /** The exit code a console command must end with: 0, or N where its comment says {@code # exit N}. */
    static int exitCode(String commandLine) {
        boolean quoted = false;
        for (int i = 0; i < commandLine.length(); i++) {
            char ch = commandLine.charAt(i);
            if (ch == '"') quoted = !quoted;
            if (ch == '#' && !quoted) {
                Matcher m = Pattern.compile("#\\s*exit\\s+(\\d+)\\s*$").matcher(commandLine.substring(i));
                return m.matches() ? Integer.parseInt(m.group(1)) : 0;
            }
        }
        return 0;
    }

    CliHarness harness(String name) {
        CliHarness h = new CliHarness(tmp.resolve(name));
        h.clock = CLOCK;
        return h;
    }

    static void assertShows(String what, List<String> expected, List<String> actual) {
        assertShows(what, expected, actual, false);
    }

    /**
     * Every expected line appears in the output, in the same order; {@code …} marks text left out. With
     * {@code anyFigures}, a line matches one of the {@link #sameShape same shape}.
     */
    static void assertShows(String what, List<String> expected, List<String> actual, boolean anyFigures) {
        int at = 0;
        for (String want : expected) {
            if (want.isBlank() || want.strip().equals("…")) continue;
            int found = -1;
            for (int i = at; i < actual.size() && found < 0; i++) {
                String line = actual.get(i).stripTrailing();
                if (anyFigures ? sameShape(want.stripTrailing(), line) : shows(want.stripTrailing(), line)) found = i;
            }
            assertThat(found).as(what + "\nexpected, after output line " + at + ":\n" + want + "\noutput:\n"
                    + String.join("\n", actual)).isNotNegative();
            at = found + 1;
        }
    }

    /**
     * Whether an output line is what a guide's line shows: equal, or where the guide writes {@code …}, the pieces
     * around each {@code …} in order, the first at the line's start and the last at its end (unless the guide's line
     * ends with {@code …}).
     */
    static boolean shows(String want, String line) {
        if (want.indexOf('…') < 0) return line.equals(want);
        String[] pieces = want.split("…", -1);
        if (!line.startsWith(pieces[0])) return false;
        int from = pieces[0].length();
        for (int p = 1; p < pieces.length - 1; p++) {
            int at = line.indexOf(pieces[p], from);
            if (at < 0) return false;
            from = at + pieces[p].length();
        }
        String last = pieces[pieces.length - 1];
        return line.length() - last.length() >= from && line.endsWith(last);
    }

    /**
     * Whether an output line {@link #shows} what a guide's line shows once, in both, every word (between spaces)
     * that holds a digit is replaced by {@code #} and runs of spaces by one: the same words, units and order, any
     * figures (energies, times, ids, a machine's TDP).
     */
    static boolean sameShape(String want, String line) {
        return shows(shape(want), shape(line));
    }

    private static String shape(String line) {
        StringBuilder out = new StringBuilder();
        for (String word : line.strip().split(" +")) {
            if (out.length() > 0) out.append(' ');
            out.append(word.chars().anyMatch(Character::isDigit) ? "#" : word);
        }
        return out.toString();
    }

    @Test
    void aGuidesLineWithEllipsesShowsEachPieceInOrder() {
        assertThat(shows("run cb1c…: 2 tag(s)…", "run cb1c7a5e: 2 tag(s) stored")).isTrue();
        assertThat(shows("run cb1c…: 2 tag(s) stored: a=1", "run cb1c7a5e: 2 tag(s) stored: a=1")).isTrue();
        assertThat(shows("run cb1c…: 2 tag(s) stored: a=1", "run cb1c7a5e: 2 tag(s) stored: a=1X")).isFalse();
        assertThat(shows("run cb1c…: 3 tag(s)…", "run cb1c7a5e: 2 tag(s) stored")).isFalse();
        assertThat(shows("a…b", "ab")).isTrue();
        assertThat(shows("ab…b", "ab")).isFalse();
        assertThat(shows("total 5", "total 5 kWh")).isFalse();
    }

    record Block(String lang, List<String> lines) {}

    record Example(String command, List<String> expected) {}

    static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        String lang = null;
        List<String> lines = null;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("```")) {
                if (lang == null) {
                    lang = line.substring(3).strip();
                    lines = new ArrayList<>();
                } else {
                    out.add(new Block(lang, lines));
                    lang = null;
                }
            } else if (lang != null) {
                lines.add(line);
            }
        }
        return out;
    }

    /** A console block's {@code $ wattprint …} commands (a trailing {@code \} continues one) and their output lines. */
    static List<Example> examples(List<String> block) {
        List<Example> out = new ArrayList<>();
        String command = null;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            if (line.startsWith("$ ")) {
                if (command != null) out.add(new Example(command, expected));
                StringBuilder c = new StringBuilder(line.substring(2));
                while (c.toString().endsWith("\\") && i + 1 < block.size()) {
                    c.setLength(c.length() - 1);
                    c.append(' ').append(block.get(++i).strip());
                }
                command = c.toString();
                expected = new ArrayList<>();
            } else if (command != null) {
                expected.add(line);
            }
        }
        if (command != null) out.add(new Example(command, expected));
        return out;
    }

    /** Shell words of a command line (double quotes group; {@code #} starts a comment), without the program name. */
    static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        boolean quoted = false;
        for (char ch : commandLine.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
                if (w == null) w = new StringBuilder();
            } else if (!quoted && ch == '#' && w == null) {
                break;
            } else if (!quoted && Character.isWhitespace(ch)) {
                if (w != null) words.add(w.toString());
                w = null;
            } else {
                if (w == null) w = new StringBuilder();
                w.append(ch);
            }
        }
        if (w != null) words.add(w.toString());
        assertThat(words).as(commandLine).isNotEmpty();
        assertThat(words.get(0)).as(commandLine).isIn("wattprint", "bin/wattprint");
        return words.subList(1, words.size());
    }

    /** The arguments the test passes: {@link #words} with guide-relative paths resolved ({@link #resolve}). */
    static String[] args(String commandLine) {
        return words(commandLine).stream().map(GuideExamplesTest::resolve).toArray(String[]::new);
    }

    /** {@code docs/…} from the repository root; {@code ../shared/upstream/…} through {@link Upstream}; else as is. */
    static String resolve(String word) {
        if (word.startsWith("docs/")) return ROOT.resolve(word).toString();
        if (word.startsWith("../shared/upstream/")) return Upstream.file(word.substring("../shared/upstream/".length())).toString();
        return word;
    }

    static Set<String> anchors(Path md) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : withoutCodeBlocks(read(md)).lines().toList()) {
            Matcher h = Pattern.compile("^#{1,6} (.*)").matcher(line);
            if (h.find()) out.add(slug(h.group(1)));
        }
        return out;
    }

    /** GitHub's heading anchor: lower case, punctuation but '-' and '_' dropped, spaces to '-'. */
    static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
    }

    static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
