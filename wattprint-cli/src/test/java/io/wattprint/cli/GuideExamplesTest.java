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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guides under docs/ kept honest: their example commands are run again in-process, and what they print must be
 * what the guide shows. In a {@code console} block each {@code $ wattprint …} line is a command and the lines under
 * it its expected output, in order; a line with {@code …} stands for text left out (the part before it must start
 * an output line), a line of only {@code …} for lines left out; a command must exit 0, or N where its comment says
 * {@code # exit N}. A {@code sh} block that starts with
 * {@code export WATTPRINT_HOME=$(mktemp -d)} opens a fresh ledger and runs its other lines as set-up. The tests run
 * in the module directory, so {@code docs/…} arguments are read from {@code ../docs/…}.
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

    /**
     * Runs the guide's examples in order and checks their output; with {@code only} non-empty, only the console
     * commands whose first word is in it, each on a fresh ledger. Returns the commands it checked.
     */
    List<String> replay(Path guide, Set<String> only) throws IOException {
        List<String> checked = new ArrayList<>();
        CliHarness cli = null;
        int ledgers = 0;
        for (Block b : blocks(read(guide))) {
            if (b.lang().equals("sh") && only.isEmpty() && !b.lines().isEmpty()
                    && b.lines().get(0).startsWith("export WATTPRINT_HOME=$(mktemp -d)")) {
                cli = harness("ledger-" + ++ledgers);
                for (String line : b.lines().subList(1, b.lines().size())) {
                    if (line.isBlank()) continue;
                    var r = cli.run(args(line));
                    assertThat(r.code()).as(guide + ": " + line + "\n" + r).isZero();
                }
            } else if (b.lang().equals("console")) {
                for (Example e : examples(b.lines())) {
                    String[] args = args(e.command());
                    if (!only.isEmpty() && (args.length == 0 || !only.contains(args[0]))) continue;
                    CliHarness on = only.isEmpty() ? cli : harness("ledger-" + ++ledgers);
                    if (on == null) continue; // before the guide's first fresh ledger
                    var r = on.run(args);
                    assertThat(r.code()).as(guide + ": " + e.command() + "\n" + r).isEqualTo(exitCode(e.command()));
                    assertShows(guide + ": $ " + e.command(), e.expected(), (r.out() + r.err()).lines().toList());
                    checked.add(e.command());
                }
            }
        }
        return checked;
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

    /** Every expected line appears in the output, in the same order; {@code …} marks text left out. */
    static void assertShows(String what, List<String> expected, List<String> actual) {
        int at = 0;
        for (String want : expected) {
            if (want.isBlank() || want.strip().equals("…")) continue;
            int found = -1;
            for (int i = at; i < actual.size() && found < 0; i++) {
                if (shows(want.stripTrailing(), actual.get(i).stripTrailing())) found = i;
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
    static String[] args(String commandLine) {
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
        return words.subList(1, words.size()).stream()
                .map(a -> a.startsWith("docs/") ? ROOT.resolve(a).toString() : a)
                .toArray(String[]::new);
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
