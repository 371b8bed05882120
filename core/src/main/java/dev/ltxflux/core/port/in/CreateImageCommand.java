package dev.ltxflux.core.port.in;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.CreateRequestBuilder;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the create flow needs, checked before any request is sent: the request, an optional reference image (a
 * file to upload first, or an asset id), where to write the result and how long to wait. The per-model rules are the
 * request's own ({@link dev.ltxflux.core.model.edit.EditModel}); a file reference is checked against them before it is
 * uploaded.
 */
public final class CreateImageCommand {

    private final CreateRequestBuilder request;
    private final Reference reference;
    private final Path output;
    private final AwaitOptions await;

    private CreateImageCommand(CreateRequestBuilder request, Reference reference, Path output, AwaitOptions await) {
        this.request = request;
        this.reference = reference;
        this.output = output;
        this.await = await;
    }

    /** Creates from the request as it is (its own {@code referenceAssetId}, if any). */
    public static CreateImageCommand of(CreateRequestBuilder request, Path output, AwaitOptions await) {
        return of(request, null, output, await);
    }

    /**
     * Creates with {@code reference} (a file uploaded first, or an asset id; null for none) as {@code referenceAssetId},
     * which {@code request} must then leave unset; every broken rule is reported together.
     */
    public static CreateImageCommand of(CreateRequestBuilder request, Reference reference, Path output, AwaitOptions await) {
        CreateRequestBuilder copy = Objects.requireNonNull(request, "request").copy();
        List<Violation> found = new ArrayList<>();
        if (reference == null) {
            found.addAll(copy.violations());
        } else {
            if (copy.hasReferenceAssetId()) {
                found.add(new Violation("referenceAssetId", "must not be set in the request when the command gives the reference"));
            }
            found.addAll(reference.asset() != null ? copy.copy().referenceAssetId(reference.asset()).violations()
                    : copy.violationsAwaitingReference());
        }
        if (output == null) {
            found.add(new Violation("output", "is required"));
        } else if (output.getFileName() == null) {
            found.add(new Violation("output", "must name a file"));
        }
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found.stream().distinct().toList());
        }
        return new CreateImageCommand(copy, reference, output, Objects.requireNonNull(await, "await"));
    }

    /** The reference image, if the command gives one. */
    public Optional<Reference> reference() {
        return Optional.ofNullable(reference);
    }

    /** The request without a command reference (or with an asset reference in place). */
    public CreateRequest request() {
        return reference == null ? request.build() : requestFor(reference.asset());
    }

    /** The request with {@code uploaded} as its {@code referenceAssetId}. */
    public CreateRequest requestFor(AssetId uploaded) {
        return request.copy().referenceAssetId(Objects.requireNonNull(uploaded, "uploaded")).build();
    }

    /** The account the request names (uploads go to the same account). */
    public Optional<String> email() {
        return request.account();
    }

    public Path output() {
        return output;
    }

    public AwaitOptions await() {
        return await;
    }
}
