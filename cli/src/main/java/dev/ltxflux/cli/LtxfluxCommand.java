package dev.ltxflux.cli;

import dev.ltxflux.mock.MockCommand;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ltxflux}: edit images through the useapi.net LTX Studio API, or through its mock when no token is set. */
@Command(name = "ltxflux", mixinStandardHelpOptions = true, version = "ltxflux 0.1.0",
        description = "Edit images with FLUX.1 Kontext through the useapi.net LTX Studio API.%n"
                + "Without --token or USEAPI_TOKEN the embedded mock server is used.",
        subcommands = {EditCommand.class, JobCommands.Status.class, JobCommands.Wait.class, JobCommands.Upload.class,
                JobCommands.Jobs.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:invalid usage or request (nothing was sent)", "3:API error (unauthorized, credits, not found, ...)",
                "4:the job failed", "5:timed out waiting (the job goes on: resume with 'wait <jobId>')"})
public final class LtxfluxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Runs the CLI and returns its exit code (does not exit). */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cli = new CommandLine(new LtxfluxCommand());
        cli.addSubcommand("mock", new MockCommand());
        cli.setExecutionExceptionHandler(new ErrorReporter(verbose));
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
