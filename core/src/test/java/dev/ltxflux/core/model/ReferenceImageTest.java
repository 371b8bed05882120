package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.asset.ImageType;
import dev.ltxflux.core.model.asset.ReferenceImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceImageTest {

    @TempDir
    Path dir;

    @Test
    void typeIsDetectedFromMagicBytesNotTheName() throws Exception {
        Path png = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
        assertThat(ReferenceImage.of(png).type()).isEqualTo(ImageType.PNG);
        Path jpeg = Files.write(dir.resolve("a"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        assertThat(ReferenceImage.of(jpeg).type()).isEqualTo(ImageType.JPEG);
        Path webp = Files.write(dir.resolve("b"), "RIFF\0\0\0\0WEBPVP8 ".getBytes());
        assertThat(ReferenceImage.of(webp).type()).isEqualTo(ImageType.WEBP);
    }

    @Test
    void otherContentIsRefusedBeforeUpload() throws Exception {
        Path gif = Files.write(dir.resolve("x.png"), "GIF89a....".getBytes());
        assertThatThrownBy(() -> ReferenceImage.of(gif)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'image' must be a PNG, JPEG or WebP image");
    }

    @Test
    void missingAndEmptyFilesAreRefused() throws Exception {
        assertThatThrownBy(() -> ReferenceImage.of(dir.resolve("nope.png"))).hasMessageContaining("'image' must be an existing file");
        Path empty = Files.createFile(dir.resolve("empty.png"));
        assertThatThrownBy(() -> ReferenceImage.of(empty)).hasMessageContaining("'image' must not be empty");
    }
}
