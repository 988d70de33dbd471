package io.wattprint.cli.push;

import io.wattprint.cli.Cli;
import io.wattprint.cli.VersionProvider;
import io.wattprint.cli.runs.RunView;
import io.wattprint.ledger.Ledger;
import io.wattprint.run.outbox.Outbox;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent side of {@code wattprint run --server} and {@code wattprint push}: what is sent when, and the one line a
 * person reads about it. The run's own exit code is never changed by the server.
 */
public final class Agent {
    /** How long {@code wattprint run} waits for the server to take its own run, after the command has ended. */
    static final Duration OWN_RUN = Duration.ofSeconds(5);
    /** How long {@code wattprint run} spends on the whole push, its own run and the pending ones after it. */
    static final Duration AFTER_RUN = Duration.ofSeconds(10);
    /** How long {@code wattprint push} tries each run (retrying a busy or failing server). */
    static final Duration PUSH_EACH = Duration.ofSeconds(15);

    private final Cli cli;
    private final Outbox outbox;
    private final Pusher pusher;

    private Agent(Cli cli, Outbox outbox, Pusher pusher) {
        this.cli = cli;
        this.outbox = outbox;
        this.pusher = pusher;
    }

    /** An agent sending from {@code ledger} and the outbox of this wattprint home to {@code target}. */
    public static Agent of(Cli cli, Ledger ledger, ServerOption.Target target) {
        String host = cli.env().hostName();
        Outbox outbox = Outbox.in(cli.env().wattprintHome());
        return new Agent(cli, outbox, new Pusher(ledger, outbox, target, VersionProvider.version(), Pusher.hostId(host), host, cli.clock()));
    }

    /** The outbox this agent sends from. */
    public Outbox outbox() { return outbox; }

    /**
     * After {@code wattprint run} closed run {@code runId} locally: sends it, then, when the server took it, what else
     * is pending, in at most {@link #AFTER_RUN}. One line on stderr for each run sent or kept.
     */
    public void afterRun(String runId) {
        Instant started = cli.clock().instant();
        if (!outbox.has(runId)) {
            try {
                outbox.add(runId, List.of());   // its marker could not be written at the start: once more, so push can send it
            } catch (java.io.UncheckedIOException e) {
                cli.err().println("wattprint: " + e.getMessage() + "; if the server does not take run " + RunView.shortId(runId)
                        + " now, wattprint push will not know of it");
            }
        }
        Pusher.Outcome own = pusher.send(runId, started.plus(OWN_RUN));
        say(own);
        if (own.status() != Pusher.Status.SENT) return;
        Instant deadline = started.plus(AFTER_RUN);
        List<String> others = new ArrayList<>(outbox.pending());
        others.remove(runId);
        for (String id : others) {
            if (!cli.clock().instant().isBefore(deadline.minusMillis(500))) {
                cli.err().println("wattprint: " + (others.size() - others.indexOf(id)) + " earlier run(s) still to send: 'wattprint push' sends them");
                break;
            }
            Pusher.Outcome o = pusher.send(id, deadline);
            say(o);
            if (o.status() == Pusher.Status.LATER || o.status() == Pusher.Status.TOKEN) break;
        }
        cli.err().flush();
    }

    /** What {@code wattprint push} found: the runs sent and those kept, with why. */
    public record Summary(List<Pusher.Outcome> sent, List<Pusher.Outcome> kept) {}

    /**
     * Sends every pending run, oldest first, each given {@link #PUSH_EACH}; once the server is unreachable or refuses
     * the token, the rest are kept without trying (they would meet the same).
     */
    public Summary pushAll() {
        List<Pusher.Outcome> sent = new ArrayList<>();
        List<Pusher.Outcome> kept = new ArrayList<>();
        List<String> pending = outbox.pending();
        String stopped = null;
        for (String id : pending) {
            if (stopped != null) {
                kept.add(new Pusher.Outcome(id, Pusher.Status.LATER, "not tried: " + stopped, 0));
                continue;
            }
            Pusher.Outcome o = pusher.send(id, cli.clock().instant().plus(PUSH_EACH));
            say(o);
            (o.status() == Pusher.Status.SENT ? sent : kept).add(o);
            if (o.status() == Pusher.Status.LATER) stopped = "the server was unreachable";
            if (o.status() == Pusher.Status.TOKEN) stopped = "the server refused the token";
        }
        cli.err().flush();
        return new Summary(List.copyOf(sent), List.copyOf(kept));
    }

    /** The URL runs go to. */
    public String server() { return pusher.target().label(); }

    private void say(Pusher.Outcome o) {
        PrintWriter err = cli.err();
        String run = "run " + RunView.shortId(o.runId());
        String url = pusher.target().label();
        switch (o.status()) {
            case SENT -> err.println("wattprint: " + run + " sent to " + url + " (" + o.intervals() + " intervals)");
            case LATER -> err.println("wattprint: server " + url + " unreachable (" + o.reason() + "): " + run
                    + " kept locally; 'wattprint push' sends it");
            case TOKEN -> err.println("wattprint: server " + url + " refused the token (" + o.reason() + "): " + run
                    + " kept locally; check " + ServerOption.TOKEN_VAR + " or --token-file (an ingest token of the run's team), "
                    + "then 'wattprint push'");
            case REFUSED -> err.println("wattprint: server " + url + " did not take " + run + " (" + o.reason() + "); kept locally");
            case NOT_READY -> err.println("wattprint: " + run + " not sent to " + url + ": " + o.reason() + "; kept in the outbox");
        }
        err.flush();
    }
}
