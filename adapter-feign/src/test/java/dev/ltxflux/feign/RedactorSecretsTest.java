package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The redactor hides every secret a client carries (the token and account cookies), each in every form it can come
 * back in, including secrets registered after the client was built; the logger drops every credential header.
 */
class RedactorSecretsTest {

    static final String TOKEN = "user:12345-token";
    /** A cookie value as LTX sets it: '=' and ';' inside, which JSON writers may escape as {@code &#92;u003d}. */
    static final String COOKIE = "sid=Fe26.2**a1b2c3; ltx-session=xyz987";

    @Test
    void everySecretGivenIsHiddenInOneText() {
        Redactor r = Redactor.with(TOKEN, COOKIE);
        assertThat(r.apply("token " + TOKEN + " cookie " + COOKIE)).isEqualTo("token [redacted] cookie [redacted]");
    }

    @Test
    void aSecretRegisteredLaterIsHiddenFromThenOnByTheSameInstance() {
        Redactor r = Redactor.with(TOKEN);
        assertThat(r.apply(COOKIE)).isEqualTo(COOKIE);
        r.register(COOKIE);
        assertThat(r.apply("echo: " + COOKIE)).isEqualTo("echo: [redacted]");
        assertThat(r.hides(COOKIE)).isTrue();
        assertThat(r.apply(TOKEN)).isEqualTo("[redacted]");
    }

    @Test
    void aCookieIsHiddenJsonEscapedWithUnicodeEscapesAndUrlEncoded() {
        Redactor r = Redactor.with(COOKIE);
        assertThat(r.apply("{\"cookie\":\"sid\\u003dFe26.2**a1b2c3; ltx-session\\u003dxyz987\"}"))
                .isEqualTo("{\"cookie\":\"[redacted]\"}");
        assertThat(r.apply("c=sid%3DFe26.2**a1b2c3%3B+ltx-session%3Dxyz987")).isEqualTo("c=[redacted]");
        assertThat(r.apply("c=sid%3dFe26.2**a1b2c3%3b+ltx-session%3dxyz987")).isEqualTo("c=[redacted]");
    }

    @Test
    void aSecretInsideALongerOneLeavesNoPartOfTheLongerOneVisible() {
        Redactor r = Redactor.with("abc", "xxabcyy");
        assertThat(r.apply("[xxabcyy]")).isEqualTo("[[redacted]]");
    }

    @Test
    void bodiesLoseEverySecretAndStayTheSameArrayWhenTheyHeldNone() {
        Redactor r = Redactor.with(TOKEN, COOKIE);
        byte[] echoed = ("{\"a\":\"" + TOKEN + "\",\"b\":\"" + COOKIE + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(new String(r.apply(echoed), StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"[redacted]\",\"b\":\"[redacted]\"}");
        byte[] clean = "{\"a\":\"nothing secret in here at all\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(r.apply(clean)).isSameAs(clean);
    }

    @Test
    void nullAndEmptySecretsHideNothing() {
        Redactor r = Redactor.with(null, "").register(null).register("");
        assertThat(r.apply("plain text")).isEqualTo("plain text");
        assertThat(r.toString()).contains("none shown");
    }

    @Test
    void theLoggerDropsCookieHeadersBothWays() {
        RedactingLogger logger = new RedactingLogger(Redactor.with(TOKEN));
        assertThat(logger.shouldLogRequestHeader("Cookie")).isFalse();
        assertThat(logger.shouldLogRequestHeader("PROXY-AUTHORIZATION")).isFalse();
        assertThat(logger.shouldLogResponseHeader("set-cookie")).isFalse();
        assertThat(logger.shouldLogResponseHeader("Content-Type")).isTrue();
    }

    @Test
    void cookieValuesOfAtLeastFourCharactersAreRememberedAndShorterOnesAreNot() {
        Redactor r = Redactor.with(TOKEN);
        r.remember(java.util.Arrays.asList("abcd", "xyz", null));
        assertThat(r.hides("abcd")).isTrue();
        assertThat(r.hides("xyz")).as("shorter than Redactor.MIN_SECRET: would blank out ordinary text").isFalse();
        assertThat(r.apply("abcd xyz")).isEqualTo("[redacted] xyz");
    }

    @Test
    void onlyRegisteredSecretsAreHidden() {
        Redactor r = Redactor.with(TOKEN);
        assertThat(r.hides(TOKEN)).isTrue();
        assertThat(r.hides(COOKIE)).isFalse();
        assertThat(r.hides(null)).isFalse();
    }

    @Test
    void registeringReturnsTheSameRedactorSoSecretsChain() {
        Redactor r = Redactor.with();
        assertThat(r.register(TOKEN).register(COOKIE)).isSameAs(r);
        assertThat(r.apply(TOKEN + COOKIE)).isEqualTo("[redacted][redacted]");
    }

    @Test
    void anEmptyBodyStaysEmptyAndANullOneNull() {
        Redactor r = Redactor.with(TOKEN);
        byte[] empty = new byte[0];
        assertThat(r.apply(empty)).isSameAs(empty);
        assertThat(r.apply((byte[]) null)).isNull();
        assertThat(r.apply((String) null)).isNull();
    }
}
