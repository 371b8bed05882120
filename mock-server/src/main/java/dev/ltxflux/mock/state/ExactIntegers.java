package dev.ltxflux.mock.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way the mock reads a whole number a client wrote: in a JSON body (the API's and the admin API's alike), a
 * header ({@code X-Ltx-Mock-Fault}), a query parameter or a multipart value. A number is the integer it equals exactly
 * ({@code 7}, {@code 7.0}, {@code 7e0} and {@code 70e-1} are 7) or it is refused with a 400 naming the field and the
 * rule: never truncated ({@code 1.5} is not 1), rounded ({@code 1e-999999999} is not 0, {@code 1.0000000000000001} not
 * 1), clamped ({@code 1e20} is not 2147483647) nor wrapped ({@code 4294967796} is not 500). It is never expanded either:
 * anything past {@value #MAX_DIGITS} digits ({@code 1e999999999} would have a billion) is refused by its size alone.
 *
 * <p>JSON must come from a mapper that keeps decimals exact ({@code USE_BIG_DECIMAL_FOR_FLOATS}): a binary floating
 * point node has already lost the digits that tell {@code 1e-999999999} from 0, so it is refused as no whole number.
 * Text is ASCII digits with an optional leading {@code -}: no sign {@code +}, no spaces, no {@code 0x}, no exponent,
 * no digits of other scripts (which {@link Long#parseLong} would take).
 */
public final class ExactIntegers {

    /** The most digits a whole number may have before it is refused by its size: a long has 19. */
    public static final int MAX_DIGITS = 19;

    private static final Pattern TEXT = Pattern.compile("-?[0-9]+");
    private static final int SHOWN = 40;

    private ExactIntegers() {
    }

    /**
     * The JSON number {@code value} as the integer it equals; empty when {@code value} is no number (absent, null, a
     * string, a boolean ...: the caller's type rule decides); a 400 naming {@code field} when it is a number that is no
     * whole number or has more than {@value #MAX_DIGITS} digits.
     */
    public static Optional<BigInteger> exact(JsonNode value, String field) {
        if (value == null || !value.isNumber()) {
            return Optional.empty();
        }
        if (value.isIntegralNumber()) {
            BigInteger n = value.bigIntegerValue();
            if (n.abs().toString().length() > MAX_DIGITS) {
                throw new Rejection(400, field + ": must be a whole number of at most " + MAX_DIGITS + " digits (was " + shown(value) + ")");
            }
            return Optional.of(n);
        }
        if (!value.isBigDecimal()) {
            throw new Rejection(400, field + ": must be a whole number (was " + shown(value) + ", read inexactly)");
        }
        BigDecimal exact = value.decimalValue();
        if (exact.signum() == 0) {
            return Optional.of(BigInteger.ZERO);
        }
        BigDecimal stripped = exact.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw new Rejection(400, field + ": must be a whole number (was " + shown(value) + ")");
        }
        if ((long) stripped.precision() - stripped.scale() > MAX_DIGITS) {
            throw new Rejection(400, field + ": must be a whole number of at most " + MAX_DIGITS + " digits (was " + shown(value) + ")");
        }
        return Optional.of(stripped.toBigIntegerExact());
    }

    /**
     * The JSON value {@code value} as a whole number from {@code min} to {@code max}: a 400 naming {@code field} when it
     * is no number (a string such as {@code "5"} included), no whole number, or out of range. {@code value} must be
     * present: the caller decides what absence means.
     */
    public static long within(JsonNode value, String field, long min, long max) {
        BigInteger n = exact(value, field).orElseThrow(() -> new Rejection(400, field + ": must be a whole number from " + min
                + " to " + max + " (was " + (value == null ? "missing" : shown(value)) + ")"));
        return inRange(n, field, min, max, shown(value));
    }

    /** {@code object}'s {@code field} {@link #within(JsonNode, String, long, long) within} the range; null when absent or null. */
    public static Long field(JsonNode object, String field, long min, long max) {
        JsonNode v = object.get(field);
        return v == null || v.isNull() ? null : within(v, field, min, max);
    }

    /**
     * {@code text} as a whole number; empty when it is none (anything but ASCII digits after an optional {@code -}); a
     * 400 naming {@code field} when it has more than {@value #MAX_DIGITS} digits (leading zeros aside).
     */
    public static Optional<BigInteger> parse(String text, String field) {
        if (text == null || !TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = text.startsWith("-") ? text.substring(1) : text;
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        if (digits.length() - first > MAX_DIGITS) {
            throw new Rejection(400, field + ": must be a whole number of at most " + MAX_DIGITS + " digits (was " + shown(text) + ")");
        }
        BigInteger n = new BigInteger(digits.substring(first));
        return Optional.of(text.startsWith("-") ? n.negate() : n);
    }

    /** {@code text} as a whole number from {@code min} to {@code max}: a 400 naming {@code field} when it is none. */
    public static long within(String text, String field, long min, long max) {
        String shown = text == null ? "missing" : shown(text);
        BigInteger n = parse(text, field).orElseThrow(() -> new Rejection(400, field + ": must be a whole number from " + min + " to "
                + max + " (was " + shown + ")"));
        return inRange(n, field, min, max, shown);
    }

    private static long inRange(BigInteger n, String field, long min, long max, String shown) {
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new Rejection(400, field + ": must be a whole number from " + min + " to " + max + " (was " + shown + ")");
        }
        return n.longValueExact();
    }

    private static String shown(JsonNode value) {
        return shown(value.isBigDecimal() ? value.decimalValue().toString() : value.toString());
    }

    private static String shown(String text) {
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
