package dev.ltxflux.example.spring;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.spring.LtxWebhookHandler;
import org.springframework.stereotype.Component;

/**
 * Receives finished jobs when {@code ltxflux.webhook.path} is set in a Spring MVC application (add spring-boot-starter-web,
 * on Spring Boot 4 spring-boot-starter-webmvc);
 * submits name the endpoint in {@code replyUrl}. Deliveries may repeat and are not signed: confirm with
 * {@code LtxClient.status(job.id())} before acting on one.
 */
@Component
public class JobWebhooks implements LtxWebhookHandler {

    @Override
    public void onJob(Job job) {
        System.out.println("job " + job.id().value() + (job.isDone() ? " done" : " failed"));
    }
}
