package dev.ltxflux.feign.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The request body exactly as the API names it; absent parameters are omitted so the server's defaults apply. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditRequestDto(
        String email,
        String prompt,
        String referenceAssetId,
        String referenceAssetId2,
        String referenceAssetId3,
        String model,
        String aspectRatio,
        String shotType,
        String shotAngle,
        Long seed,
        String location,
        String weather,
        String lighting,
        Integer pollForResult,
        Integer maxJobs,
        String replyUrl,
        String replyRef) {
}
