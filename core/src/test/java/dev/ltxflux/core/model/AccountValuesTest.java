package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.account.AccountCookie;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.scheduler.AccountCapacity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AccountValuesTest {

    static String jwt(String payloadJson) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    static final String TOKEN = jwt("{\"sub\":\"1\",\"email\":\"user@example.com\"}");
    static final String COOKIE = "lt_id=user123; lt_token=" + TOKEN + "; lt_refresh_token=refresh-secret-abc123";

    @Test
    void theAccountEmailIsTheEmailClaimOfTheLtTokenJwt() {
        assertThat(AccountCookie.parse(COOKIE).email()).contains("user@example.com");
        assertThat(AccountCookie.parse(COOKIE).ltId()).contains("user123");
    }

    @Test
    void aTokenThatIsNoJwtOrHasNoEmailClaimGivesNoEmail() {
        assertThat(AccountCookie.parse("lt_token=eyJ...; lt_refresh_token=abc").email()).isEmpty();
        assertThat(AccountCookie.parse("lt_token=" + jwt("{\"sub\":\"1\"}") + "; lt_refresh_token=abc").email()).isEmpty();
        assertThat(AccountCookie.parse("lt_token=a.!!!.c; lt_refresh_token=abc").email()).isEmpty();
    }

    @Test
    void toStringShowsNoSecretCookieValue() {
        AccountCookie cookie = AccountCookie.parse(COOKIE);
        assertThat(cookie.toString()).doesNotContain(TOKEN).doesNotContain("refresh-secret-abc123")
                .contains("lt_token=" + AccountCookie.SECURED).contains("lt_id=user123");
        assertThat(AccountSetup.of(COOKIE, 5).toString()).doesNotContain(TOKEN).doesNotContain("refresh-secret");
        assertThat(cookie.secrets()).contains(TOKEN, "refresh-secret-abc123", COOKIE).doesNotContain("user123");
    }

    @Test
    void aCookieMissingBothFieldsAndABadMaxJobsAreAllReportedAtOnce() {
        assertThatThrownBy(() -> AccountSetup.of("lt_id=user123", 101)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.violations()).extracting(Violation::field).containsExactly("cookie", "cookie", "maxJobs");
            assertThat(e.getMessage()).contains("lt_token").contains("lt_refresh_token").contains("between 1 and 100");
        });
    }

    @Test
    void maxJobsBoundsAreOneAndHundred() {
        assertThat(AccountSetup.of(COOKIE, 1).jobs()).hasValue(1);
        assertThat(AccountSetup.of(COOKIE, 100).jobs()).hasValue(100);
        assertThat(AccountSetup.of(COOKIE, null).jobs()).isEmpty();
        assertThatThrownBy(() -> AccountSetup.of(COOKIE, 0)).hasMessageContaining("maxJobs");
    }

    @Test
    void aBadCookieMessageNeverEchoesTheCookie() {
        assertThatThrownBy(() -> AccountCookie.parse("lt_token=SECRETVALUE\n; x=1")).isInstanceOf(InvalidRequestException.class)
                .hasMessageNotContaining("SECRETVALUE");
        assertThatThrownBy(() -> AccountCookie.parse(" ")).hasMessageContaining("cookie");
        assertThatThrownBy(() -> AccountCookie.parse("lt_token=; lt_refresh_token=x")).hasMessageContaining("lt_token");
    }

    @Test
    void accountEmailsNeedOneAtAndNoWhitespace() {
        assertThat(new AccountEmail("a@b.c").value()).isEqualTo("a@b.c");
        assertThatThrownBy(() -> new AccountEmail("a b@c")).hasMessageContaining("email");
        assertThatThrownBy(() -> new AccountEmail("user")).hasMessageContaining("email");
        assertThatThrownBy(() -> new AccountEmail("a@b\n")).hasMessageContaining("email");
    }

    @Test
    void anAssetQueryReportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> new AssetQuery("no mail", 0, 101, "pictures"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("email", "page", "limit", "filter"));
        assertThat(AssetQuery.images().limit(100).email("a@b.c").page(3)).isEqualTo(new AssetQuery("a@b.c", 3, 100, "images"));
    }

    @Test
    void capacityIsConsistentWhenAvailableIsMaxJobsMinusExecuting() {
        assertThat(new AccountCapacity("a@b.c", 5, 1, 4).consistent()).isTrue();
        assertThat(new AccountCapacity("a@b.c", 5, 1, 3).consistent()).isFalse();
        assertThat(new AccountCapacity("a@b.c", 3, 3, 0).hasFreeSlot()).isFalse();
    }
}
