package dev.ltxflux.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.feign.LtxClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** No ltxflux.token at all: had the starter not backed off, building its own client would fail start-up. */
@SpringBootTest(classes = UserClientBackOffOnBoot4Test.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "USEAPI_TOKEN=")
class UserClientBackOffOnBoot4Test {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean(destroyMethod = "close")
        LtxClient myClient() {
            return LtxClient.builder().token("user:7-mine").baseUrl("http://127.0.0.1:9/mine").build();
        }
    }

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationsOwnClientIsTheOnlyOne() {
        assertThat(context.getBeansOfType(LtxClient.class)).containsOnlyKeys("myClient");
        assertThat(context.getBean(LtxClient.class).baseUrl()).isEqualTo("http://127.0.0.1:9/mine");
    }
}
