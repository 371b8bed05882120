package dev.ltxflux.cli;

/** The CLI's exit codes, documented in {@code ltxflux --help} and the README. No error ends with 1. */
final class ExitCode {
    static final int OK = 0;
    /** Invalid usage or request (an unwritable {@code --out} or journal included), refused before any request was sent. */
    static final int INVALID = 2;
    /** The API (or the transport to it, or the asset host) refused, failed or answered something unusable. */
    static final int API_ERROR = 3;
    /** The job ended {@code failed}. */
    static final int JOB_FAILED = 4;
    /** The wait timed out or was cancelled; the job goes on and can be resumed with {@code ltxflux wait <jobId>}. */
    static final int TIMED_OUT = 5;
    /** A local file (the result or the journal) could not be written after the job was submitted; its id is printed. */
    static final int LOCAL_FILE = 6;
    /** An internal error (a bug): details with {@code --verbose}. */
    static final int INTERNAL = 70;
    /** Interrupted (Ctrl-C, SIGINT): a submitted job goes on; its id and the resume command are printed. */
    static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
