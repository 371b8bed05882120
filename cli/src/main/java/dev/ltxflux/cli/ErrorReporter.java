package dev.ltxflux.cli;

import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.AwaitCancelledException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.error.OutputWriteException;
import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnauthorizedException;
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
            Map.entry("baseUrl", "--base-url"), Map.entry("jobId", "<jobId>"), Map.entry("journal", "the job journal ($LTXFLUX_HOME)"),
            Map.entry("readTimeout", "--read-timeout"), Map.entry("reference", "--reference"), Map.entry("style", "--style"),
            Map.entry("reference_strength", "--reference-strength"), Map.entry("upscale-out", "--upscale-out"),
            Map.entry("USEAPI_TOKEN", "$USEAPI_TOKEN"));

    private final boolean verbose;

    ErrorReporter(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code = report(e, err, cmd.getCommand() instanceof ConnectedCommand c ? c : null);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * Prints what went wrong (every server text escaped), where the values came from and the next step, and returns the
     * exit code; never 1.
     *
     * @param command the command that failed, or null (an error outside any command)
     */
    int report(Throwable e, PrintWriter err, ConnectedCommand command) {
        ResumeLine resume = command == null ? ResumeLine.none() : command.resumeLine();
        if (e instanceof InvalidRequestException invalid) {
            for (Violation v : invalid.violations()) {
                err.println("error: " + OPTION_NAMES.getOrDefault(v.field(), SafeText.escape(v.field())) + " " + SafeText.escape(v.rule()));
            }
            return ExitCode.INVALID;
        }
        if (e instanceof JobFailedException failed) {
            err.println("error: job " + safe(failed.job().id()) + " failed: " + SafeText.escape(failed.job().message().orElse("(no message)")));
            return ExitCode.JOB_FAILED;
        }
        if (e instanceof WaitTimedOutException timeout) {
            err.println("timed out: job " + timeout.jobId().map(ErrorReporter::safe).orElse("?") + " is still running.");
            resumeHint(timeout, resume, err);
            return ExitCode.TIMED_OUT;
        }
        if (e instanceof AwaitCancelledException || e instanceof ClientClosedException) {
            err.println("cancelled: " + e.getMessage());
            resumeHint((LtxException) e, resume, err);
            return ExitCode.TIMED_OUT;
        }
        if (e instanceof JournalWriteException || e instanceof OutputWriteException) {
            err.println("error: " + e.getMessage());
            resumeHint((LtxException) e, resume, err);
            return ExitCode.LOCAL_FILE;
        }
        if (e instanceof ApiException api) {
            err.println("error: the API answered " + api.status() + ": " + SafeText.escape(api.apiMessage())
                    + api.jobId().map(id -> " (job " + safe(id) + ")").orElse(""));
            if (command != null && api instanceof UnauthorizedException) {
                err.println(ConnectionHints.unauthorized(command.connection()));
            }
            if (command != null && api.status() == 404) {
                ConnectionHints.notFound(command.connection()).ifPresent(err::println);
            }
            resumeHint(api, resume, err);
            return ExitCode.API_ERROR;
        }
        if (e instanceof TransportException transport && command != null) {
            err.println(ConnectionHints.transport(transport, command.connection()));
            resumeHint(transport, resume, err);
            return ExitCode.API_ERROR;
        }
        if (e instanceof LtxException ltx) {
            err.println("error: " + ConnectionHints.plain(ltx.getMessage()));
            resumeHint(ltx, resume, err);
            return ExitCode.API_ERROR;
        }
        if (e instanceof java.io.UncheckedIOException io) {
            err.println("error: " + SafeText.escape(String.valueOf(io.getCause().getMessage())));
            return ExitCode.LOCAL_FILE;
        }
        err.println("error: internal error (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + SafeText.escape(e.getMessage())) + ")"
                + (verbose ? "" : "; rerun with --verbose for details"));
        return ExitCode.INTERNAL;
    }

    /** Whenever a run ends before a job that exists did, the command that resumes it. */
    private static void resumeHint(LtxException e, ResumeLine resume, PrintWriter err) {
        resume.line(e.jobId()).ifPresent(err::println);
    }

    private static String safe(JobId id) {
        return SafeText.escape(id.value());
    }
}
