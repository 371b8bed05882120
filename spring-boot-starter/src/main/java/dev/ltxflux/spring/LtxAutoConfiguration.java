package dev.ltxflux.spring;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.feign.LtxClient;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * One {@link LtxClient} for the application, from {@link LtxProperties}, unless the application defines its own.
 * When a {@link ClientEventsPort} bean exists (the Micrometer one, or the application's), the client reports to it.
 */
@AutoConfiguration
@ConditionalOnClass(LtxClient.class)
@EnableConfigurationProperties(LtxProperties.class)
public class LtxAutoConfiguration {

    /**
     * The client, closed with the context.
     *
     * @throws dev.ltxflux.core.error.InvalidRequestException when a setting is missing or out of range, naming every
     *                                                        one by its property ({@code 'ltxflux.call-timeout' must be
     *                                                        positive}), e.g. no token
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public LtxClient ltxClient(LtxProperties properties, Environment environment, ObjectProvider<ClientEventsPort> events,
            ObjectProvider<JobJournalPort> journals) {
        var builder = LtxClient.builder();
        String token = firstSet(properties.getToken(), environment.getProperty("USEAPI_TOKEN"));
        if (token != null) {
            builder.token(token);
        }
        String baseUrl = firstSet(properties.getBaseUrl(), environment.getProperty("LTXFLUX_BASE_URL"));
        if (baseUrl != null) {
            builder.baseUrl(baseUrl);
        }
        if (properties.isAllowPlainHttp()) {
            builder.allowPlainHttp(true);
        }
        String email = firstSet(properties.getEmail(), environment.getProperty("USEAPI_EMAIL"));
        if (email != null) {
            builder.email(email);
        }
        if (properties.getConnectTimeout() != null) {
            builder.connectTimeout(properties.getConnectTimeout());
        }
        if (properties.getReadTimeout() != null) {
            builder.readTimeout(properties.getReadTimeout());
        }
        String envCallTimeout = environment.getProperty(LtxClient.ENV_CALL_TIMEOUT);
        if (properties.getCallTimeout() != null) {
            builder.callTimeout(properties.getCallTimeout());
        } else if (envCallTimeout != null && !envCallTimeout.isBlank()) {
            builder.fromEnv(java.util.Map.of(LtxClient.ENV_CALL_TIMEOUT, envCallTimeout)); // its syntax, its name if bad
        }
        if (properties.getMaxAttempts() != null) {
            builder.maxAttempts(properties.getMaxAttempts());
        }
        if (properties.getRetryBaseDelay() != null) {
            builder.retryBaseDelay(properties.getRetryBaseDelay());
        }
        if (properties.getMaxRetryDelay() != null) {
            builder.maxRetryDelay(properties.getMaxRetryDelay());
        }
        if (properties.getMaxAnswerBytes() != null) {
            builder.maxAnswerBytes(properties.getMaxAnswerBytes().toBytes());
        }
        if (properties.getMaxDownloadBytes() != null) {
            builder.maxDownloadBytes(properties.getMaxDownloadBytes().toBytes());
        }
        if (properties.getLogLevel() != null) {
            builder.logLevel(properties.getLogLevel());
        }
        List<Violation> bad = new ArrayList<>();
        if (properties.getPolling().isSet()) {
            try {
                builder.polling(polling(properties.getPolling()));
            } catch (InvalidRequestException e) {
                e.violations().forEach(v -> bad.add(asProperty(new Violation("polling." + v.field(), v.rule()))));
            }
        }
        JobJournalPort journal = journals.getIfUnique();
        if (journal != null) {
            builder.journal(journal);
        }
        ClientEventsPort observer = events.getIfUnique();
        if (observer != null) {
            builder.events(observer);
        }
        try {
            LtxClient client = builder.build();
            if (bad.isEmpty()) {
                return client;
            }
            client.close();
        } catch (InvalidRequestException e) {
            e.violations().forEach(v -> bad.add(asProperty(v)));
        }
        throw new InvalidRequestException(bad);
    }

    /**
     * The builder's refusal named as the property that sets it ({@code callTimeout} as {@code ltxflux.call-timeout}),
     * so that the message says what to fix in the application's configuration; a variable's name (such as
     * {@code LTXFLUX_CALL_TIMEOUT}) stays as it is.
     */
    static Violation asProperty(Violation v) {
        if (!v.field().matches("[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)*")) {
            return v;
        }
        String kebab = v.field().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        return new Violation("ltxflux." + kebab, v.rule());
    }

    /**
     * The journal from {@code ltxflux.journal.path} or {@code .url} (type file, or a url of any kind), unless the
     * application defines its own {@link JobJournalPort} (or type jdbc, which {@link LtxJdbcJournalAutoConfiguration}
     * serves from the application's DataSource).
     */
    @Bean
    @ConditionalOnMissingBean(JobJournalPort.class)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression(
            "'${ltxflux.journal.path:}' != '' or '${ltxflux.journal.url:}' != ''")
    public JobJournalPort ltxJobJournal(LtxProperties properties) {
        LtxJournalProperties j = properties.getJournal();
        String location = j.getUrl() != null && !j.getUrl().isBlank() ? j.getUrl() : j.getPath().toString();
        return dev.ltxflux.core.service.JobJournals.open(location, java.time.Clock.systemUTC());
    }

    /** The configured polling, each unset part from {@link Backoff#DEFAULT_POLLING}. */
    private static Backoff polling(LtxProperties.Polling p) {
        Backoff d = Backoff.DEFAULT_POLLING;
        return new Backoff(p.getInitial() != null ? p.getInitial() : d.initial(),
                p.getMultiplier() != null ? p.getMultiplier() : d.multiplier(), p.getMax() != null ? p.getMax() : d.max());
    }

    private static String firstSet(String configured, String fallback) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return fallback == null || fallback.isBlank() ? null : fallback;
    }
}
