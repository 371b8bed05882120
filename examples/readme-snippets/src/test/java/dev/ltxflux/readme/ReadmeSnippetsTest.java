package dev.ltxflux.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README cannot drift from code the build compiles: every {@code ```java} block in it is the text of a file of
 * this module, whole, or of a region of one between {@code // README:begin name} and {@code // README:end} (indent
 * removed). A changed snippet must be changed in both places, and the file is compiled (and, if a test, run).
 */
class ReadmeSnippetsTest {

    static final Path README = Path.of(System.getProperty("ltxflux.readme", "../../README.md"));
    static final Path SOURCES = Path.of("src/test/java");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile(
            "(?m)^([ \\t]*)// README:begin ([\\w-]+)\\n(.*?)^[ \\t]*// README:end$", Pattern.DOTALL);

    /** The README's Java blocks, by the line each starts on. */
    static Map<Integer, String> readmeBlocks() throws IOException {
        String text = Files.readString(README);
        Map<Integer, String> blocks = new TreeMap<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            blocks.put(line, m.group(1).strip());
        }
        return blocks;
    }

    /** Every whole file and every marked region of this module's sources, as the README would show it. */
    static List<String> snippets() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                out.add(text.strip());
                Matcher m = REGION.matcher(text);
                while (m.find()) {
                    String indent = m.group(1);
                    out.add(m.group(3).lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                            .reduce((a, b) -> a + "\n" + b).orElse("").strip());
                }
            }
        }
        return out;
    }

    @Test
    void everyJavaBlockOfTheReadmeIsTheTextOfACompiledFile() throws IOException {
        Map<Integer, String> blocks = readmeBlocks();
        List<String> snippets = snippets();
        assertThat(blocks).as("README Java blocks").isNotEmpty();
        List<String> drifted = blocks.entrySet().stream().filter(b -> !snippets.contains(b.getValue()))
                .map(b -> "README.md line " + b.getKey() + ": " + b.getValue().lines().findFirst().orElse(""))
                .toList();
        assertThat(drifted).as("blocks that are no file or region of examples/readme-snippets (copy the file's"
                + " text into the README, or mark the region with // README:begin name ... // README:end)").isEmpty();
    }

    @Test
    void theCompleteTestingExampleIsInTheReadmeWithItsImports() throws IOException {
        String example = Files.readString(SOURCES.resolve("com/example/orders/PhotoEditTest.java")).strip();
        assertThat(readmeBlocks()).containsValue(example);
        assertThat(example).contains("import dev.ltxflux.testing.LtxTestExtension;",
                "import static org.assertj.core.api.Assertions", "UploadedAsset", ".fileId()", "referenceAssetId(");
        String mockAlone = Files.readString(SOURCES.resolve("com/example/orders/WebhookTimeTest.java")).strip();
        assertThat(readmeBlocks()).containsValue(mockAlone);
        assertThat(mockAlone).contains("import dev.ltxflux.mock.junit5.LtxMockExtension;");
    }

    @Test
    void theCheckCatchesADriftedBlock() {
        Matcher m = BLOCK.matcher("x\n```java\nint a = 1;\n```\n");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1).strip()).isEqualTo("int a = 1;");
        Matcher r = REGION.matcher("    // README:begin one\n    int b = 2;\n      c();\n    // README:end\n");
        assertThat(r.find()).isTrue();
        assertThat(r.group(2)).isEqualTo("one");
    }
}
