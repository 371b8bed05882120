package dev.ltxflux.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Gives each command of this run its {@link CliEnvironment}: a command with a constructor taking one gets it. */
final class CommandFactory implements CommandLine.IFactory {

    private final CliEnvironment environment;

    CommandFactory(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withEnvironment;
        try {
            withEnvironment = type.getDeclaredConstructor(CliEnvironment.class);
        } catch (NoSuchMethodException none) {
            return CommandLine.defaultFactory().create(type);
        }
        return withEnvironment.newInstance(environment);
    }
}
