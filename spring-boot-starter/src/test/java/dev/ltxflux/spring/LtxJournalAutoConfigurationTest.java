package dev.ltxflux.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.journal.file.FileJobJournal;
import dev.ltxflux.journal.jdbc.FinishedJobHandler;
import dev.ltxflux.journal.jdbc.JdbcJobFleet;
import dev.ltxflux.journal.jdbc.JdbcJobJournal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** ltxflux.journal.{type,path,url}: a file, the application's DataSource (with the fleet and its handler), or the user's own bean. */
class LtxJournalAutoConfigurationTest {

    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LtxJdbcJournalAutoConfiguration.class, LtxAutoConfiguration.class))
            .withPropertyValues("ltxflux.token=user:1-test", "ltxflux.base-url=http://127.0.0.1:9/v1/ltxstudio");

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void aPathMakesTheClientJournalToThatFile() {
        runner.withPropertyValues("ltxflux.journal.path=" + dir.resolve("jobs.log")).run(context -> {
            assertThat(context.getBean(JobJournalPort.class)).isInstanceOf(FileJobJournal.class);
            assertThat(context.getBean(LtxClient.class).journal()).isSameAs(context.getBean(JobJournalPort.class));
        });
    }

    @Test
    void typeJdbcWithADataSourceJournalsInThatDatabaseAndStartsTheFleetForTheHandler() {
        DataSource ds = postgres.getPostgresDatabase();
        runner.withPropertyValues("ltxflux.journal.type=jdbc", "ltxflux.journal.replica=boot-1",
                        "ltxflux.journal.heartbeat=1s", "ltxflux.journal.polling=200ms")
                .withBean(DataSource.class, () -> ds)
                .withBean(FinishedJobHandler.class, () -> finished -> { })
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    JobJournalPort journal = context.getBean(JobJournalPort.class);
                    assertThat(journal).isInstanceOf(JdbcJobJournal.class);
                    assertThat(context.getBean(LtxClient.class).journal()).isSameAs(journal);
                    assertThat(context).hasSingleBean(JdbcJobFleet.class);
                    IntentKey key = IntentKey.random();
                    journal.recordIntent(JournalRecord.intent(key, "edit", null, "ab", Instant.now(), "x", null));
                    assertThat(JdbcJobJournal.existing(ds).find(key)).as("the same database").isPresent();
                });
    }

    @Test
    void withoutAHandlerNoFleetIsStarted() {
        runner.withPropertyValues("ltxflux.journal.type=jdbc").withBean(DataSource.class, postgres::getPostgresDatabase)
                .run(context -> {
                    assertThat(context.getBean(JobJournalPort.class)).isInstanceOf(JdbcJobJournal.class);
                    assertThat(context).doesNotHaveBean(JdbcJobFleet.class);
                });
    }

    @Test
    void theApplicationsOwnJournalBeanIsHonoured() {
        JobJournalPort own = JobJournalPort.none();
        runner.withPropertyValues("ltxflux.journal.type=jdbc", "ltxflux.journal.path=" + dir.resolve("ignored.log"))
                .withBean(DataSource.class, postgres::getPostgresDatabase)
                .withBean(JobJournalPort.class, () -> own)
                .run(context -> {
                    assertThat(context).hasSingleBean(JobJournalPort.class);
                    assertThat(context.getBean(LtxClient.class).journal()).isSameAs(own);
                });
    }
}
