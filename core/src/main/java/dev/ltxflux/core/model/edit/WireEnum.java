package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum whose constants have a wire form, looked up with an error that lists the allowed values. */
public interface WireEnum {

    /** The value as the API spells it. */
    String wire();

    /** The constant whose wire form is {@code raw}, or an error naming the field and the allowed values. */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String field, String raw) {
        if (raw == null) {
            throw new InvalidRequestException(field, "is required");
        }
        E[] values = type.getEnumConstants();
        return Arrays.stream(values)
                .filter(v -> v.wire().equals(raw))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(field, "must be one of "
                        + Arrays.stream(values).map(WireEnum::wire).collect(Collectors.joining(", "))
                        + " (was '" + raw + "')"));
    }
}
