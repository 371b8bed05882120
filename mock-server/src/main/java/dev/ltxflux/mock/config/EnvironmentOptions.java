package dev.ltxflux.mock.config;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every mock option from the environment as well as the command line, by one rule: {@code --foo-bar} is
 * {@code LTXFLUX_MOCK_FOO_BAR} (a flag takes {@code true} or {@code false}: {@code LTXFLUX_MOCK_STRICT=true} is
 * {@code --strict}, {@code LTXFLUX_MOCK_NO_OUT_OF_SYNC=true} is {@code --no-out-of-sync}; a list takes commas). An
 * argument wins over the variable, which wins over the built-in default. A value the option cannot take is refused
 * naming the variable, before anything starts. The CLI's embedded mock reads the same names.
 */
public final class EnvironmentOptions implements CommandLine.IDefaultValueProvider {

    /** The prefix of every variable. */
    public static final String PREFIX = "LTXFLUX_MOCK_";

    private final UnaryOperator<String> env;

    /** The process environment (what picocli instantiates from {@code @Command(defaultValueProvider = ...)}). */
    public EnvironmentOptions() {
        this(System::getenv);
    }

    /** A given environment (tests). */
    public EnvironmentOptions(Map<String, String> env) {
        this(Objects.requireNonNull(env, "env")::get);
    }

    private EnvironmentOptions(UnaryOperator<String> env) {
        this.env = env;
    }

    /** {@code --job-duration} → {@code LTXFLUX_MOCK_JOB_DURATION}. */
    public static String variable(String option) {
        String bare = option.replaceFirst("^-+", "");
        return PREFIX + bare.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String name = variable(option.longestName());
        String value = env.apply(name);
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Class<?> type = option.type();
        if (type == boolean.class || type == Boolean.class) {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw refusal(option, name, value, "must be true or false");
            }
            // picocli computes a negatable flag's value from its default: a negatable option is set after parsing
            return option.negatable() ? null : v.toLowerCase(Locale.ROOT);
        }
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(v);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(v);
            } else if (option.converters().length > 0) {
                option.converters()[0].convert(v);
            }
        } catch (NumberFormatException e) {
            throw refusal(option, name, value, "must be a whole number");
        } catch (Exception e) {
            throw refusal(option, name, value, e.getMessage());
        }
        return v;
    }

    /**
     * Applies the variables of negatable flags ({@code --no-x}/{@code --x}) that the command line did not give:
     * {@code LTXFLUX_MOCK_NO_X=true} is {@code --no-x}. Call after parsing; idempotent.
     */
    public void applyNegatable(CommandSpec spec) {
        CommandLine.ParseResult parsed = spec.commandLine() == null ? null : spec.commandLine().getParseResult();
        for (OptionSpec option : spec.options()) {
            if (!option.negatable() || (parsed != null && parsed.hasMatchedOption(option))) {
                continue;
            }
            String name = variable(option.longestName());
            String value = env.apply(name);
            if (value != null) {
                boolean given = Boolean.parseBoolean(flag(option, name, value));
                // the field holds x for an option named --no-x
                option.setValue(option.longestName().startsWith("--no-") ? !given : given);
            }
        }
    }

    private static String flag(OptionSpec option, String name, String value) {
        String v = value.strip();
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw refusal(option, name, value, "must be true or false");
        }
        return v.toLowerCase(Locale.ROOT);
    }

    private static CommandLine.ParameterException refusal(OptionSpec option, String name, String value, String rule) {
        return new CommandLine.ParameterException(option.command().commandLine(),
                name + "='" + value + "' (the environment's " + option.longestName() + "): " + rule);
    }

    /**
     * {@code message} (a settings check, which names the option, e.g. {@code "--port must be 0..65535"}) with the
     * variable named too when that option's value came from the environment, not the command line.
     */
    public String blame(CommandSpec spec, String message) {
        CommandLine.ParseResult parsed = spec.commandLine() == null ? null : spec.commandLine().getParseResult();
        for (OptionSpec option : spec.options()) {
            String name = option.longestName();
            boolean fromArgs = parsed != null && parsed.hasMatchedOption(option);
            if (message.startsWith(name + " ") && !fromArgs && env.apply(variable(name)) != null) {
                return variable(name) + " (the environment's " + name + "): " + message;
            }
        }
        return message;
    }
}
