package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each way the token can come back in text, redacted on its own, and each layer of the logger on its own. */
class RedactionLayersTest {

    /** Has characters that JSON escapes ({@code "}, {@code /}, {@code \}) and that URL encoding escapes ({@code :}). */
    private static final String TOKEN = "us:er/1\\2\"3";
    private final Redactor redactor = Redactor.with(TOKEN);

    @Test
    void theRawTokenIsRedacted() {
        assertThat(redactor.apply("Bearer " + TOKEN + " rejected")).isEqualTo("Bearer [redacted] rejected");
    }

    @Test
    void theJsonEscapedTokenIsRedacted() {
        assertThat(redactor.apply("{\"echo\":\"us:er\\/1\\\\2\\\"3\"}")).isEqualTo("{\"echo\":\"[redacted]\"}");
    }

    @Test
    void theUrlEncodedTokenIsRedactedInUpperHex() {
        assertThat(redactor.apply("?token=us%3Aer%2F1%5C2%223")).isEqualTo("?token=[redacted]");
    }

    @Test
    void theUrlEncodedTokenIsRedactedInLowerHex() {
        assertThat(redactor.apply("?token=us%3aer%2f1%5c2%223")).isEqualTo("?token=[redacted]");
    }

    @Test
    void everyOccurrenceIsRedacted() {
        assertThat(redactor.apply(TOKEN + "," + TOKEN)).isEqualTo("[redacted],[redacted]");
    }

    @Test
    void textWithoutTheTokenIsUnchanged() {
        assertThat(redactor.apply("us:er/1 and 2\"3")).isEqualTo("us:er/1 and 2\"3");
        assertThat(redactor.apply((String) null)).isNull();
    }

    @Test
    void withoutATokenNothingIsRedacted() {
        Redactor none = Redactor.with((String) null);
        assertThat(none.apply("[anything] at all")).isEqualTo("[anything] at all");
        byte[] body = "body".getBytes(StandardCharsets.UTF_8);
        assertThat(none.apply(body)).isSameAs(body);
        assertThat(Redactor.with("").apply("")).isEmpty();
    }

    @Test
    void aBodyHoldingTheTokenIsRewrittenAndOneWithoutItIsReturnedAsIs() {
        byte[] echoed = ("{\"auth\":\"" + "us:er\\/1\\\\2\\\"3" + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(new String(redactor.apply(echoed), StandardCharsets.UTF_8)).isEqualTo("{\"auth\":\"[redacted]\"}");
        byte[] clean = "{\"auth\":\"someone else entirely\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(redactor.apply(clean)).isSameAs(clean);
        assertThat(redactor.apply((byte[]) null)).isNull();
    }

    @Test
    void aBodyShorterThanTheTokenIsReturnedAsIs() {
        byte[] shorter = "us".getBytes(StandardCharsets.UTF_8);
        assertThat(redactor.apply(shorter)).isSameAs(shorter);
    }

    @Test
    void aBodyExactlyTheTokenIsRedacted() {
        byte[] exactly = "abc".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(Redactor.with("abc").apply(exactly), StandardCharsets.UTF_8)).isEqualTo("[redacted]");
    }

    @Test
    void theLoggerDropsTheAuthorizationHeaderInAnyCaseAndKeepsOthers() {
        RedactingLogger logger = new RedactingLogger(Redactor.with(TOKEN));
        assertThat(logger.shouldLogRequestHeader("Authorization")).isFalse();
        assertThat(logger.shouldLogRequestHeader("authorization")).isFalse();
        assertThat(logger.shouldLogRequestHeader("Content-Type")).isTrue();
    }
}
