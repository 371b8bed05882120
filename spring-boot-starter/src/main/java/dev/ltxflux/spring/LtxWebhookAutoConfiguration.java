package dev.ltxflux.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The webhook endpoint: only in a servlet Spring MVC application, only when {@code ltxflux.webhook.path} is set and
 * the application has an {@link LtxWebhookHandler} bean. Off by default.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnProperty(prefix = "ltxflux.webhook", name = "path")
public class LtxWebhookAutoConfiguration {

    @Bean
    @ConditionalOnBean(LtxWebhookHandler.class)
    @ConditionalOnMissingBean
    public LtxWebhookController ltxWebhookController(LtxWebhookHandler handler) {
        return new LtxWebhookController(handler);
    }
}
