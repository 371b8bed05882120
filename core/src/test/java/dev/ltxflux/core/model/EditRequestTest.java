package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.ltxflux.core.model.EditRequests.refused;
import static dev.ltxflux.core.model.EditRequests.valid;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.AspectRatio;
import dev.ltxflux.core.model.edit.EditModel;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.Prompt;
import dev.ltxflux.core.model.edit.ShotAngle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditRequestTest {

    @Test
    void documentedExampleIsValid() {
        EditRequest r = valid().aspectRatio("16:9").shotType("wide shot").shotAngle("eye-level").seed(123456L)
                .pollForResult(10).build();
        assertThat(r.aspectRatio()).contains(AspectRatio.LANDSCAPE_16_9);
        assertThat(r.shotAngle()).contains(ShotAngle.EYE_LEVEL);
        assertThat(r.seed()).hasValue(123456L);
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        InvalidRequestException e = refused(EditRequest.builder().prompt(" ").aspectRatio("4:3").shotAngle("dutch")
                .pollForResult(21).maxJobs(0).replyUrl("ftp://x").email("nobody"));
        assertThat(e.violations()).extracting(Violation::field).containsExactly(
                "email", "prompt", "referenceAssetId", "aspectRatio", "shotAngle", "pollForResult", "maxJobs", "replyUrl");
        assertThat(e.getMessage()).contains("'prompt' must not be blank", "'aspectRatio' must be one of 16:9, 9:16, 1:1");
    }

    @Test
    void promptIsRequired() {
        assertThat(refused(valid().prompt(null)).violations()).containsExactly(new Violation("prompt", "is required"));
    }

    @Test
    void promptOf2000CodePointsIsAcceptedAnd2001Rejected() {
        String emoji = "\uD83D\uDE00";
        assertThat(valid().prompt(emoji.repeat(2000)).build().prompt().value()).hasSize(4000);
        assertThat(refused(valid().prompt("a".repeat(2001))).violations().get(0).rule())
                .isEqualTo("must be at most 2000 characters (was 2001)");
    }

    @Test
    void promptValueObjectValidatesItself() {
        assertThatThrownBy(() -> new Prompt("")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'prompt' must not be blank");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 21, -1})
    void pollForResultOutside1To20IsRejected(int value) {
        assertThat(refused(valid().pollForResult(value)).violations()).extracting(Violation::field).containsExactly("pollForResult");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20})
    void pollForResultBoundsAreAccepted(int value) {
        assertThat(valid().pollForResult(value).build().pollForResult()).hasValue(value);
    }

    @Test
    void maxJobsBoundsAre1And100() {
        assertThat(valid().maxJobs(100).build().maxJobs()).hasValue(100);
        assertThat(refused(valid().maxJobs(101)).violations()).extracting(Violation::field).containsExactly("maxJobs");
    }

    @Test
    void referenceAssetId3IsRejectedWithTheDefaultFluxModel() {
        assertThat(refused(valid().referenceAssetId2("asset:2").referenceAssetId3("asset:3")).violations())
                .extracting(Violation::field).containsExactly("referenceAssetId3");
        assertThat(valid().model("flux-premium").referenceAssetId3("asset:3").build().referenceAssetId3()).isPresent();
    }

    @Test
    void nanoBananaTakesNoAspectRatio() {
        assertThat(refused(valid().model(EditModel.NANO_BANANA).aspectRatio("1:1")).violations())
                .containsExactly(new Violation("aspectRatio", "is not supported by model 'nano-banana'"));
        assertThat(valid().model(EditModel.NANO_BANANA).build().aspectRatio()).isEmpty();
    }

    @Test
    void unknownModelIsRejectedWithTheAllowedValues() {
        assertThat(refused(valid().model("dall-e")).getMessage())
                .contains("'model' must be one of flux, flux-premium, nano-banana (was 'dall-e')");
    }

    @Test
    void sceneTextsAreLimitedTo2000Characters() {
        InvalidRequestException e = refused(valid().location("l".repeat(2001)).weather("w".repeat(2001)).lighting("x".repeat(2001)));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("location", "weather", "lighting");
    }

    @Test
    void replyUrlMustBeAbsoluteHttpAndAtMost1024Characters() {
        assertThat(valid().replyUrl("https://hooks.example.com/ltx").build().replyUrl()).isPresent();
        assertThat(refused(valid().replyUrl("/relative")).violations().get(0).rule()).contains("absolute http or https");
        assertThat(refused(valid().replyUrl("https://x.example/" + "a".repeat(1024))).violations().get(0).rule())
                .contains("at most 1024");
    }

    @Test
    void seedBeyondJsonSafeIntegersIsRejected() {
        assertThat(valid().seed(EditRequest.MAX_SEED).build().seed()).hasValue(EditRequest.MAX_SEED);
        assertThat(refused(valid().seed(EditRequest.MAX_SEED + 1)).violations()).extracting(Violation::field).containsExactly("seed");
    }

    @Test
    void toBuilderRoundTripsEveryField() {
        EditRequest r = valid().email("user@example.com").model("flux-premium").referenceAssetId2("a2").referenceAssetId3("a3")
                .aspectRatio("9:16").shotType("close-up").shotAngle("overhead").seed(7L).location("beach").weather("rain")
                .lighting("dusk").pollForResult(3).maxJobs(4).replyUrl("http://localhost/hook").replyRef("ref").build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.toBuilder().seed(8L).build()).isNotEqualTo(r);
    }
}
