package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.model.asset.AssetId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference images of one edit, sent as {@code referenceAssetId}, {@code referenceAssetId2} and
 * {@code referenceAssetId3}. How many a model takes is {@link EditModel#maxReferences()}.
 *
 * @param first  the required first reference
 * @param second the second reference, or null
 * @param third  the third reference, or null
 */
public record References(AssetId first, AssetId second, AssetId third) {

    /** The most references any model takes. */
    public static final int MOST = 3;

    public References {
        Objects.requireNonNull(first, "first");
    }

    /**
     * Parses the three wire fields, reporting every broken rule at once.
     *
     * @throws dev.ltxflux.core.error.InvalidRequestException when the first is missing or any is blank
     */
    public static References parse(String first, String second, String third) {
        ViolationCollector c = new ViolationCollector();
        AssetId a = c.parse(() -> AssetId.of("referenceAssetId", first));
        AssetId b = c.parseIfSet(second, () -> AssetId.of("referenceAssetId2", second));
        AssetId d = c.parseIfSet(third, () -> AssetId.of("referenceAssetId3", third));
        c.throwIfAny();
        return new References(a, b, d);
    }

    /** The second reference, if any. */
    public Optional<AssetId> secondIfAny() {
        return Optional.ofNullable(second);
    }

    /** The third reference, if any. */
    public Optional<AssetId> thirdIfAny() {
        return Optional.ofNullable(third);
    }

    /** The references in wire order, without gaps. */
    public List<AssetId> all() {
        List<AssetId> all = new ArrayList<>(List.of(first));
        secondIfAny().ifPresent(all::add);
        thirdIfAny().ifPresent(all::add);
        return List.copyOf(all);
    }
}
