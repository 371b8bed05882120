package dev.ltxflux.feign;

import dev.ltxflux.feign.wire.EditRequestDto;
import dev.ltxflux.feign.wire.WireMapper;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/**
 * The three API calls, as Feign sees them. Every method returns the raw {@link Response} so that one mapper decides
 * what each status and body means (both 200 shapes, JSON and plain-text errors).
 */
interface LtxApi {

    @RequestLine("POST /images/flux-edit")
    @Headers("Content-Type: application/json")
    Response submit(EditRequestDto body);

    /**
     * The job id must arrive already percent-encoded as one path segment ({@link WireMapper#pathSegment(String)}):
     * {@code encoded = true} stops Feign re-encoding it and {@code decodeSlash = false} keeps {@code %2F} intact.
     */
    @RequestLine(value = "GET /assets/{jobId}", decodeSlash = false)
    Response job(@Param(value = "jobId", encoded = true) String encodedJobId);

    @RequestLine("POST /assets/?type={type}&email={email}")
    @Headers("Content-Type: {contentType}")
    Response upload(@Param("type") String type, @Param("email") String email, @Param("contentType") String contentType, byte[] body);
}
