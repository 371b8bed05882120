package dev.ltxflux.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ltxflux.core.model.job.Job;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = LtxWebhookEndpointTest.App.class,
        properties = {"ltxflux.token=user:1-test", "ltxflux.webhook.path=/hooks/ltx"})
@AutoConfigureMockMvc
class LtxWebhookEndpointTest {

    private static final String JOB_ID = "email:user@example.com-job:7a34b821-9fd0-205e-d21b-4abc6f7839e7-type:image";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        List<Job> received() {
            return new CopyOnWriteArrayList<>();
        }

        @Bean
        LtxWebhookHandler handler(List<Job> received) {
            return received::add;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    List<Job> received;

    @BeforeEach
    void clear() {
        received.clear();
    }

    @Test
    void aValidJobModelIsHandedToTheApplicationsHandler() throws Exception {
        mvc.perform(post("/hooks/ltx").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":{\"type\":\"failed\",\"message\":\"content policy\"},\"jobId\":\"" + JOB_ID + "\",\"replyRef\":\"r1\"}"))
                .andExpect(status().isNoContent());
        assertThat(received).singleElement().satisfies(job -> {
            assertThat(job.id().value()).isEqualTo(JOB_ID);
            assertThat(job.isFailed()).isTrue();
            assertThat(job.replyRef()).hasValue("r1");
        });
    }

    @Test
    void aBodyThatIsNotJsonIsAnswered400AndNotHandedOn() throws Exception {
        mvc.perform(post("/hooks/ltx").contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest())
                .andDo(r -> assertThat(r.getResponse().getContentAsString()).contains("not a JSON document"));
        assertThat(received).isEmpty();
    }

    @Test
    void aSchemaViolationIsAnswered400WithTheRule() throws Exception {
        mvc.perform(post("/hooks/ltx").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":{\"type\":\"completed\",\"progress\":\"100\"},\"jobId\":\"" + JOB_ID + "\"}"))
                .andExpect(status().isBadRequest())
                .andDo(r -> assertThat(r.getResponse().getContentAsString()).contains("/status/progress"));
        assertThat(received).isEmpty();
    }

    @Test
    void anOversizedBodyIsAnswered400() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        mvc.perform(post("/hooks/ltx").contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isBadRequest());
        assertThat(received).isEmpty();
    }

    @Test
    void otherPathsAreNotTheEndpoint() throws Exception {
        mvc.perform(post("/hooks/other").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }
}
