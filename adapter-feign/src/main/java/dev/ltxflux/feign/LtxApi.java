package dev.ltxflux.feign;

import dev.ltxflux.feign.wire.EditRequestDto;
import dev.ltxflux.feign.wire.WireMapper;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/**
 * The API calls, as Feign sees them. Every method returns the raw {@link Response} so that one mapper decides
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

    /** Null query values are left out of the URL. */
    @RequestLine("GET /assets/?email={email}&page={page}&limit={limit}&filter={filter}")
    Response listAssets(@Param("email") String email, @Param("page") int page, @Param("limit") int limit, @Param("filter") String filter);

    @RequestLine("GET /scheduler")
    Response running();

    @RequestLine("GET /scheduler/available")
    Response capacity();

    /** Encoded like {@link #job}. */
    @RequestLine(value = "DELETE /scheduler/{jobId}", decodeSlash = false)
    Response stopTracking(@Param(value = "jobId", encoded = true) String encodedJobId);

    @RequestLine("GET /accounts")
    Response accounts();

    @RequestLine(value = "GET /accounts/{email}", decodeSlash = false)
    Response account(@Param(value = "email", encoded = true) String encodedEmail);

    @RequestLine("POST /accounts")
    @Headers("Content-Type: application/json")
    Response configureAccount(java.util.Map<String, Object> body);

    @RequestLine(value = "DELETE /accounts/{email}", decodeSlash = false)
    Response removeAccount(@Param(value = "email", encoded = true) String encodedEmail);

    @RequestLine("POST /assets/?type={type}&email={email}")
    @Headers("Content-Type: {contentType}")
    Response upload(@Param("type") String type, @Param("email") String email, @Param("contentType") String contentType, byte[] body);
}
