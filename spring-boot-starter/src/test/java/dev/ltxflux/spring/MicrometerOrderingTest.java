package dev.ltxflux.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.port.out.ClientEventsPort;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Spring Boot 3.5's own registries (actuator), no MeterRegistry bean of the test's: the starter's Micrometer
 * configuration must be ordered after Boot's by name, or its @ConditionalOnBean misses them (alphabetically,
 * dev.ltxflux comes first). consumer-tests-boot4 proves the same on Spring Boot 4.
 */
class MicrometerOrderingTest {

    private static final String BOOT35_METRICS = "org.springframework.boot.actuate.autoconfigure.";

    @Test
    void theMicrometerObserverComesAfterBootsMeterAndObservationRegistries() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LtxMicrometerAutoConfiguration.class, LtxAutoConfiguration.class,
                        MetricsAutoConfiguration.class, ObservationAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
                .withPropertyValues("ltxflux.token=user:1-test", "ltxflux.base-url=http://127.0.0.1:9/v1/ltxstudio")
                .run(context -> {
                    assertThat(context).hasSingleBean(MeterRegistry.class).hasSingleBean(ObservationRegistry.class);
                    assertThat(context.getBean(ClientEventsPort.class)).isInstanceOf(MicrometerClientEvents.class);
                });
    }

    @Test
    void everyBoot35NameTheStarterOrdersAfterExists() {
        List<String> names = Arrays.asList(LtxMicrometerAutoConfiguration.class.getAnnotation(AutoConfiguration.class).afterName());
        assertThat(names).filteredOn(n -> n.startsWith(BOOT35_METRICS)).hasSize(3).allSatisfy(n ->
                assertThat(Class.forName(n, false, getClass().getClassLoader())).isNotNull());
    }
}
