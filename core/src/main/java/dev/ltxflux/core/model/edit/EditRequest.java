package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One {@code POST images/flux-edit} request, valid by construction. Optional parameters stay absent unless set, so the
 * server's defaults apply. Build it with {@link #builder()}; {@link Builder#build()} reports every broken rule at once.
 */
public final class EditRequest {

    /** Longest {@code location}, {@code weather} and {@code lighting} text. */
    public static final int MAX_SCENE_TEXT = 2000;
    /** Longest {@code replyUrl} (useapi's account-level limit, applied per request too). */
    public static final int MAX_REPLY_URL = 1024;
    /** Largest seed that survives a JSON number round trip exactly (2^53 - 1). */
    public static final long MAX_SEED = 9_007_199_254_740_991L;
    public static final int MIN_POLL_FOR_RESULT = 1;
    public static final int MAX_POLL_FOR_RESULT = 20;
    public static final int MIN_MAX_JOBS = 1;
    public static final int MAX_MAX_JOBS = 100;

    /** The request schema's {@code email} pattern, applied with the same {@code find()} semantics. */
    public static final String EMAIL_PATTERN = "^[^\\s@]+@[^\\s@]+(?![\\s\\S])";
    /**
     * The request schema's {@code replyUrl} pattern: http(s), a host, then only URI characters. Kept as text: the API
     * forwards it, so the client checks what the schema checks and nothing that a URI parser would add.
     */
    public static final String REPLY_URL_PATTERN =
            "^[hH][tT][tT][pP][sS]?://[A-Za-z0-9._~%!$&'()*+,;=:@\\[\\]-]+(?:[/?#][A-Za-z0-9._~%!$&'()*+,;=:@/?#\\[\\]-]*)?(?![\\s\\S])";

    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);
    private static final Pattern REPLY_URL = Pattern.compile(REPLY_URL_PATTERN);

    private final String email;
    private final Prompt prompt;
    private final AssetId referenceAssetId;
    private final AssetId referenceAssetId2;
    private final AssetId referenceAssetId3;
    private final EditModel model;
    private final AspectRatio aspectRatio;
    private final String shotType;
    private final ShotAngle shotAngle;
    private final Long seed;
    private final String location;
    private final String weather;
    private final String lighting;
    private final Integer pollForResult;
    private final Integer maxJobs;
    private final String replyUrl;
    private final String replyRef;
    /** The values this request was built from, kept for {@link #toBuilder()} and equality. */
    private final Builder source;

    private EditRequest(Builder b, Checked c) {
        this.source = b.copy();
        this.email = b.email;
        this.prompt = c.prompt;
        this.referenceAssetId = c.referenceAssetId;
        this.referenceAssetId2 = c.referenceAssetId2;
        this.referenceAssetId3 = c.referenceAssetId3;
        this.model = c.model;
        this.aspectRatio = c.aspectRatio;
        this.shotType = b.shotType;
        this.shotAngle = c.shotAngle;
        this.seed = b.seed;
        this.location = b.location;
        this.weather = b.weather;
        this.lighting = b.lighting;
        this.pollForResult = b.pollForResult;
        this.maxJobs = b.maxJobs;
        this.replyUrl = c.replyUrl;
        this.replyRef = b.replyRef;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        return source.copy();
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Prompt prompt() {
        return prompt;
    }

    public AssetId referenceAssetId() {
        return referenceAssetId;
    }

    public Optional<AssetId> referenceAssetId2() {
        return Optional.ofNullable(referenceAssetId2);
    }

    public Optional<AssetId> referenceAssetId3() {
        return Optional.ofNullable(referenceAssetId3);
    }

    /** The model as set; absent means the server's default ({@link EditModel#FLUX}). */
    public Optional<EditModel> model() {
        return Optional.ofNullable(model);
    }

    /** The model the server will use: the one set, or its default. */
    public EditModel effectiveModel() {
        return model == null ? EditModel.FLUX : model;
    }

    public Optional<AspectRatio> aspectRatio() {
        return Optional.ofNullable(aspectRatio);
    }

    public Optional<String> shotType() {
        return Optional.ofNullable(shotType);
    }

    public Optional<ShotAngle> shotAngle() {
        return Optional.ofNullable(shotAngle);
    }

    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    public Optional<String> weather() {
        return Optional.ofNullable(weather);
    }

    public Optional<String> lighting() {
        return Optional.ofNullable(lighting);
    }

    public OptionalInt pollForResult() {
        return pollForResult == null ? OptionalInt.empty() : OptionalInt.of(pollForResult);
    }

    public OptionalInt maxJobs() {
        return maxJobs == null ? OptionalInt.empty() : OptionalInt.of(maxJobs);
    }

    public Optional<String> replyUrl() {
        return Optional.ofNullable(replyUrl);
    }

    public Optional<String> replyRef() {
        return Optional.ofNullable(replyRef);
    }

    @Override
    public String toString() {
        return "EditRequest[prompt=" + prompt.value().length() + " chars, referenceAssetId=" + referenceAssetId
                + ", model=" + effectiveModel().wire() + ", aspectRatio=" + aspectRatio().map(AspectRatio::wire).orElse("default")
                + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditRequest other && source.fields().equals(other.source.fields());
    }

    @Override
    public int hashCode() {
        return source.fields().hashCode();
    }

    /** The values that passed their own rules, ready for the cross-field rules. */
    private static final class Checked {
        Prompt prompt;
        AssetId referenceAssetId;
        AssetId referenceAssetId2;
        AssetId referenceAssetId3;
        EditModel model;
        AspectRatio aspectRatio;
        ShotAngle shotAngle;
        String replyUrl;
    }

    /** Collects raw values; {@link #build()} checks them all and lists every violation. Not thread-safe. */
    public static final class Builder {
        private String email;
        private String prompt;
        private String referenceAssetId;
        private String referenceAssetId2;
        private String referenceAssetId3;
        private String model;
        private String aspectRatio;
        private String shotType;
        private String shotAngle;
        private Long seed;
        private String location;
        private String weather;
        private String lighting;
        private Integer pollForResult;
        private Integer maxJobs;
        private String replyUrl;
        private String replyRef;

        private Builder() {
        }

        /** The LTX Studio account; required by the API when more than one account is configured. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        public Builder referenceAssetId(String fileId) {
            this.referenceAssetId = fileId;
            return this;
        }

        public Builder referenceAssetId(AssetId fileId) {
            return referenceAssetId(fileId == null ? null : fileId.value());
        }

        public Builder referenceAssetId2(String fileId) {
            this.referenceAssetId2 = fileId;
            return this;
        }

        public Builder referenceAssetId3(String fileId) {
            this.referenceAssetId3 = fileId;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder model(EditModel model) {
            return model(model == null ? null : model.wire());
        }

        public Builder aspectRatio(String aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        public Builder aspectRatio(AspectRatio aspectRatio) {
            return aspectRatio(aspectRatio == null ? null : aspectRatio.wire());
        }

        public Builder shotType(String shotType) {
            this.shotType = shotType;
            return this;
        }

        public Builder shotAngle(String shotAngle) {
            this.shotAngle = shotAngle;
            return this;
        }

        public Builder shotAngle(ShotAngle shotAngle) {
            return shotAngle(shotAngle == null ? null : shotAngle.wire());
        }

        /** The seed, or null to leave it to the server; within ±(2^53−1). */
        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        /** The seed as an {@code int}, so that {@code seed(42)} compiles. */
        public Builder seed(int seed) {
            return seed((Long) (long) seed);
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder weather(String weather) {
            this.weather = weather;
            return this;
        }

        public Builder lighting(String lighting) {
            this.lighting = lighting;
            return this;
        }

        public Builder pollForResult(Integer attempts) {
            this.pollForResult = attempts;
            return this;
        }

        public Builder maxJobs(Integer maxJobs) {
            this.maxJobs = maxJobs;
            return this;
        }

        public Builder replyUrl(String replyUrl) {
            this.replyUrl = replyUrl;
            return this;
        }

        public Builder replyRef(String replyRef) {
            this.replyRef = replyRef;
            return this;
        }

        /** An independent copy of this builder. */
        public Builder copy() {
            Builder b = new Builder();
            b.email = email;
            b.prompt = prompt;
            b.referenceAssetId = referenceAssetId;
            b.referenceAssetId2 = referenceAssetId2;
            b.referenceAssetId3 = referenceAssetId3;
            b.model = model;
            b.aspectRatio = aspectRatio;
            b.shotType = shotType;
            b.shotAngle = shotAngle;
            b.seed = seed;
            b.location = location;
            b.weather = weather;
            b.lighting = lighting;
            b.pollForResult = pollForResult;
            b.maxJobs = maxJobs;
            b.replyUrl = replyUrl;
            b.replyRef = replyRef;
            return b;
        }

        /** Whether {@code referenceAssetId} has been set. */
        public boolean hasReferenceAssetId() {
            return referenceAssetId != null;
        }

        /** Whether {@code referenceAssetId2} or {@code referenceAssetId3} is set. */
        public boolean hasExtraReferences() {
            return referenceAssetId2 != null || referenceAssetId3 != null;
        }

        /** The violations the request would have with {@code referenceAssetId} set to {@code reference}. */
        public List<Violation> violationsWith(String reference) {
            return copy().referenceAssetId(reference).violations();
        }

        /** Every rule the current values break, in wire field order; empty when {@link #build()} would succeed. */
        public List<Violation> violations() {
            List<Violation> found = new ArrayList<>();
            check(found);
            return found;
        }

        /** The request, or an {@link InvalidRequestException} listing every broken rule. */
        public EditRequest build() {
            List<Violation> found = new ArrayList<>();
            Checked checked = check(found);
            if (!found.isEmpty()) {
                throw new InvalidRequestException(found);
            }
            return new EditRequest(this, checked);
        }

        private Checked check(List<Violation> found) {
            Checked c = new Checked();
            if (email != null && !EMAIL.matcher(email).find()) {
                found.add(new Violation("email", "must be an e-mail address such as user@example.com"));
            }
            c.prompt = collect(found, () -> Prompt.parse(prompt));
            c.referenceAssetId = collect(found, () -> AssetId.of("referenceAssetId", referenceAssetId));
            c.referenceAssetId2 = optional(referenceAssetId2, found, () -> AssetId.of("referenceAssetId2", referenceAssetId2));
            c.referenceAssetId3 = optional(referenceAssetId3, found, () -> AssetId.of("referenceAssetId3", referenceAssetId3));
            c.model = optional(model, found, () -> EditModel.fromWire(model));
            c.aspectRatio = optional(aspectRatio, found, () -> AspectRatio.fromWire(aspectRatio));
            c.shotAngle = optional(shotAngle, found, () -> ShotAngle.fromWire(shotAngle));
            if (seed != null && (seed < -MAX_SEED || seed > MAX_SEED)) {
                found.add(new Violation("seed", "must be between " + -MAX_SEED + " and " + MAX_SEED));
            }
            optional(location, found, () -> TextRules.requireMaxLength("location", location, MAX_SCENE_TEXT));
            optional(weather, found, () -> TextRules.requireMaxLength("weather", weather, MAX_SCENE_TEXT));
            optional(lighting, found, () -> TextRules.requireMaxLength("lighting", lighting, MAX_SCENE_TEXT));
            range(found, "pollForResult", pollForResult, MIN_POLL_FOR_RESULT, MAX_POLL_FOR_RESULT);
            range(found, "maxJobs", maxJobs, MIN_MAX_JOBS, MAX_MAX_JOBS);
            c.replyUrl = optional(replyUrl, found, () -> parseReplyUrl(replyUrl));
            EditModel effective = c.model == null ? EditModel.FLUX : c.model;
            if (referenceAssetId3 != null && effective.maxReferences() < 3) {
                found.add(new Violation("referenceAssetId3", "is not supported by model '" + effective.wire()
                        + "' (use flux-premium or nano-banana)"));
            }
            if (aspectRatio != null && !effective.takesAspectRatio()) {
                found.add(new Violation("aspectRatio", "is not supported by model '" + effective.wire() + "'"));
            }
            return c;
        }

        private List<Object> fields() {
            return java.util.Arrays.asList(email, prompt, referenceAssetId, referenceAssetId2, referenceAssetId3, model,
                    aspectRatio, shotType, shotAngle, seed, location, weather, lighting, pollForResult, maxJobs,
                    replyUrl, replyRef);
        }

        private static <T> T optional(Object raw, List<Violation> found, Supplier<T> parse) {
            return raw == null ? null : collect(found, parse);
        }

        private static <T> T collect(List<Violation> found, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (InvalidRequestException e) {
                found.addAll(e.violations());
                return null;
            }
        }

        private static void range(List<Violation> found, String field, Integer value, int min, int max) {
            if (value != null && (value < min || value > max)) {
                found.add(new Violation(field, "must be between " + min + " and " + max + " (was " + value + ")"));
            }
        }

        private static String parseReplyUrl(String raw) {
            if (raw.length() > MAX_REPLY_URL) {
                throw new InvalidRequestException("replyUrl", "must be at most " + MAX_REPLY_URL + " characters");
            }
            if (!REPLY_URL.matcher(raw).find()) {
                throw new InvalidRequestException("replyUrl", "must be an absolute http or https URL");
            }
            return raw;
        }
    }

}
