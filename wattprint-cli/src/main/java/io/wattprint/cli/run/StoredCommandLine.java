package io.wattprint.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command line a run is stored with: the ledger keeps it to say what was measured, and anyone who can read
 * the ledger can read it. Values of options that name a secret are replaced by {@code ***}
 * ({@code --api-token=abc}, {@code --password abc}, {@code HF_TOKEN=abc}); {@code --no-command-line} stores
 * only the program's name.
 */
final class StoredCommandLine {
    /** An option or variable whose name says it holds a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i)(.*[-_.])?(token|secret|password|passwd|pwd|apikey"
            + "|api[-_]key|access[-_]key|private[-_]key|credentials?|auth)([-_.].*)?");
    static final String HIDDEN = "***";

    private StoredCommandLine() {}

    static String of(List<String> command, boolean programOnly) {
        if (programOnly) return command.get(0);
        List<String> out = new ArrayList<>(command.size());
        boolean hideNext = false;
        for (String arg : command) {
            if (hideNext) {
                out.add(HIDDEN);
                hideNext = false;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            boolean secret = SECRET_NAME.matcher(name.replaceFirst("^-+", "")).matches();
            if (secret && eq > 0) {
                out.add(name + "=" + HIDDEN);
            } else {
                out.add(arg);
                hideNext = secret && arg.startsWith("-");
            }
        }
        return String.join(" ", out);
    }
}
