package io.wattprint.cli.main;

import io.wattprint.cli.Cli;
import java.io.PrintWriter;

/** Entry point of the runnable jar. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = Wattprint.execute(Cli.system(out, err), args);
        System.exit(code);
    }
}
