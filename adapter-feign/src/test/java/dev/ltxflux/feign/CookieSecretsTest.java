package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.account.AccountCookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The redactor hides every secret a call carries: the token and each cookie value the client sent. */
class CookieSecretsTest {

    static final String TOKEN = "user:123-secretTokenValue";
    static final String COOKIE = "lt_id=user9; lt_token=eyJhbGc.eyJlbWFpbCI6.c2ln/x+y; lt_refresh_token=refresh/Val+ue";

    @Test
    void rememberedCookieValuesAreHiddenRawJsonEscapedAndUrlEncoded() {
        Redactor r = Redactor.with(TOKEN);
        r.remember(AccountCookie.parse(COOKIE).secrets());
        String text = "token " + TOKEN + " json \"eyJhbGc.eyJlbWFpbCI6.c2ln\\/x+y\" url "
                + URLEncoder.encode("refresh/Val+ue", StandardCharsets.UTF_8) + " raw refresh/Val+ue";
        String safe = r.apply(text);
        assertThat(safe).doesNotContain(TOKEN).doesNotContain("eyJhbGc.eyJlbWFpbCI6.c2ln").doesNotContain("refresh/Val+ue")
                .doesNotContain(URLEncoder.encode("refresh/Val+ue", StandardCharsets.UTF_8)).contains("[redacted]");
    }

    @Test
    void cookieValuesAreHiddenByTheirFieldNameEvenIfNeverRemembered() {
        String safe = Redactor.with(TOKEN).apply("echo: lt_id=u; lt_token=abcdef123; lt_refresh_token = zzz999 end");
        assertThat(safe).doesNotContain("abcdef123").doesNotContain("zzz999").contains("lt_id=u");
    }

    @Test
    void theLoggerOfTheClientHidesCookiesAtFullLevel() {
        Redactor r = Redactor.with(TOKEN);
        RedactingLogger logger = new RedactingLogger(r);
        r.remember(List.of("refresh/Val+ue"));
        assertThat(r.apply("{\"cookie\":\"x refresh/Val+ue\"}")).doesNotContain("refresh/Val+ue");
        assertThat(logger).isNotNull();
    }

    @Test
    void shortValuesAreNotTreatedAsSecrets() {
        Redactor r = Redactor.with(TOKEN);
        r.remember(List.of("ab", "u"));
        assertThat(r.apply("a u ab c")).isEqualTo("a u ab c");
    }
}
