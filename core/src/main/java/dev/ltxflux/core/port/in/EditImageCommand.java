package dev.ltxflux.core.port.in;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.ReferenceImage;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the edit flow needs, checked before any request is sent: the image (a file to upload, or an asset id),
 * the request's other parameters, where to write the result, and how long to wait.
 */
public final class EditImageCommand {

    /** Stands in for the reference while the other rules are checked before the upload. */
    private static final String PENDING_UPLOAD = "asset:pending-upload";

    private final ReferenceImage image;
    private final AssetId asset;
    private final EditRequest.Builder request;
    private final Path output;
    private final AwaitOptions await;
    private final String email;

    private EditImageCommand(ReferenceImage image, AssetId asset, EditRequest.Builder request, Path output, AwaitOptions await) {
        this.email = request.copy().referenceAssetId(PENDING_UPLOAD).build().email().orElse(null);
        this.image = image;
        this.asset = asset;
        this.request = request;
        this.output = output;
        this.await = await;
    }

    /**
     * Edits a local image: it is uploaded first. {@code request} must leave {@code referenceAssetId} unset; every other
     * broken rule of the request and the image is reported together.
     */
    public static EditImageCommand forFile(Path image, EditRequest.Builder request, Path output, AwaitOptions await) {
        Objects.requireNonNull(request, "request");
        List<Violation> found = new ArrayList<>();
        ReferenceImage checked = null;
        try {
            checked = ReferenceImage.of(Objects.requireNonNull(image, "image"));
        } catch (InvalidRequestException e) {
            found.addAll(e.violations());
        }
        EditRequest.Builder copy = request.copy();
        if (copy.hasReferenceAssetId()) {
            found.add(new Violation("referenceAssetId", "must not be set when an image file is given (the upload is the reference)"));
        }
        found.addAll(copy.violationsWith(PENDING_UPLOAD));
        return finish(found, checked, null, copy, output, await);
    }

    /** Edits an image already uploaded; {@code request}'s {@code referenceAssetId} is set to {@code asset}. */
    public static EditImageCommand forAsset(AssetId asset, EditRequest.Builder request, Path output, AwaitOptions await) {
        Objects.requireNonNull(asset, "asset");
        EditRequest.Builder copy = request.copy();
        List<Violation> found = new ArrayList<>(copy.violationsWith(asset.value()));
        return finish(found, null, asset, copy, output, await);
    }

    private static EditImageCommand finish(List<Violation> found, ReferenceImage image, AssetId asset,
            EditRequest.Builder request, Path output, AwaitOptions await) {
        if (output == null) {
            found.add(new Violation("output", "is required"));
        } else if (output.getFileName() == null) {
            found.add(new Violation("output", "must name a file"));
        }
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found);
        }
        return new EditImageCommand(image, asset, request, output, Objects.requireNonNull(await, "await"));
    }

    /** The file to upload, when the flow starts from a file. */
    public Optional<ReferenceImage> image() {
        return Optional.ofNullable(image);
    }

    /** The asset to edit, when the flow starts from an uploaded asset. */
    public Optional<AssetId> asset() {
        return Optional.ofNullable(asset);
    }

    /** The account the request names, used for the upload too (an asset lives in one account). */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** The request with its reference set to {@code reference}. */
    public EditRequest requestFor(AssetId reference) {
        return request.copy().referenceAssetId(reference).build();
    }

    public Path output() {
        return output;
    }

    public AwaitOptions await() {
        return await;
    }
}
