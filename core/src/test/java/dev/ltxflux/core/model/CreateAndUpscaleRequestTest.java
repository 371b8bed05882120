package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.EditModel;
import dev.ltxflux.core.model.edit.ImageStyle;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreateAndUpscaleRequestTest {

    private static List<String> fields(InvalidRequestException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void theDocumentedCreateExampleBuildsAndLeavesEveryDefaultToTheServer() {
        CreateRequest r = CreateRequest.builder().prompt("A serene mountain landscape at sunset").aspectRatio("16:9")
                .style("cinematic").shotType("wide shot").shotAngle("eye-level").seed(123456).build();
        assertThat(r.style()).contains(ImageStyle.CINEMATIC);
        assertThat(r.effectiveModel()).isEqualTo(EditModel.FLUX);
        assertThat(r.model()).isEmpty();
        assertThat(r.referenceStrength()).isEmpty();
        assertThat(r.canonicalForm()).isEqualTo("operation=create\nprompt=A serene mountain landscape at sunset\n"
                + "aspectRatio=16:9\nstyle=cinematic\nshotType=wide shot\nshotAngle=eye-level\nseed=123456\n");
        assertThat(CreateRequest.builder().prompt("x").build().style()).as("absent style is base").isEmpty();
    }

    @Test
    void everyBrokenCreateRuleIsReportedAtOnceNamingTheWireField() {
        assertThatThrownBy(() -> CreateRequest.builder().prompt(" ").aspectRatio("4:3").style("base").seed(Long.MAX_VALUE)
                .referenceAssetId(" ").referenceStrength(101).location("x".repeat(2001)).model("dall-e").pollForResult(0)
                .maxJobs(101).replyUrl("ftp://x").email("nope").build())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(fields(e)).containsExactly(
                        "email", "prompt", "aspectRatio", "style", "seed", "referenceAssetId", "reference_strength",
                        "location", "model", "pollForResult", "maxJobs", "replyUrl"));
    }

    @Test
    void styleReferenceAndStrengthAreFluxOnlyEachNamedWithTheModelThatTakesIt() {
        for (String model : List.of("flux-premium", "nano-banana")) {
            assertThatThrownBy(() -> CreateRequest.builder().prompt("p").model(model).style("anime")
                    .referenceAssetId("asset:1-type:image/png").referenceStrength(10).build())
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(fields(e)).containsExactly("style", "referenceAssetId", "reference_strength");
                        assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule())
                                .isEqualTo("is not supported by model '" + model + "' (use flux)"));
                    });
        }
        assertThat(CreateRequest.builder().prompt("p").model("nano-banana").aspectRatio("1:1").build().framing().aspectRatio())
                .as("create takes an aspect ratio with every model (the blog's nano-banana example)").isNotNull();
        assertThat(CreateRequest.builder().prompt("p").model("flux").style("anime").referenceAssetId("asset:1")
                .referenceStrength(0).build().referenceStrength()).hasValue(0);
    }

    @Test
    void referenceStrengthNeedsAReferenceAndStaysWithinZeroToHundred() {
        assertThat(CreateRequest.builder().prompt("p").referenceStrength(50).violations())
                .extracting(Violation::field).containsExactly("reference_strength");
        assertThat(CreateRequest.builder().prompt("p").referenceAssetId("a").referenceStrength(-1).violations())
                .singleElement().satisfies(v -> assertThat(v.rule()).contains("between 0 and 100"));
        assertThat(CreateRequest.builder().prompt("p").referenceAssetId("a").referenceStrength(100).violations()).isEmpty();
        assertThat(CreateRequest.builder().prompt("p").referenceStrength(50).violationsAwaitingReference()).isEmpty();
        assertThat(CreateRequest.builder().prompt("p").model("nano-banana").violationsAwaitingReference())
                .extracting(Violation::field).containsExactly("referenceAssetId");
    }

    @Test
    void theSixteenDocumentedStylesAndNothingElse() {
        assertThat(Arrays.stream(ImageStyle.values()).map(ImageStyle::wire)).containsExactly("cinematic", "vintage",
                "low_key", "indy", "y2k", "pop", "grunge", "dreamy", "hand_drawn", "2d_novel", "boost", "scribble",
                "film_noir", "anime", "3d_cartoon", "colored");
    }

    @Test
    void withReplyRefKeepsEveryOtherParameter() {
        CreateRequest r = CreateRequest.builder().prompt("my private idea").referenceAssetId("asset:1").referenceStrength(70).style("pop").build();
        CreateRequest keyed = r.withReplyRef("key-1");
        assertThat(keyed.replyRef()).contains("key-1");
        assertThat(keyed.toBuilder().replyRef(null).build()).isEqualTo(r);
        assertThat(r.toString()).as("toString shows the prompt's length, not its text").doesNotContain("private");
    }

    @Test
    void upscaleNeedsANonBlankImageJobId() {
        UpscaleRequest r = UpscaleRequest.builder().jobId("email:user@example.com-job:1-type:image").pollForResult(3).build();
        assertThat(r.operation()).isEqualTo("upscale");
        assertThat(r.canonicalForm()).isEqualTo("operation=upscale\njobId=email:user@example.com-job:1-type:image\npollForResult=3\n");
        assertThatThrownBy(() -> UpscaleRequest.builder().maxJobs(0).replyUrl("x").build())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(fields(e))
                        .containsExactly("jobId", "maxJobs", "replyUrl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \t", "email:user@example.com-job:1-type:video"})
    void upscaleRefusesBlankAndVideoJobIds(String jobId) {
        assertThat(UpscaleRequest.builder().jobId(jobId).violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("jobId"));
    }
}
