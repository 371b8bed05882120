package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.job.JobId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellQuoteTest {

    private static String shellReads(String shell, String quoted) throws Exception {
        Process p = new ProcessBuilder(shell, "-c", "printf %s " + quoted).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "it's", "''", "a b", "$(touch x)", "`id`", "back\\slash", "email:o'brien@e.com-job:1-type:image"})
    void printableWordsReadBackExactlyInAnyPosixShell(String word) throws Exception {
        assertThat(ShellQuote.quote(word)).startsWith("'");
        assertThat(shellReads("sh", ShellQuote.quote(word))).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there", "esc\u001b[31mred", "quote'and\nbreak\\", "bell\u0007", "c1\u009b"})
    void wordsWithControlCharactersPrintNothingRawAndReadBackInBash(String word) throws Exception {
        String quoted = ShellQuote.quote(word);
        assertThat(quoted).startsWith("$'").doesNotContain("\n").doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(shellReads("bash", quoted)).isEqualTo(word);
    }

    @Test
    void fileNamesFromIdsStayInTheFolder() {
        for (String id : new String[] {"email:a@b.c-job:../../x-type:image", "../../etc/passwd", "..", ".hidden", "/abs/path",
                "email:a@b.c-job:..-type:image", "job\u0000\n"}) {
            Path file = Resume.defaultFile(new JobId(id));
            assertThat(file.getNameCount()).as(id).isEqualTo(1);
            assertThat(file.getParent()).as(id).isNull();
            assertThat(file.toString()).as(id).doesNotStartWith(".").endsWith(".png").matches("[A-Za-z0-9._-]+");
        }
        assertThat(Resume.defaultFile(new JobId("email:a@b.c-job:7a34-type:image"))).isEqualTo(Path.of("7a34.png"));
    }
}
