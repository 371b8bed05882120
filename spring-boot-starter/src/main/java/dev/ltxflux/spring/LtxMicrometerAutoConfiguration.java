package dev.ltxflux.spring;

import dev.ltxflux.core.port.out.ClientEventsPort;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The client reports to Micrometer when the application has a {@link MeterRegistry} (e.g. through actuator).
 * <p>
 * Runs after Boot's meter and observation registries are defined, or {@code @ConditionalOnBean} would not see them:
 * named, not as class literals, because they moved between Spring Boot 3.5 (spring-boot-actuator-autoconfigure) and
 * Spring Boot 4 (spring-boot-micrometer-metrics and -observation). A name absent from the class path is ignored.
 */
@AutoConfiguration(before = LtxAutoConfiguration.class, afterName = {
        // Spring Boot 3.5
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        // Spring Boot 4.0
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class LtxMicrometerAutoConfiguration {

    /** Timers, counters and await observations; backs off when the application has its own {@link ClientEventsPort}. */
    @Bean
    @ConditionalOnMissingBean(ClientEventsPort.class)
    public MicrometerClientEvents ltxClientEvents(MeterRegistry meters, ObjectProvider<ObservationRegistry> observations) {
        return new MicrometerClientEvents(meters, observations.getIfUnique());
    }
}
