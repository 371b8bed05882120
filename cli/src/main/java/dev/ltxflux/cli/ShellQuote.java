package dev.ltxflux.cli;

import dev.ltxflux.core.error.SafeText;

/**
 * Quotes one word for a POSIX shell so that a printed command can be pasted back as is, whatever the word holds:
 * {@code 'it'\''s'} for printable text; ANSI-C quoting ({@code $'a\nb'}, bash/zsh/ksh) when it holds control
 * characters, so that nothing unprintable reaches the terminal either.
 */
final class ShellQuote {

    private ShellQuote() {
    }

    static String quote(String word) {
        if (word.codePoints().noneMatch(SafeText::unsafe)) {
            return "'" + word.replace("'", "'\\''") + "'";
        }
        StringBuilder b = new StringBuilder("$'");
        word.codePoints().forEach(c -> {
            if (c == '\\' || c == '\'') {
                b.append('\\').append((char) c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (SafeText.unsafe(c)) {
                b.append(c < 0x80 ? String.format("\\x%02x", c) : String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('\'').toString();
    }
}
