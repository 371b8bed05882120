package dev.ltxflux.cli;

/** The CLI's exit codes, documented in {@code ltxflux --help} and the README. */
final class ExitCode {
    static final int OK = 0;
    /** Invalid usage or request, refused before any request was sent. */
    static final int INVALID = 2;
    /** The API (or the transport to it) refused or failed. */
    static final int API_ERROR = 3;
    /** The job ended {@code failed}. */
    static final int JOB_FAILED = 4;
    /** The wait timed out; the job goes on and can be resumed with {@code ltxflux wait <jobId>}. */
    static final int TIMED_OUT = 5;

    private ExitCode() {
    }
}
