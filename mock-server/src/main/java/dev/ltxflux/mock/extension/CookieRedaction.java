package dev.ltxflux.mock.extension;

import java.util.regex.Pattern;

/**
 * Takes LTX Studio cookie values out of request text the mock keeps (the request log, the dashboard): a {@code POST
 * accounts} body carries {@code lt_token} and {@code lt_refresh_token}, secrets exactly like the API token.
 */
final class CookieRedaction {

    static final String SECURED = AccountsResponder.SECURED;
    private static final Pattern COOKIE_VALUE = Pattern.compile("(lt_(?:token|refresh_token)\\s*=\\s*)[^;\"\\s\\\\]+");

    private CookieRedaction() {
    }

    static String apply(String text) {
        return text == null ? null : COOKIE_VALUE.matcher(text).replaceAll("$1" + SECURED);
    }
}
