package io.wattprint.cli.push;

import io.wattprint.cli.Cli;
import io.wattprint.cli.UserException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --server URL} and {@code --token-file PATH}: the wattprint server an agent sends its runs to, and its token.
 * The server defaults to {@code $WATTPRINT_SERVER}; the token comes from the file, else {@code $WATTPRINT_TOKEN}. There
 * is no option that takes the token itself: a command line is stored with the run and visible to every user in
 * {@code ps}.
 */
public final class ServerOption {
    public static final String SERVER_VAR = "WATTPRINT_SERVER";
    public static final String TOKEN_VAR = "WATTPRINT_TOKEN";

    @Option(names = "--server", paramLabel = "URL",
            description = "The wattprint server to send runs to (http://HOST:PORT or https://…); wattprint run sends each run "
                    + "there after storing it locally. Default: $WATTPRINT_SERVER. "
                    + "The token is read from --token-file, else $WATTPRINT_TOKEN.")
    public String server;

    @Option(names = "--token-file", paramLabel = "PATH",
            description = "Read the server's token from this file (its first line) instead of $WATTPRINT_TOKEN.")
    public Path tokenFile;

    /** Where to send, and with which token. */
    public record Target(URI url, String token) {
        /** The URL as a person reads it, without a trailing slash. */
        public String label() {
            String s = url.toString();
            return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        }

        @Override
        public String toString() { return "Target[" + label() + "]"; }   // never the token
    }

    /** The target, or empty when no server is configured; a bad URL or a missing token is a usage error. */
    public Optional<Target> target(Cli cli) {
        String given = server != null ? server : cli.env().get(SERVER_VAR);
        String option = server != null ? "--server" : SERVER_VAR;
        if (given == null) {
            if (tokenFile != null) throw UserException.usage("--token-file is given without a server (give --server URL or set "
                    + SERVER_VAR + ")");
            return Optional.empty();
        }
        URI url = url(option, given.trim());
        return Optional.of(new Target(url, token(cli)));
    }

    static URI url(String option, String text) {
        String expected = " (expected the server's URL, http://HOST:PORT or https://HOST[:PORT], as wattprint serve prints it)";
        URI u;
        try {
            u = new URI(text);
        } catch (URISyntaxException e) {
            throw UserException.usage("invalid value for " + option + ": '" + text + "'" + expected);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getRawQuery() != null
                || u.getRawFragment() != null || u.getRawUserInfo() != null) {
            throw UserException.usage("invalid value for " + option + ": '" + text + "'" + expected);
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        if (!path.endsWith("/")) path = path + "/";
        try {
            return new URI(scheme, null, u.getHost(), u.getPort(), null, null, null).resolve(path);
        } catch (URISyntaxException e) {
            throw UserException.usage("invalid value for " + option + ": '" + text + "'" + expected);
        }
    }

    private String token(Cli cli) {
        if (tokenFile != null) {
            String text;
            try {
                text = Files.readString(tokenFile, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw UserException.usage("invalid value for --token-file: cannot read " + tokenFile + " (" + e.getMessage()
                        + "; expected a file holding the token that wattprint tokens create printed)");
            }
            String first = text.lines().findFirst().orElse("").trim();
            if (first.isEmpty()) throw UserException.usage("invalid value for --token-file: " + tokenFile + " is empty (expected the token)");
            return first;
        }
        String env = cli.env().get(TOKEN_VAR);
        if (env == null) {
            throw UserException.usage("a server is configured but no token: set " + TOKEN_VAR + " or give --token-file PATH "
                    + "(on the server host, wattprint tokens create --scope ingest prints one)");
        }
        return env.trim();
    }
}
