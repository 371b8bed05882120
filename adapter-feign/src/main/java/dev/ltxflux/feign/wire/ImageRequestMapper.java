package dev.ltxflux.feign.wire;

import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.Delivery;
import dev.ltxflux.core.model.edit.EditModel;
import dev.ltxflux.core.model.edit.ImageStyle;
import dev.ltxflux.core.model.edit.UpscaleRequest;

/**
 * The create and upscale requests to their wire bodies, in {@link WireMapper}'s style (its answers' mapping is shared:
 * every image submit answers the same two 200 shapes).
 */
public final class ImageRequestMapper {

    /** The create body; {@code defaultEmail} fills {@code email} when the request names none (may be null). */
    public CreateRequestDto toWire(CreateRequest r, String defaultEmail) {
        Delivery d = r.delivery();
        return new CreateRequestDto(r.email().orElse(defaultEmail), r.prompt().value(),
                r.framing().aspectRatio() == null ? null : r.framing().aspectRatio().wire(),
                r.style().map(ImageStyle::wire).orElse(null), r.framing().shotType(),
                r.framing().shotAngle() == null ? null : r.framing().shotAngle().wire(),
                r.seed().isPresent() ? r.seed().getAsLong() : null, r.referenceAssetId().map(AssetId::value).orElse(null),
                r.referenceStrength().isPresent() ? r.referenceStrength().getAsInt() : null, r.scene().location(),
                r.scene().weather(), r.scene().lighting(), r.model().map(EditModel::wire).orElse(null), d.pollForResult(),
                d.maxJobs(), d.replyUrl(), d.replyRef());
    }

    /**
     * The upscale body. The client's default account is not filled in: the job id names its account, and a default
     * naming another would be refused.
     */
    public UpscaleRequestDto toWire(UpscaleRequest r) {
        Delivery d = r.delivery();
        return new UpscaleRequestDto(r.jobId().value(), r.email().orElse(null), d.pollForResult(), d.maxJobs(),
                d.replyUrl(), d.replyRef());
    }
}
