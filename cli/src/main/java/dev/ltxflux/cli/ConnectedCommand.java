package dev.ltxflux.cli;

/**
 * A command that talks to the API. When it fails, the {@link ErrorReporter} asks it where its token and base URL came
 * from ({@link #connection()}) and whether a job exists to resume ({@link #resumeLine()}).
 */
interface ConnectedCommand {

    /** The options shared by every API command, and what this run resolved them to. */
    Connection connection();

    /** The resume line this command prints when it ends before its job did. */
    ResumeLine resumeLine();
}
