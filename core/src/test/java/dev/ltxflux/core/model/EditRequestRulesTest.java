package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.ltxflux.core.model.EditRequests.valid;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.edit.AspectRatio;
import dev.ltxflux.core.model.edit.EditModel;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.EditRequestBuilder;
import dev.ltxflux.core.model.edit.ShotAngle;
import org.junit.jupiter.api.Test;

/** Each rule of a request at its boundary, and every parameter read back as it was set. */
class EditRequestRulesTest {

    private static java.util.List<Violation> violations(EditRequestBuilder b) {
        return EditRequests.refused(b).violations();
    }

    @Test
    void aMinimalRequestLeavesEveryOptionalParameterAbsent() {
        EditRequest r = valid().build();

        assertThat(r.effectiveModel()).isEqualTo(EditModel.FLUX);
        assertThat(r.email()).isEmpty();
        assertThat(r.referenceAssetId2()).isEmpty();
        assertThat(r.referenceAssetId3()).isEmpty();
        assertThat(r.model()).isEmpty();
        assertThat(r.aspectRatio()).isEmpty();
        assertThat(r.shotType()).isEmpty();
        assertThat(r.shotAngle()).isEmpty();
        assertThat(r.seed()).isEmpty();
        assertThat(r.location()).isEmpty();
        assertThat(r.weather()).isEmpty();
        assertThat(r.lighting()).isEmpty();
        assertThat(r.pollForResult()).isEmpty();
        assertThat(r.maxJobs()).isEmpty();
        assertThat(r.replyUrl()).isEmpty();
        assertThat(r.replyRef()).isEmpty();
    }

    @Test
    void everyParameterIsReadBackAsSet() {
        EditRequest r = valid().email("second@example.com").model(EditModel.FLUX_PREMIUM).referenceAssetId2("asset:2")
                .referenceAssetId3("asset:3").aspectRatio(AspectRatio.PORTRAIT_9_16).shotType("close-up")
                .shotAngle(ShotAngle.OVERHEAD).seed(-7L).location("beach").weather("rain").lighting("dusk")
                .pollForResult(3).maxJobs(4).replyUrl("http://localhost/hook").replyRef("ref-1").build();

        assertThat(r.email()).contains("second@example.com");
        assertThat(r.model()).contains(EditModel.FLUX_PREMIUM);
        assertThat(r.effectiveModel()).isEqualTo(EditModel.FLUX_PREMIUM);
        assertThat(r.referenceAssetId()).isEqualTo(new AssetId("asset:3b18-type:image/png"));
        assertThat(r.referenceAssetId2()).contains(new AssetId("asset:2"));
        assertThat(r.referenceAssetId3()).contains(new AssetId("asset:3"));
        assertThat(r.aspectRatio()).contains(AspectRatio.PORTRAIT_9_16);
        assertThat(r.shotType()).contains("close-up");
        assertThat(r.shotAngle()).contains(ShotAngle.OVERHEAD);
        assertThat(r.seed()).hasValue(-7L);
        assertThat(r.location()).contains("beach");
        assertThat(r.weather()).contains("rain");
        assertThat(r.lighting()).contains("dusk");
        assertThat(r.pollForResult()).hasValue(3);
        assertThat(r.maxJobs()).hasValue(4);
        assertThat(r.replyUrl()).contains("http://localhost/hook");
        assertThat(r.replyRef()).contains("ref-1");
    }

    @Test
    void typedSettersTakeNullAsUnset() {
        EditRequest r = valid().aspectRatio("1:1").aspectRatio((AspectRatio) null).shotAngle("overhead")
                .shotAngle((ShotAngle) null).model("flux-premium").model((EditModel) null).build();

        assertThat(r.aspectRatio()).isEmpty();
        assertThat(r.shotAngle()).isEmpty();
        assertThat(r.model()).isEmpty();
    }

    @Test
    void theSeedRangeIsSymmetricAndInclusive() {
        assertThat(valid().seed(-EditRequest.MAX_SEED).build().seed()).hasValue(-EditRequest.MAX_SEED);
        assertThat(valid().seed(EditRequest.MAX_SEED).build().seed()).hasValue(EditRequest.MAX_SEED);
        assertThat(violations(valid().seed(-EditRequest.MAX_SEED - 1))).extracting(Violation::field).containsExactly("seed");
    }

    @Test
    void sceneTextsOfExactly2000CharactersAreAccepted() {
        EditRequest r = valid().location("l".repeat(2000)).weather("w".repeat(2000)).lighting("x".repeat(2000)).build();

        assertThat(r.location()).hasValueSatisfying(v -> assertThat(v).hasSize(2000));
        assertThat(r.weather()).hasValueSatisfying(v -> assertThat(v).hasSize(2000));
        assertThat(r.lighting()).hasValueSatisfying(v -> assertThat(v).hasSize(2000));
    }

    @Test
    void aReplyUrlOfExactly1024CharactersIsAcceptedAndKept() {
        String url = "https://x.example/" + "a".repeat(EditRequest.MAX_REPLY_URL - "https://x.example/".length());

        assertThat(url).hasSize(EditRequest.MAX_REPLY_URL);
        assertThat(valid().replyUrl(url).build().replyUrl()).contains(url);
        assertThat(violations(valid().replyUrl(url + "a"))).extracting(Violation::rule)
                .containsExactly("must be at most 1024 characters");
    }

    @Test
    void anEmailIsCheckedAgainstTheSchemaPattern() {
        assertThat(valid().email("user@example.com").build().email()).contains("user@example.com");
        assertThat(violations(valid().email("user @example.com"))).extracting(Violation::field).containsExactly("email");
        assertThat(violations(valid().email("user@example.com\n"))).extracting(Violation::field).containsExactly("email");
    }

    @Test
    void blankSecondAndThirdReferencesNameTheirField() {
        assertThat(violations(valid().model("flux-premium").referenceAssetId2(" ").referenceAssetId3("\t")))
                .containsExactly(new Violation("referenceAssetId2", "must not be blank"),
                        new Violation("referenceAssetId3", "must not be blank"));
    }

    @Test
    void equalRequestsHaveEqualHashCodesAndDifferentOnesDiffer() {
        EditRequest a = valid().seed(1L).build();

        assertThat(valid().seed(1L).build()).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(valid().seed(2L).build()).isNotEqualTo(a);
        assertThat(valid().seed(2L).build().hashCode()).isNotEqualTo(a.hashCode());
        assertThat(a).isNotEqualTo("not a request");
    }

    @Test
    void toStringShowsTheShapeButNotThePrompt() {
        String text = valid().aspectRatio("16:9").build().toString();

        assertThat(text).contains("26 chars", "asset:3b18-type:image/png", "flux", "16:9").doesNotContain("golden");
        assertThat(valid().build().toString()).contains("aspectRatio=default");
    }

    @Test
    void violationsWithReportsWithoutBuilding() {
        EditRequestBuilder noReference = EditRequest.builder().prompt("p");

        assertThat(noReference.hasReferenceAssetId()).isFalse();
        assertThat(noReference.violations()).extracting(Violation::field).containsExactly("referenceAssetId");
        assertThat(noReference.violationsWith("asset:1")).isEmpty();
        assertThat(noReference.hasReferenceAssetId()).isFalse();
        assertThatThrownBy(noReference::build).isInstanceOf(InvalidRequestException.class);
    }
}
