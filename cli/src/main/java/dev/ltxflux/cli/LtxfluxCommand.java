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
                JobCommands.Jobs.class, ResourceCommands.Assets.class, ResourceCommands.Scheduler.class,
                ResourceCommands.Accounts.class},
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

    /** Runs the CLI and returns its exit code (does not exit). */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cli = new CommandLine(new LtxfluxCommand());
        cli.addSubcommand("mock", new MockCommand());
        ErrorReporter reporter = new ErrorReporter(verbose);
        cli.setExecutionExceptionHandler(reporter);
        try {
            return cli.execute(args);
        } catch (Throwable e) {
            // an Error (e.g. OutOfMemoryError) escapes picocli's handler: still one line and a documented code
            java.io.PrintWriter err = cli.getErr();
            int code = reporter.report(e, err);
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
