package dev.ltxflux.mock.extension;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JobStatusResponderTest {

    @Test
    void decodesWhatAnyPercentEncoderMakesBackToTheText() {
        Random random = new Random(20261125);
        String alphabet = "az09:-_.~%+/ é€\uD83D\uDE00";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet, at, at + 2);
                } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet.charAt(at));
                }
            }
            String original = text.toString();
            String encoded = encode(original, random);
            assertThat(JobStatusResponder.percentDecode(encoded)).as("decode(%s)", encoded).isEqualTo(original);
        }
    }

    @Test
    void keepsPlusSignsMalformedAndCutEscapesAsTheyAre() {
        assertThat(JobStatusResponder.percentDecode("a+b")).isEqualTo("a+b");
        assertThat(JobStatusResponder.percentDecode("%zz%4")).isEqualTo("%zz%4");
        assertThat(JobStatusResponder.percentDecode("%")).isEqualTo("%");
        assertThat(JobStatusResponder.percentDecode("x%3")).isEqualTo("x%3");
        assertThat(JobStatusResponder.percentDecode("%3A%3a%%41")).isEqualTo("::%A");
        assertThat(JobStatusResponder.percentDecode("job%3Aabc%3")).isEqualTo("job:abc%3");
    }

    @Test
    void anIdWithoutEscapesIsNotCopied() {
        String raw = "user@example.com-job:1";
        assertThat(JobStatusResponder.percentDecode(raw)).isSameAs(raw);
    }

    /** Each UTF-8 byte escaped or, where it is an ASCII character other than '%', left raw at random. */
    private static String encode(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0x20 && b != '%' && random.nextBoolean()) {
                out.append((char) b);
            } else {
                out.append(String.format(random.nextBoolean() ? "%%%02X" : "%%%02x", b & 0xff));
            }
        }
        return out.toString();
    }
}
