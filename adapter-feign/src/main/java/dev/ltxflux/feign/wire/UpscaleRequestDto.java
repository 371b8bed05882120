package dev.ltxflux.feign.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The {@code images/upscale} body as the API names it; absent parameters are omitted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpscaleRequestDto(String jobId, String email, Integer pollForResult, Integer maxJobs, String replyUrl,
        String replyRef) {
}
