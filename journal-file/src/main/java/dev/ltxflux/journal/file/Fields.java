package dev.ltxflux.journal.file;

import dev.ltxflux.core.error.SafeText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One field of a journal line: {@code %}, tab, line breaks, every control character and bidi override written as
 * {@code %XX} of their UTF-8 bytes, so a hostile value can neither forge a line nor reach a terminal raw; read back
 * exactly. An absent value is the empty field.
 */
final class Fields {

    private Fields() {
    }

    static String encode(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '%' || SafeText.unsafe(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The value of a field; the empty field is null. */
    static String decode(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length
                    && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
                bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
