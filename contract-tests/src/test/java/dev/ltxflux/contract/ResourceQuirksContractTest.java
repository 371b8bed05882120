package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountSetup;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import dev.ltxflux.feign.wire.AccountMapper;
import dev.ltxflux.feign.wire.AssetListMapper;
import dev.ltxflux.feign.wire.SchedulerMapper;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The assets list, scheduler and accounts across the legs: the published examples (with their quirks, api-surface §4)
 * through the client's mappers into core's model, and core's account rules against the request schema.
 */
class ResourceQuirksContractTest {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static byte[] fixture(String path) throws Exception {
        return Files.readAllBytes(Fixtures.ROOT.resolve(path));
    }

    @Test
    void theSchedulerExampleWithAnImpossibleTimeAndAGUuidIsReadAsSent() throws Exception {
        List<RunningJob> jobs = new SchedulerMapper().running(fixture("scheduler/valid/spec-example-with-impossible-time-and-g-uuid.json"));
        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(1).started()).isEqualTo("2025-06-03T12:45:67.890Z");
        assertThat(jobs.get(1).job()).hasValueSatisfying(id -> assertThat(id.uuid()).contains("8b45c932-0ae1-316f-e32c-5bcd7g8940f8"));
        assertThat(jobs.get(1).job().flatMap(id -> id.kind())).contains("video");
    }

    @Test
    void theCapacityExampleKeepsAvailableIsMaxJobsMinusExecuting() throws Exception {
        Capacity c = new SchedulerMapper().capacity(fixture("scheduler-available/valid/spec-example.json"));
        assertThat(c.available()).hasSize(2).allSatisfy(a -> assertThat(a.consistent()).isTrue());
        assertThat(c.freeSlots()).isEqualTo(7);
        assertThat(c.executing()).singleElement().satisfies(j -> assertThat(j.reference()).contains("reference-id"));
    }

    @Test
    void thePublishedAccountsTextsWithTrailingCommasAreReadByTheClientAndRefusedByTheSchemaValidatorsParser() {
        String august = "{ \"email\": \"user@example.com\", \"cookie\": { \"lt_id\": \"…\", \"lt_token\": \"…secured…\", "
                + "\"lt_refresh_token\": \"…secured…\", }, \"maxJobs\": 20, \"updated\": 1678886400000, }";
        Account a = new AccountMapper().account(august.getBytes(StandardCharsets.UTF_8), null);
        assertThat(a.email()).isEqualTo("user@example.com");
        assertThat(a.maxJobs()).isEqualTo(20);
        assertThatThrownBy(() -> Fixtures.JSON.readTree(august)).as("strict JSON refuses the published text").isNotNull();
        String missingComma = "{ \"cookie\": { \"lt_id\": \"…\" \"lt_token\": \"…secured…\" } }";
        assertThatThrownBy(() -> new AccountMapper().account(missingComma.getBytes(StandardCharsets.UTF_8), "x@y.z"))
                .hasMessageContaining("unreadable JSON");
    }

    @Test
    void theAccountExamplesMapToCoreWithBalanceAndLatestJobTime() throws Exception {
        Account a = new AccountMapper().account(fixture("account/valid/spec-get-account-email.json"), null);
        assertThat(a.tokens()).hasValue(150);
        assertThat(a.latestCreatedAtMs()).isEqualTo(1717401194000L);
        assertThat(a.ltId()).isEqualTo("user123");
        List<Account> all = new AccountMapper().accounts(fixture("accounts/valid/spec-example.json"));
        assertThat(all).extracting(Account::email).containsExactly("user@example.com", "second@example.com");
    }

    @Test
    void theAssetListExampleMapsWithItsThumbnailAndJob() throws Exception {
        AssetPage page = new AssetListMapper().page(fixture("asset-list/valid/spec-example.json"), 1);
        assertThat(page.totalPages()).isEqualTo(110);
        assertThat(page.hasNextPage()).isTrue();
        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.job()).isPresent();
            assertThat(item.job().flatMap(j -> j.uuid())).contains(item.id());
            assertThat(item.largeThumbnail().flatMap(t -> t.mimeType())).contains("image/webp");
        });
    }

    /** Core's {@link AccountSetup} and the POST accounts schema accept and refuse the same bodies. */
    @Test
    void coreAndTheAccountRequestSchemaAgree() {
        List<ObjectNode> bodies = List.of(
                body("lt_id=u; lt_token=a.b.c; lt_refresh_token=r", null), body("lt_token=a; lt_refresh_token=r", 1),
                body("lt_token=a; lt_refresh_token=r", 100), body("lt_token=a; lt_refresh_token=r", 0),
                body("lt_token=a; lt_refresh_token=r", 101), body("lt_id=u; lt_token=a", 20), body("lt_refresh_token=r", 20),
                body("", 20), body("lt_token=; lt_refresh_token=r", null), body("lt_token=a;lt_refresh_token=r", null));
        for (ObjectNode b : bodies) {
            boolean schemaAccepts = SCHEMAS.problems(SchemaName.ACCOUNT_CREATE_REQUEST, b).isEmpty();
            boolean coreAccepts;
            try {
                AccountSetup.of(b.get("cookie").asText(), b.has("maxJobs") ? b.get("maxJobs").asInt() : null);
                coreAccepts = true;
            } catch (InvalidRequestException e) {
                coreAccepts = false;
            }
            assertThat(coreAccepts).as("%s: schema %s", b, SCHEMAS.problems(SchemaName.ACCOUNT_CREATE_REQUEST, b)).isEqualTo(schemaAccepts);
        }
    }

    @Test
    void theBodyTheClientSendsConformsToTheRequestSchema() {
        AccountSetup setup = AccountSetup.of("lt_id=u; lt_token=a.b.c; lt_refresh_token=r", 7);
        JsonNode wire = Fixtures.JSON.valueToTree(new AccountMapper().toWire(setup));
        assertThat(SCHEMAS.problems(SchemaName.ACCOUNT_CREATE_REQUEST, wire)).isEmpty();
        assertThat(wire.get("maxJobs").asInt()).isEqualTo(7);
    }

    private static ObjectNode body(String cookie, Integer maxJobs) {
        ObjectNode o = F.objectNode().put("cookie", cookie);
        if (maxJobs != null) {
            o.put("maxJobs", maxJobs);
        }
        return o;
    }
}
