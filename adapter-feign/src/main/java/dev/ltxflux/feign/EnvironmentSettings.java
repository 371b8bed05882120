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

    /** The same refusal, naming {@value LtxClient#ENV_TOKEN} instead of the setter when the token is missing. */
    static InvalidRequestException namingTheTokenVariable(InvalidRequestException refused) {
        return new InvalidRequestException(refused.violations().stream()
                .map(v -> v.field().equals("token") && v.rule().startsWith("is required")
                        ? new Violation(LtxClient.ENV_TOKEN, "is required: set it to your useapi.net API token") : v)
                .toList());
    }
}
