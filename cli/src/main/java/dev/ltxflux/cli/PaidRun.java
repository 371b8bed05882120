package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.PaidRequestFields;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.feign.LtxClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * What {@code edit}, {@code create} and {@code upscale} share: the delivery options of a paid call, how long to wait, {@code --json},
 * and one run of a paid flow (journal checked writable first, Ctrl-C notice, the saved file printed).
 */
final class PaidRun {

    @Option(names = "--poll-for-result", description = "let the server wait up to N × 3 s before answering (1-20)")
    Integer pollForResult;

    @Option(names = "--max-jobs", description = "override the account's concurrent job limit (1-100)")
    Integer maxJobs;

    @Option(names = "--reply-url", description = "webhook URL called when the job completes or fails")
    String replyUrl;

    @Option(names = "--reply-ref", description = "reference echoed to the webhook")
    String replyRef;

    @Option(names = "--timeout", converter = DurationOption.class, description = "how long to wait for the job (default: 5m)")
    Duration timeout = Duration.ofMinutes(5);

    @Option(names = "--json", description = "print the final job as JSON on stdout")
    boolean json;

    /** The wait, with progress on {@code err} (a redrawn bar when it is a terminal). */
    AwaitOptions await(PrintWriter err, CliEnvironment environment) {
        return new AwaitOptions(timeout, new ProgressRenderer(err, environment.terminal()));
    }

    /** Sets {@code --poll-for-result}, {@code --max-jobs}, {@code --reply-url} and {@code --reply-ref} on {@code request}. */
    <B extends PaidRequestFields<B>> B deliveredBy(B request) {
        return request.pollForResult(pollForResult).maxJobs(maxJobs).replyUrl(replyUrl).replyRef(replyRef);
    }

    /**
     * The file to save to: {@code out}, or {@code fallback} when none was given, resolved against the run's working
     * folder; the resume line keeps it as typed, and its not being writable is added to {@code found}.
     */
    static Path output(Path out, String fallback, ResumeLine resume, CliEnvironment environment, List<Violation> found) {
        Path typed = out != null ? out : Path.of(fallback);
        resume.out(typed); // as the user typed it
        Path output = environment.resolve(typed);
        checkOutput(output, found);
        return output;
    }

    /** Adds the violations of {@code output} not being writable to {@code found}. */
    static void checkOutput(Path output, List<Violation> found) {
        try {
            OutputCheck.writable(output);
        } catch (InvalidRequestException e) {
            found.addAll(e.violations());
        }
    }

    /** Runs {@code flow} over a session (the embedded mock without a token) and prints each saved image. */
    static int run(Connection connection, Path output, PrintWriter out, PrintWriter err, boolean json,
            Function<LtxClient, List<ImageOutcome>> flow) {
        return run(connection, () -> output, out, err, json, !connection.embeddedMock(), flow);
    }

    /** The same where the file a Ctrl-C's resume line names changes during the flow ({@code output} says which). */
    static int run(Connection connection, java.util.function.Supplier<Path> output, PrintWriter out, PrintWriter err,
            boolean json, boolean linkLasts, Function<LtxClient, List<ImageOutcome>> flow) {
        WatchedJournal journal = new WatchedJournal(connection.writableJournal());
        InterruptNotice notice = new InterruptNotice(journal, output, err);
        try (Connection.Session session = connection.open(err, journal)) {
            for (ImageOutcome outcome : flow.apply(session.client())) {
                JobOutput.printSaved(out, outcome.job(), outcome.file(), json, linkLasts);
            }
            return ExitCode.OK;
        } finally {
            notice.close();
        }
    }
}
