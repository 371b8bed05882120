package dev.ltxflux.mock.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mock's toy reading of a prompt: warm words tint orange, cool words blue, others keep the digest's tint. */
class PromptMoodTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Add golden sunset lighting to the landscape|WARM",
            "Make it a snowy WINTER morning|COOL",
            "A winter sunset|COOL",
            "Sunset over winter fields|WARM",
            "Add a red hat|NEUTRAL",
            "sunsets|WARM",
            "unsetting|NEUTRAL"})
    void theFirstMoodWordDecides(String prompt, PromptMood mood) {
        assertThat(PromptMood.of(prompt)).isEqualTo(mood);
    }

    @Test
    void aSunsetPromptRendersWarmerThanAWinterPrompt() throws Exception {
        byte[] input = ImageEditor.sample(320, 180);

        double sunset = warmth(ImageEditor.edit(input, "16:9", "Add golden sunset lighting", 1L));
        double winter = warmth(ImageEditor.edit(input, "16:9", "Make it winter", 1L));

        assertThat(sunset).isGreaterThan(winter + 40);
        assertThat(ImageEditor.edit(input, "16:9", "Add golden sunset lighting", 1L))
                .isEqualTo(ImageEditor.edit(input, "16:9", "Add golden sunset lighting", 1L))
                .as("two warm prompts still differ").isNotEqualTo(ImageEditor.edit(input, "16:9", "A warm desert", 1L));
    }

    /** Mean red minus mean blue. */
    private static double warmth(byte[] png) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        long diff = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                diff += ((rgb >> 16) & 0xFF) - (rgb & 0xFF);
            }
        }
        return (double) diff / (img.getWidth() * img.getHeight());
    }
}
