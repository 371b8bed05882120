package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.mock.MockCommand;
import dev.ltxflux.mock.config.MockConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The embedded mock's settings (no token): the mock's own defaults (4 s jobs, ...), each overridable by the environment
 * variable named after the mock's option, {@code --foo-bar} as {@code LTXFLUX_MOCK_FOO_BAR}: e.g.
 * {@code LTXFLUX_MOCK_JOB_DURATION=300ms} for short jobs in a test or a demo. The values are read by the mock's own
 * options ({@link MockCommand}), so they take the same syntax and give the same errors. The embedded mock always
 * listens on a free loopback port: {@code LTXFLUX_MOCK_PORT} and {@code LTXFLUX_MOCK_BIND} are not used.
 */
final class EmbeddedMockSettings {

    /** The prefix of the variables. */
    static final String PREFIX = "LTXFLUX_MOCK_";
    /** Options the embedded mock does not take from the environment: it listens where the CLI needs it. */
    private static final Set<String> FIXED = Set.of("--port", "--bind");

    private EmbeddedMockSettings() {
    }

    /** The variable of an option: {@code --job-duration} is {@code LTXFLUX_MOCK_JOB_DURATION}. */
    static String variable(String option) {
        return PREFIX + option.replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * A flag ({@code --strict}, {@code --no-out-of-sync}) from {@code true} or {@code false}; a negatable one also from
     * its other name ({@code LTXFLUX_MOCK_OUT_OF_SYNC=false} is {@code --no-out-of-sync}).
     */
    private static void flag(CommandLine cli, OptionSpec option, String name, CliEnvironment environment, List<String> args) {
        String other = option.negatable()
                ? cli.getCommandSpec().negatableOptionTransformer().makeNegative(name, cli.getCommandSpec()) : null;
        String value = environment.variable(variable(name));
        if (value != null) {
            if (truth(variable(name), value)) {
                args.add(name);
            } else if (other != null) {
                args.add(other);
            }
        } else if (other != null && environment.variable(variable(other)) != null) {
            args.add(truth(variable(other), environment.variable(variable(other))) ? other : name);
        }
    }

    private static boolean truth(String variable, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new InvalidRequestException("$" + variable, "must be true or false (was '" + value + "')");
    }

    /**
     * The embedded mock's configuration from {@code environment}.
     *
     * @throws InvalidRequestException naming the variable, when a value is refused by the mock's option
     */
    static MockConfig config(CliEnvironment environment) {
        MockCommand options = new MockCommand();
        CommandLine cli = new CommandLine(options);
        List<String> args = new ArrayList<>();
        for (OptionSpec option : cli.getCommandSpec().options()) {
            String name = option.longestName();
            if (option.usageHelp() || option.versionHelp() || FIXED.contains(name)) {
                continue;
            }
            String value = environment.variable(variable(name));
            if (option.arity().max() == 0) {
                flag(cli, option, name, environment, args);
            } else if (value != null) {
                args.add(name + "=" + value);
            }
        }
        try {
            cli.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            String field = e.getArgSpec() instanceof OptionSpec o ? "$" + variable(o.longestName()) : "$" + PREFIX + "*";
            throw new InvalidRequestException(field, "is refused by the embedded mock: " + e.getMessage() + " (or unset it)");
        }
        try {
            return options.config().toBuilder().port(0).bindAddress(MockConfig.DEFAULT_BIND_ADDRESS).build();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("$" + PREFIX + "*", "is refused by the embedded mock: " + e.getMessage());
        }
    }
}
