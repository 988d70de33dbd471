package io.wattprint.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real headless Chromium for the tests that look at the reports' pages: one process per page, started with
 * {@code --headless=new --no-sandbox} (CI runs as root), a fresh profile folder each time, and waited for until it
 * ends (never a fixed sleep). Two uses: {@link #measure} loads a copy of the page with a script appended that writes
 * what it measured into the page, and reads it back from {@code --dump-dom}; {@link #screenshot} writes a PNG.
 *
 * <p>Where: {@code WATTPRINT_CHROMIUM} (environment) when set, else {@code chromium}, {@code chromium-browser} or
 * {@code google-chrome} on the {@code PATH}.
 *
 * <p>When it is missing: as {@link Upstream} does for its files, the calling test is <em>skipped</em> with a banner
 * on stderr on a developer's machine and <em>fails</em> under CI ({@code CI=true}; {@code .ci/run} installs it).
 */
public final class Chromium {
    /** Generous: the first start of Chromium on a busy 2-core machine can take tens of seconds. */
    static final long TIMEOUT_SECONDS = 180;
    private static final Pattern RESULT = Pattern.compile("<pre id=\"wattprint-measure\">(.*?)</pre>", Pattern.DOTALL);
    private static final String[] NAMES = {"chromium", "chromium-browser", "google-chrome"};

    private final Path binary;

    private Chromium(Path binary) { this.binary = binary; }

    /** The Chromium of this machine, or the calling test skipped (developer) / failed (CI). */
    public static Chromium require() {
        return new Chromium(find(System.getenv()));
    }

    static Path find(Map<String, String> env) {
        Optional<Path> found = locate(env);
        if (found.isPresent()) return found.get();
        String explicit = env.get("WATTPRINT_CHROMIUM");
        String where = explicit != null && !explicit.isBlank() ? "WATTPRINT_CHROMIUM=" + explicit + " is not an executable file"
                : "WATTPRINT_CHROMIUM not set and none of " + String.join(", ", NAMES) + " on the PATH";
        Prerequisite.unmet(env, "a headless Chromium (" + where + ") for this rendering test", "apt-get install chromium");
        return null;
    }

    static Optional<Path> locate(Map<String, String> env) {
        String explicit = env.get("WATTPRINT_CHROMIUM");
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = env.getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Loads {@code html} (a whole page) at a viewport of {@code width} × {@code height} CSS pixels with {@code script}
     * run after the page's content; the script must put its result as text into {@code <pre id="wattprint-measure">}
     * (see {@link #resultElement}). Returns that text.
     */
    public String measure(String html, String script, int width, int height) throws IOException {
        Path dir = Files.createTempDirectory("wattprint-chromium");
        try {
            Path page = dir.resolve("page.html");
            int end = html.lastIndexOf("</body>");
            String withScript = end < 0 ? html + "<script>" + script + "</script>"
                    : html.substring(0, end) + "<script>\n" + script + "\n</script>\n" + html.substring(end);
            Files.writeString(page, withScript, StandardCharsets.UTF_8);
            String dom = run(dir, width, height, "--dump-dom", page.toUri().toString());
            Matcher m = RESULT.matcher(dom);
            if (!m.find()) throw new IOException("Chromium's DOM has no measurement (did the script fail?):\n" + tail(dom));
            return m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        } finally {
            delete(dir);
        }
    }

    /**
     * The JavaScript that puts {@code expression}'s value, as JSON, into the element {@link #measure} reads: in the
     * top page's DOM, also when the script runs in a frame of it (same origin: an {@code <iframe srcdoc>}).
     */
    public static String resultElement(String expression) {
        return "(function(){var d=window.parent.document,pre=d.createElement('pre');pre.id='wattprint-measure';"
                + "pre.textContent=JSON.stringify(" + expression + ");d.body.appendChild(pre);})();";
    }

    /**
     * A page that shows {@code html} in a frame {@code width} CSS pixels wide, with {@code script} run in the frame:
     * for viewports narrower than Chromium's smallest window (500 px), such as a phone's. Measure it with
     * {@link #measure} and an empty script.
     */
    public static String framed(String html, String script, int width, int height) {
        int end = html.lastIndexOf("</body>");
        String inner = end < 0 ? html + "<script>" + script + "</script>"
                : html.substring(0, end) + "<script>\n" + script + "\n</script>\n" + html.substring(end);
        String attr = inner.replace("&", "&amp;").replace("\"", "&quot;");
        return "<!DOCTYPE html>\n<html><body style=\"margin:0\"><iframe style=\"border:0;width:" + width + "px;height:" + height
                + "px\" srcdoc=\"" + attr + "\"></iframe></body></html>\n";
    }

    /** A PNG of the page file {@code html} at a window of {@code width} × {@code height} pixels. */
    public void screenshot(Path html, Path png, int width, int height) throws IOException {
        Path dir = Files.createTempDirectory("wattprint-chromium");
        try {
            Path shot = dir.resolve("shot.png");
            run(dir, width, height, "--screenshot=" + shot, "--hide-scrollbars", html.toAbsolutePath().toUri().toString());
            if (!Files.isRegularFile(shot)) throw new IOException("Chromium wrote no screenshot of " + html);
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.copy(shot, png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            delete(dir);
        }
    }

    private String run(Path dir, int width, int height, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio", "--disable-dev-shm-usage",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=" + width + "," + height));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IOException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", cmd));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Chromium", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("Chromium exited with " + p.exitValue() + ": " + tail(Files.readString(err)));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String tail(String s) { return s.length() <= 2000 ? s : s.substring(s.length() - 2000); }

    private static void delete(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
