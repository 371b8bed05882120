package dev.ltxflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that talks to the API has alike: its picocli spec, the shared connection options
 * ({@link Connection}, a mixin), the environment it runs in and the resume line it prints when it ends before its job
 * did. Picocli finds the annotated fields here as it does in the subclass.
 */
abstract class ApiCommand implements Callable<Integer>, ConnectedCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    Connection connection;

    final CliEnvironment environment;
    /** What this run prints to resume its job ({@link ResumeLine#none()} for a command that starts or waits on none). */
    final ResumeLine resume;

    ApiCommand(CliEnvironment environment, ResumeLine resume) {
        this.environment = environment;
        this.connection = new Connection(environment);
        this.resume = resume;
    }

    @Override
    public final Connection connection() {
        return connection;
    }

    @Override
    public final ResumeLine resumeLine() {
        return resume;
    }
}
