package dev.ltxflux.feign;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import java.util.Map;
import java.util.Optional;

/** How {@link LtxClientBuilder#fromEnv(Map)} reads the environment: blank counts as unset. */
final class EnvironmentSettings {

    private EnvironmentSettings() {
    }

    /** The trimmed value of {@code name}, unless unset or blank. */
    static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** {@code true} only for the text {@code true} (any case); empty when unset. */
    static Optional<Boolean> flag(Map<String, String> env, String name) {
        return value(env, name).map(Boolean::parseBoolean);
    }

    /** {@code 90s}, {@code 500ms}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT90S}); null when it is none of them. */
    static java.time.Duration duration(String text) {
        var m = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m|h)").matcher(text.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> java.time.Duration.ofMillis(n);
                case "s" -> java.time.Duration.ofSeconds(n);
                case "m" -> java.time.Duration.ofMinutes(n);
                default -> java.time.Duration.ofHours(n);
            };
        }
        try {
            return java.time.Duration.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The same refusal, naming {@value LtxClient#ENV_TOKEN} instead of the setter when the token is missing. */
    static InvalidRequestException namingTheTokenVariable(InvalidRequestException refused) {
        return new InvalidRequestException(refused.violations().stream()
                .map(v -> v.field().equals("token") && v.rule().startsWith("is required")
                        ? new Violation(LtxClient.ENV_TOKEN, "is required: set it to your useapi.net API token") : v)
                .toList());
    }

    /** The same refusal, naming {@value LtxClient#ENV_CALL_TIMEOUT} and its bad text instead of {@code callTimeout}. */
    static InvalidRequestException namingTheCallTimeoutVariable(InvalidRequestException refused, String text) {
        return new InvalidRequestException(refused.violations().stream()
                .map(v -> v.field().equals("callTimeout") ? new Violation(LtxClient.ENV_CALL_TIMEOUT,
                        "must be a duration such as 90s, 500ms, 2m or PT90S (was '"
                                + dev.ltxflux.core.error.SafeText.escape(text) + "')") : v)
                .toList());
    }
}
