package dev.ltxflux.core.model;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.EditRequestBuilder;

/** What the request tests share: a valid minimal request to vary, and the refusal of one that is not. */
final class EditRequests {

    private EditRequests() {
    }

    /** The documented minimal request: a prompt and one reference. */
    static EditRequestBuilder valid() {
        return EditRequest.builder().prompt("Add golden sunset lighting").referenceAssetId("asset:3b18-type:image/png");
    }

    /** The refusal {@code b.build()} throws; fails the test when it builds. */
    static InvalidRequestException refused(EditRequestBuilder b) {
        try {
            b.build();
        } catch (InvalidRequestException e) {
            return e;
        }
        throw new AssertionError("expected the request to be rejected");
    }
}
