package dev.ltxflux.cli;

import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.AwaitCancelledException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.error.WaitTimedOutException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns every expected error into one clear message and its exit code; stack traces only with {@code --verbose}. */
final class ErrorReporter implements IExecutionExceptionHandler {

    /** Request fields as the user typed them on the command line. */
    private static final Map<String, String> OPTION_NAMES = Map.ofEntries(
            Map.entry("prompt", "--prompt"), Map.entry("image", "--image"), Map.entry("output", "--out"),
            Map.entry("aspectRatio", "--aspect-ratio"), Map.entry("shotType", "--shot-type"),
            Map.entry("shotAngle", "--shot-angle"), Map.entry("seed", "--seed"), Map.entry("model", "--model"),
            Map.entry("email", "--email"), Map.entry("pollForResult", "--poll-for-result"),
            Map.entry("replyUrl", "--reply-url"), Map.entry("replyRef", "--reply-ref"), Map.entry("maxJobs", "--max-jobs"),
            Map.entry("referenceAssetId", "--reference"), Map.entry("referenceAssetId2", "--reference"),
            Map.entry("referenceAssetId3", "--reference"), Map.entry("location", "--location"), Map.entry("weather", "--weather"),
            Map.entry("lighting", "--lighting"), Map.entry("timeout", "--timeout"), Map.entry("token", "--token"),
            Map.entry("baseUrl", "--base-url"), Map.entry("jobId", "<jobId>"));

    private final boolean verbose;

    ErrorReporter(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code = report(e, err);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    int report(Throwable e, PrintWriter err) {
        if (e instanceof InvalidRequestException invalid) {
            for (Violation v : invalid.violations()) {
                err.println("error: " + OPTION_NAMES.getOrDefault(v.field(), v.field()) + " " + v.rule());
            }
            return ExitCode.INVALID;
        }
        if (e instanceof JobFailedException failed) {
            err.println("error: job " + failed.job().id() + " failed: " + failed.job().message().orElse("(no message)"));
            return ExitCode.JOB_FAILED;
        }
        if (e instanceof WaitTimedOutException timeout) {
            String id = timeout.jobId().map(Object::toString).orElse("?");
            err.println("timed out: job " + id + " is still running.");
            err.println("resume with: java -jar cli/target/ltxflux.jar wait '" + id + "'");
            return ExitCode.TIMED_OUT;
        }
        if (e instanceof AwaitCancelledException cancelled) {
            err.println("cancelled: " + cancelled.getMessage());
            return ExitCode.TIMED_OUT;
        }
        if (e instanceof ApiException api) {
            err.println("error: the API answered " + api.status() + ": " + api.apiMessage()
                    + api.jobId().map(id -> " (job " + id + ")").orElse(""));
            return ExitCode.API_ERROR;
        }
        if (e instanceof TransportException || e instanceof LtxException) {
            err.println("error: " + e.getMessage());
            return ExitCode.API_ERROR;
        }
        if (e instanceof java.io.UncheckedIOException io) {
            err.println("error: " + io.getCause().getMessage());
            return ExitCode.API_ERROR;
        }
        err.println("error: unexpected " + e);
        return 1;
    }
}
