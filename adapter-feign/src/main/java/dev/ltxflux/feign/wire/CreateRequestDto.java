package dev.ltxflux.feign.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code images/create} body exactly as the API names it ({@code reference_strength} in snake_case, unlike every
 * other field); absent parameters are omitted so the server's defaults apply.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateRequestDto(
        String email,
        String prompt,
        String aspectRatio,
        String style,
        String shotType,
        String shotAngle,
        Long seed,
        String referenceAssetId,
        @JsonProperty("reference_strength") Integer referenceStrength,
        String location,
        String weather,
        String lighting,
        String model,
        Integer pollForResult,
        Integer maxJobs,
        String replyUrl,
        String replyRef) {
}
