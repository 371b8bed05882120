package dev.ltxflux.cli;

import dev.ltxflux.mock.MockCommand;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ltxflux}: edit images through the useapi.net LTX Studio API, or through its mock when no token is set. */
@Command(name = "ltxflux", mixinStandardHelpOptions = true, version = "ltxflux 0.1.0",
        description = "Create, edit and upscale images through the useapi.net LTX Studio API.%n"
                + "Without --token or USEAPI_TOKEN the embedded mock server is used.",
        subcommands = {EditCommand.class, CreateCommand.class, UpscaleCommand.class, JobCommands.Status.class,
                JobCommands.Wait.class, JobCommands.Upload.class, JobCommands.Jobs.class, ResourceCommands.Assets.class,
                ResourceCommands.Scheduler.class, AccountCommands.Accounts.class,
                FleetCommands.Resume.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:invalid usage or request, or --out/journal not writable (nothing was sent)",
                "3:API error (unauthorized, credits, not found, unusable answer, transport)",
                "4:the job failed", "5:timed out or cancelled waiting (the job goes on: resume with 'wait <jobId>')",
                "6:a local file (result or journal) could not be written; the job id is printed",
                "70:internal error (rerun with --verbose)",
                "130:interrupted (Ctrl-C); a submitted job goes on: its id and the resume command are printed"})
public final class LtxfluxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Runs the CLI in this process's environment and returns its exit code (does not exit). */
    public static int run(String... args) {
        return run(CliEnvironment.system(), args);
    }

    /** Runs the CLI with {@code environment} (its variables, folder and streams) and returns its exit code. */
    static int run(CliEnvironment environment, String... args) {
        System.setProperty("java.awt.headless", "true");
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cli = new CommandLine(new LtxfluxCommand(), new CommandFactory(environment));
        CommandLine mock = new CommandLine(new MockCommand(environment.out()));
        mock.getCommandSpec().name("mock"); // its usage reads "ltxflux mock", not "ltxflux ltxflux-mock"
        cli.addSubcommand("mock", mock);
        cli.setOut(writer(environment.out())); // after the subcommands: they get the same streams
        cli.setErr(writer(environment.err()));
        cli.setParameterExceptionHandler(new UsageErrorReporter());
        ErrorReporter reporter = new ErrorReporter(verbose);
        cli.setExecutionExceptionHandler(reporter);
        try {
            return cli.execute(args);
        } catch (Throwable e) {
            // an Error (e.g. OutOfMemoryError) escapes picocli's handler: still one line and a documented code
            java.io.PrintWriter err = cli.getErr();
            int code = reporter.report(e, err, null);
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        }
    }

    private static java.io.PrintWriter writer(java.io.PrintStream stream) {
        return new java.io.PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.Charset.defaultCharset()), true);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
