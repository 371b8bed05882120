package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LtxClientOptions} is a value: the same settings make equal options (equal hash codes), a builder started from
 * options copies every setting, and options that differ in any one setting are not equal.
 */
class OptionsValueTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static LtxClientBuilder base() {
        return LtxClient.builder().baseUrl("http://127.0.0.1:1/v1/ltxstudio").token("t0ken").clock(CLOCK);
    }

    static final Map<String, UnaryOperator<LtxClientBuilder>> ONE_CHANGE = Map.ofEntries(
            Map.entry("baseUrl", b -> b.baseUrl("http://127.0.0.1:2/v1/ltxstudio")),
            Map.entry("token", b -> b.token("other-t0ken")),
            Map.entry("email", b -> b.email("a@example.com")),
            Map.entry("allowPlainHttp", b -> b.allowPlainHttp(true)),
            Map.entry("connectTimeout", b -> b.connectTimeout(Duration.ofSeconds(3))),
            Map.entry("readTimeout", b -> b.readTimeout(Duration.ofSeconds(3))),
            Map.entry("callTimeout", b -> b.callTimeout(Duration.ofSeconds(33))),
            Map.entry("maxAttempts", b -> b.maxAttempts(2)),
            Map.entry("retryBaseDelay", b -> b.retryBaseDelay(Duration.ofMillis(7))),
            Map.entry("maxRetryDelay", b -> b.maxRetryDelay(Duration.ofSeconds(7))),
            Map.entry("maxDownloadBytes", b -> b.maxDownloadBytes(1234)),
            Map.entry("maxAnswerBytes", b -> b.maxAnswerBytes(1234)),
            Map.entry("polling", b -> b.polling(new Backoff(Duration.ofMillis(10), 2, Duration.ofMillis(50)))),
            Map.entry("logLevel", b -> b.logLevel(LtxClient.LogLevel.BASIC)),
            Map.entry("journal", b -> b.journal(new ForwardingJournal())),
            Map.entry("executor", b -> b.executor(Runnable::run)),
            Map.entry("events", b -> b.events(new ClientEventsPort() { })),
            Map.entry("clock", b -> b.clock(Clock.offset(CLOCK, Duration.ofSeconds(1)))),
            Map.entry("delays", b -> b.delays(d -> CompletableFuture.completedFuture(null))));

    static Iterable<String> settings() {
        return new java.util.TreeSet<>(ONE_CHANGE.keySet());
    }

    @Test
    void theSameSettingsMakeEqualOptionsWithEqualHashCodes() {
        LtxClientOptions one = base().toOptions();
        LtxClientOptions two = base().toOptions();

        assertThat(one).isNotSameAs(two).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one).isNotEqualTo("not options").isNotEqualTo(null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void optionsDifferingInOneSettingAreNotEqual(String setting) {
        LtxClientOptions changed = ONE_CHANGE.get(setting).apply(base()).toOptions();

        assertThat(changed).isNotEqualTo(base().toOptions());
        assertThat(base().toOptions()).isNotEqualTo(changed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void aBuilderStartedFromOptionsCopiesEverySetting(String setting) {
        LtxClientOptions changed = ONE_CHANGE.get(setting).apply(base()).toOptions();

        assertThat(LtxClient.builder().options(changed).toOptions()).isEqualTo(changed);
    }

    /** A journal that is not the default one (equality of options compares journals by identity). */
    static final class ForwardingJournal implements JobJournalPort {
        private final JobJournalPort none = JobJournalPort.none();

        @Override
        public void recordIntent(dev.ltxflux.core.model.journal.JournalRecord intent) {
            none.recordIntent(intent);
        }

        @Override
        public boolean transition(dev.ltxflux.core.model.journal.JobState expected, dev.ltxflux.core.model.journal.JournalRecord next) {
            return none.transition(expected, next);
        }

        @Override
        public java.util.Optional<dev.ltxflux.core.model.journal.JournalRecord> find(dev.ltxflux.core.model.journal.IntentKey key) {
            return none.find(key);
        }

        @Override
        public java.util.Optional<dev.ltxflux.core.model.journal.JournalRecord> findByJob(dev.ltxflux.core.model.job.JobId jobId) {
            return none.findByJob(jobId);
        }

        @Override
        public java.util.List<dev.ltxflux.core.model.journal.JournalRecord> unfinished() {
            return none.unfinished();
        }

        @Override
        public java.util.List<dev.ltxflux.core.model.journal.JournalRecord> recent(int limit) {
            return none.recent(limit);
        }

        @Override
        public boolean claim(dev.ltxflux.core.model.journal.IntentKey key, String owner, Instant now, Duration lease) {
            return none.claim(key, owner, now, lease);
        }

        @Override
        public void release(dev.ltxflux.core.model.journal.IntentKey key, String owner) {
            none.release(key, owner);
        }
    }
}
