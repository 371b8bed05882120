package dev.ltxflux.feign;

import dev.ltxflux.feign.wire.CreateRequestDto;
import dev.ltxflux.feign.wire.UpscaleRequestDto;
import feign.Headers;
import feign.RequestLine;
import feign.Response;

/**
 * The image-making calls besides edit, as Feign sees them. Raw {@link Response}s, so that one mapper decides what each
 * status and body means (both 200 shapes, JSON and plain-text errors).
 */
interface LtxImageApi {

    @RequestLine("POST /images/create")
    @Headers("Content-Type: application/json")
    Response create(CreateRequestDto body);

    @RequestLine("POST /images/upscale")
    @Headers("Content-Type: application/json")
    Response upscale(UpscaleRequestDto body);
}
