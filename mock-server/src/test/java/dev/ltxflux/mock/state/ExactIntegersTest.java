package dev.ltxflux.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExactIntegersTest {

    private static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final ObjectMapper DOUBLES = new ObjectMapper();

    private static JsonNode json(String number) throws Exception {
        return EXACT.readTree(number);
    }

    @ParameterizedTest
    @CsvSource({"7, 7", "7.0, 7", "7e0, 7", "70e-1, 7", "0.7e1, 7", "-0, 0", "-0.0, 0", "0e-999999999, 0", "5e2, 500",
            "9223372036854775807, 9223372036854775807", "-9223372036854775808, -9223372036854775808", "1e18, 1000000000000000000"})
    void aNumberIsTheIntegerItEqualsExactly(String written, String integer) throws Exception {
        assertThat(ExactIntegers.exact(json(written), "n")).contains(new BigInteger(integer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-1.5", "0.5", "1e-999999999", "-1e-999999999", "1.0000000000000001", "500.00000000000001",
            "499.99999999999999999", "2E-1", "1.0000000000000000000001"})
    void aFractionHoweverSmallIsNoWholeNumber(String written) throws Exception {
        assertThatThrownBy(() -> ExactIntegers.exact(json(written), "times"))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.status()).isEqualTo(400))
                .hasMessageStartingWith("times: must be a whole number (was ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20", "1e400", "-1e400", "99999999999999999999", "1e999999999"})
    void moreThanNineteenDigitsIsRefusedByItsSizeAlone(String written) throws Exception {
        assertThatThrownBy(() -> ExactIntegers.exact(json(written), "seed")).hasMessageStartingWith("seed: must be a whole number of at most 19 digits");
    }

    @Test
    @Timeout(5)
    void aHugeExponentIsNeverExpanded() throws Exception {
        assertThatThrownBy(() -> ExactIntegers.within(json("1e999999999"), "times", 1, 10)).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> ExactIntegers.within(json("1e-999999999"), "times", 0, 10)).isInstanceOf(Rejection.class);
    }

    @Test
    void aRangeIsKeptNotClampedNorWrapped() throws Exception {
        assertThat(ExactIntegers.within(json("599"), "status", 400, 599)).isEqualTo(599);
        assertThatThrownBy(() -> ExactIntegers.within(json("4294967796"), "status", 400, 599))
                .hasMessage("status: must be a whole number from 400 to 599 (was 4294967796)");
        assertThatThrownBy(() -> ExactIntegers.within(json("2147483648"), "times", 1, Integer.MAX_VALUE))
                .hasMessage("times: must be a whole number from 1 to 2147483647 (was 2147483648)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"5\"", "true", "null", "[5]", "{}"})
    void aValueThatIsNoNumberIsRefusedInARangeAndEmptyOtherwise(String written) throws Exception {
        assertThat(ExactIntegers.exact(json(written), "times")).isEmpty();
        assertThatThrownBy(() -> ExactIntegers.within(json(written), "times", 1, 9)).hasMessageStartingWith("times: must be a whole number from 1 to 9");
    }

    @Test
    void aBinaryFloatingPointNodeHasLostItsDigitsAndIsRefused() throws Exception {
        JsonNode lossy = DOUBLES.readTree("1e-999999999");
        assertThat(lossy.doubleValue()).as("what a double makes of it").isZero();
        assertThatThrownBy(() -> ExactIntegers.exact(lossy, "delayMillis")).hasMessageContaining("delayMillis: must be a whole number");
    }

    @ParameterizedTest
    @CsvSource({"5, 5", "-5, -5", "0, 0", "-0, 0", "0500, 500", "00000000000000000000000001, 1", "9223372036854775807, 9223372036854775807"})
    void textIsAsciiDigitsWithAnOptionalMinus(String text, String integer) {
        assertThat(ExactIntegers.parse(text, "page")).contains(new BigInteger(integer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+5", " 5", "5 ", "5.0", "5e0", "0x5", "5_0", "-", "--5", "\u0665", "\uff15", "\u0967", "5\u0000"})
    void textThatOnlyLooksLikeANumberIsNone(String text) {
        assertThat(ExactIntegers.parse(text, "page")).as("'%s'", text).isEmpty();
        assertThat(Long.parseLong("\u0665\u0660\u0660")).as("what Long.parseLong would have taken").isEqualTo(500);
    }

    @Test
    void textPastALongIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ExactIntegers.parse("99999999999999999999", "X-Ltx-Mock-Fault"))
                .hasMessageStartingWith("X-Ltx-Mock-Fault: must be a whole number of at most 19 digits");
        assertThatThrownBy(() -> ExactIntegers.within("9223372036854775808", "expires", 0, Long.MAX_VALUE))
                .hasMessage("expires: must be a whole number from 0 to 9223372036854775807 (was 9223372036854775808)");
    }

    @Test
    void anAbsentFieldIsNullAndAPresentOneIsRead() throws Exception {
        JsonNode body = json("{\"times\":2.0,\"none\":null}");
        assertThat(ExactIntegers.field(body, "times", 1, 9)).isEqualTo(2L);
        assertThat(ExactIntegers.field(body, "none", 1, 9)).isNull();
        assertThat(ExactIntegers.field(body, "missing", 1, 9)).isNull();
    }
}
