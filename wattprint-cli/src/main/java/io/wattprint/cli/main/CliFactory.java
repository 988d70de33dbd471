package io.wattprint.cli.main;

import io.wattprint.cli.Cli;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates command objects, handing the {@link Cli} to those whose constructor takes one. */
final class CliFactory implements CommandLine.IFactory {
    private final Cli cli;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(Cli cli) { this.cli = cli; }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Cli.class) {
                c.setAccessible(true);
                return type.cast(c.newInstance(cli));
            }
        }
        return fallback.create(type);
    }
}
