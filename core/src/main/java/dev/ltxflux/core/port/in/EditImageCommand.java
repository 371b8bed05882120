package dev.ltxflux.core.port.in;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.ReferenceImage;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.EditRequestBuilder;
import dev.ltxflux.core.model.edit.References;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the edit flow needs, checked before any request is sent: the reference images (1 to 3, each a file to
 * upload or an asset id, sent as {@code referenceAssetId}, {@code 2}, {@code 3} in order), the request's other
 * parameters, where to write the result, and how long to wait. The per-model rules (how many references a model takes)
 * are the request's own ({@link EditRequest}): the command checks them with the references it will send.
 */
public final class EditImageCommand {

    /** The most reference images any model takes. */
    public static final int MAX_REFERENCES = References.MOST;

    /** Stands in for a reference that is uploaded later, while the request's rules are checked. */
    private static final String PENDING_UPLOAD = "asset:pending-upload";

    private final List<Reference> references;
    private final EditRequestBuilder request;
    private final Path output;
    private final AwaitOptions await;
    private final String email;

    /**
     * One reference image: a file to upload, or an asset already uploaded.
     *
     * @param file  the checked file, or null
     * @param asset the asset id, or null (exactly one of the two is set)
     */
    public record Reference(ReferenceImage file, AssetId asset) {
        public Reference {
            if ((file == null) == (asset == null)) {
                throw new IllegalArgumentException("a reference is a file or an asset id, exactly one");
            }
        }

        /** A file to upload (checked now: PNG, JPEG or WebP). */
        public static Reference file(Path image) {
            return new Reference(ReferenceImage.of(Objects.requireNonNull(image, "image")), null);
        }

        /** An asset already uploaded. */
        public static Reference asset(AssetId asset) {
            return new Reference(null, Objects.requireNonNull(asset, "asset"));
        }

        /** A path naming an existing file is a file to upload; anything else is taken as an asset id. */
        public static Reference fileOrAsset(String fileOrAssetId, String field) {
            Objects.requireNonNull(fileOrAssetId, field);
            Path p = toPath(fileOrAssetId);
            if (p != null && Files.isRegularFile(p)) {
                return file(p);
            }
            return asset(AssetId.of(field, fileOrAssetId));
        }

        private static Path toPath(String s) {
            try {
                return Path.of(s);
            } catch (RuntimeException notAPath) {
                return null;
            }
        }
    }

    private EditImageCommand(List<Reference> references, EditRequestBuilder request, Path output, AwaitOptions await,
            String email) {
        this.references = List.copyOf(references);
        this.request = request;
        this.output = output;
        this.await = await;
        this.email = email;
    }

    /**
     * Edits with 1 to 3 reference images, uploading the files among them first. {@code request} must leave every
     * {@code referenceAssetId} unset; every broken rule (of the references, the request and the model) is reported
     * together.
     */
    public static EditImageCommand of(List<Reference> references, EditRequestBuilder request, Path output, AwaitOptions await) {
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(request, "request");
        List<Violation> found = new ArrayList<>();
        if (references.isEmpty()) {
            found.add(new Violation("image", "is required: give 1 to " + MAX_REFERENCES + " reference images"));
        } else if (references.size() > MAX_REFERENCES) {
            found.add(new Violation("referenceAssetId3", "at most " + MAX_REFERENCES + " reference images can be sent (got "
                    + references.size() + ")"));
        }
        EditRequestBuilder copy = request.copy();
        if (copy.hasReferenceAssetId() || copy.hasExtraReferences()) {
            found.add(new Violation("referenceAssetId", "must not be set in the request when the command gives the references"));
        }
        found.addAll(withPlaceholders(copy, references).violations());
        return finish(found, references, copy, output, await);
    }

    /**
     * Edits a local image: it is uploaded first. {@code request} must leave {@code referenceAssetId} unset (it may set
     * {@code referenceAssetId2}/{@code 3} to assets already uploaded); every broken rule is reported together.
     */
    public static EditImageCommand forFile(Path image, EditRequestBuilder request, Path output, AwaitOptions await) {
        Objects.requireNonNull(request, "request");
        List<Violation> found = new ArrayList<>();
        List<Reference> refs = new ArrayList<>();
        try {
            refs.add(Reference.file(Objects.requireNonNull(image, "image")));
        } catch (InvalidRequestException e) {
            found.addAll(e.violations());
        }
        EditRequestBuilder copy = request.copy();
        if (copy.hasReferenceAssetId()) {
            found.add(new Violation("referenceAssetId", "must not be set when an image file is given (the upload is the reference)"));
        }
        found.addAll(copy.violationsWith(PENDING_UPLOAD));
        return finish(found, refs, copy, output, await);
    }

    /** Edits an image already uploaded; {@code request}'s {@code referenceAssetId} is set to {@code asset}. */
    public static EditImageCommand forAsset(AssetId asset, EditRequestBuilder request, Path output, AwaitOptions await) {
        Objects.requireNonNull(asset, "asset");
        EditRequestBuilder copy = request.copy();
        List<Violation> found = new ArrayList<>(copy.violationsWith(asset.value()));
        return finish(found, List.of(Reference.asset(asset)), copy, output, await);
    }

    /** The request with each reference in its place (a placeholder for files not yet uploaded). */
    private static EditRequestBuilder withPlaceholders(EditRequestBuilder request, List<Reference> references) {
        EditRequestBuilder b = request.copy();
        for (int i = 0; i < Math.min(references.size(), MAX_REFERENCES); i++) {
            Reference r = references.get(i);
            set(b, i, r.asset() != null ? r.asset().value() : PENDING_UPLOAD);
        }
        return b;
    }

    private static void set(EditRequestBuilder b, int index, String fileId) {
        switch (index) {
            case 0 -> b.referenceAssetId(fileId);
            case 1 -> b.referenceAssetId2(fileId);
            default -> b.referenceAssetId3(fileId);
        }
    }

    private static EditImageCommand finish(List<Violation> found, List<Reference> references,
            EditRequestBuilder request, Path output, AwaitOptions await) {
        if (output == null) {
            found.add(new Violation("output", "is required"));
        } else if (output.getFileName() == null) {
            found.add(new Violation("output", "must name a file"));
        }
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found.stream().distinct().toList());
        }
        String email = withPlaceholders(request, references).build().email().orElse(null);
        return new EditImageCommand(references, request, output, Objects.requireNonNull(await, "await"), email);
    }

    /** The reference images, in the order they are sent ({@code referenceAssetId}, {@code 2}, {@code 3}). */
    public List<Reference> references() {
        return references;
    }

    /** The first reference's file, when it is a file to upload. */
    public Optional<ReferenceImage> image() {
        return Optional.ofNullable(references.get(0).file());
    }

    /** The first reference's asset, when it is already uploaded. */
    public Optional<AssetId> asset() {
        return Optional.ofNullable(references.get(0).asset());
    }

    /** The account the request names, used for the uploads too (an asset lives in one account). */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** The request with its reference set to {@code reference} (the other references as the request has them). */
    public EditRequest requestFor(AssetId reference) {
        return requestFor(List.of(reference));
    }

    /** The request with the references set in order to {@code uploaded} (one asset id per {@link #references()}). */
    public EditRequest requestFor(List<AssetId> uploaded) {
        if (uploaded.size() != references.size()) {
            throw new IllegalArgumentException("one asset id per reference: expected " + references.size() + ", got " + uploaded.size());
        }
        EditRequestBuilder b = request.copy();
        for (int i = 0; i < uploaded.size(); i++) {
            set(b, i, uploaded.get(i).value());
        }
        return b.build();
    }

    public Path output() {
        return output;
    }

    public AwaitOptions await() {
        return await;
    }
}
