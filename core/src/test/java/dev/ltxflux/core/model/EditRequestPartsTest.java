package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.Delivery;
import dev.ltxflux.core.model.edit.EditModel;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.References;
import dev.ltxflux.core.model.edit.SceneText;
import org.junit.jupiter.api.Test;

/** The small parts of an edit request each check themselves, and the model rules live in the model. */
class EditRequestPartsTest {

    @Test
    void referencesReportEveryBrokenOneAtOnce() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> References.parse(null, " ", ""));
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("referenceAssetId", "referenceAssetId2", "referenceAssetId3");
        assertThat(References.parse("asset:1", null, "asset:3").all()).extracting(a -> a.value())
                .containsExactly("asset:1", "asset:3");
    }

    @Test
    void sceneTextAndDeliveryReportEveryBrokenPart() {
        String tooLong = "x".repeat(SceneText.MAX_LENGTH + 1);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> new SceneText(tooLong, null, tooLong))
                .violations()).extracting(Violation::field).containsExactly("location", "lighting");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> new Delivery(0, 101, "ftp://x", null))
                .violations()).extracting(Violation::field).containsExactly("pollForResult", "maxJobs", "replyUrl");
        assertThat(new SceneText(null, "x".repeat(SceneText.MAX_LENGTH), null).weather()).hasSize(SceneText.MAX_LENGTH);
    }

    @Test
    void theModelHoldsItsOwnRules() {
        assertThat(EditModel.FLUX.violations(3, true)).extracting(Violation::field).containsExactly("referenceAssetId3");
        assertThat(EditModel.FLUX.violations(3, false).get(0).rule()).contains("flux-premium or nano-banana");
        assertThat(EditModel.NANO_BANANA.violations(3, true)).extracting(Violation::field).containsExactly("aspectRatio");
        assertThat(EditModel.FLUX_PREMIUM.violations(3, true)).isEmpty();
        assertThat(EditModel.FLUX.violations(2, true)).isEmpty();
    }

    @Test
    void theRequestExposesItsParts() {
        EditRequest r = EditRequest.builder().prompt("p").referenceAssetId("asset:1").location("beach").maxJobs(3).build();
        assertThat(r.scene()).isEqualTo(new SceneText("beach", null, null));
        assertThat(r.delivery()).isEqualTo(new Delivery(null, 3, null, null));
        assertThat(r.references().all()).hasSize(1);
        assertThat(r.framing().aspectRatio()).isNull();
    }
}
