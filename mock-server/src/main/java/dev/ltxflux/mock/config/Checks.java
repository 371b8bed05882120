package dev.ltxflux.mock.config;

/** The one range check every settings record uses: a failure names the command-line option and the rule. */
final class Checks {

    private Checks() {
    }

    static void check(boolean ok, String option, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(option + " " + rule);
        }
    }

    static boolean isToken(String token) {
        return !token.isBlank() && token.chars().noneMatch(Character::isWhitespace);
    }

    static boolean positive(java.time.Duration d) {
        return !d.isNegative() && !d.isZero();
    }
}
