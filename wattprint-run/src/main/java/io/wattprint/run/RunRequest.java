package io.wattprint.run;

import io.wattprint.core.model.Workload;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.run.site.RunSite;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * What a front end asks the lifecycle for: the workload, where it runs and with which PUE, the
 * process tree to meter, and what to store as the command line.
 *
 * @param pid the root of the process tree; 0 until a command started after the baselines exists
 * @param variables the environment the meter reads ({@code CUDA_VISIBLE_DEVICES})
 */
public record RunRequest(Workload workload, RunSite site, String host, String commandLine, AttributionPolicy policy,
                         IntSupplier pid, Map<String, String> variables, Clock clock) {
    public RunRequest {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(commandLine, "commandLine");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(pid, "pid");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(clock, "clock");
    }

    public static Builder builder(Workload workload, RunSite site) { return new Builder(workload, site); }

    /** Defaults: host reserved for the run, no variables, the system clock; host and command line are required. */
    public static final class Builder {
        private final Workload workload;
        private final RunSite site;
        private String host;
        private String commandLine;
        private AttributionPolicy policy = AttributionPolicy.RESERVED_HOST;
        private IntSupplier pid;
        private Map<String, String> variables = Map.of();
        private Clock clock = Clock.systemUTC();

        private Builder(Workload workload, RunSite site) {
            this.workload = workload;
            this.site = site;
        }

        public Builder host(String host) { this.host = host; return this; }
        public Builder commandLine(String commandLine) { this.commandLine = commandLine; return this; }
        public Builder policy(AttributionPolicy policy) { this.policy = policy; return this; }
        public Builder pid(IntSupplier pid) { this.pid = pid; return this; }
        public Builder variables(Map<String, String> variables) { this.variables = variables; return this; }
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        public RunRequest build() {
            return new RunRequest(workload, site, host, commandLine, policy, pid, variables, clock);
        }
    }
}
