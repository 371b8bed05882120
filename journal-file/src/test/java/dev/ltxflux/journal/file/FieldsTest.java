package dev.ltxflux.journal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A journal field: what is escaped and how it reads back (the empty field is an absent value). */
class FieldsTest {



    static Stream<Arguments> escapes() {
        return Stream.of(Arguments.of("plain text é ✓", "plain text é ✓"), Arguments.of("100%", "100%25"),
                Arguments.of("a\u0000b", "a%00b"), Arguments.of("\u001b[1m", "%1B[1m"), Arguments.of("\u007f", "%7F"),
                Arguments.of("\u0085", "%C2%85"), Arguments.of("\u202e", "%E2%80%AE"), Arguments.of("\u2066", "%E2%81%A6"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void percentControlCharactersAndBidiOverridesAreWrittenAsUpperHexUtf8Bytes(String text, String written) {
        assertThat(Fields.encode(text)).isEqualTo(written);
        assertThat(Fields.decode(written)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "%|%",
            "50%|50%",
            "%4|%4",
            "%4g|%4g",
            "%g4|%g4",
            "a%2|a%2",
            "%41%|A%",
            "%41|A",
            "%e2%80%ae|\u202e",
    })
    void decodingLeavesIncompleteOrNonHexEscapesAsTheyAre(String written, String read) {
        assertThat(Fields.decode(written)).isEqualTo(read);
    }

    @Test
    void anEmptyFieldIsAnAbsentValueAndAnAbsentValueIsEmpty() {
        assertThat(Fields.decode("")).isNull();
        assertThat(Fields.encode(null)).isEmpty();
    }
}
