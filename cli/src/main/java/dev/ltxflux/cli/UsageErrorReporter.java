package dev.ltxflux.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error (unknown option, bad value, missing option) in one line and where to read more, not the whole usage:
 * {@code error: Invalid value for option '--job-duration': '4' is not a duration (...)}, then
 * {@code Run 'ltxflux mock --help' for its options.} Exit 2.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + dev.ltxflux.core.error.SafeText.escape(String.valueOf(e.getMessage())));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for its options.");
        err.flush();
        return ExitCode.INVALID;
    }
}
