package dev.ltxflux.spring;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.journal.jdbc.FinishedJobHandler;
import dev.ltxflux.journal.jdbc.FleetOptions;
import dev.ltxflux.journal.jdbc.JdbcJobFleet;
import dev.ltxflux.journal.jdbc.JdbcJobJournal;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * With {@code ltxflux.journal.type=jdbc}, {@code ltxflux-journal-jdbc} on the class path and a {@link DataSource} bean:
 * the journal in that database ({@link JdbcJobJournal}, tables created if missing) unless the application defines its
 * own {@link JobJournalPort}, and, when the application defines a {@link FinishedJobHandler} bean, this replica of the
 * fleet ({@link JdbcJobFleet}) calling it with every finished job.
 */
@AutoConfiguration(before = LtxAutoConfiguration.class,
        afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@ConditionalOnClass({JdbcJobJournal.class, DataSource.class})
@ConditionalOnProperty(prefix = "ltxflux.journal", name = "type", havingValue = "jdbc")
public class LtxJdbcJournalAutoConfiguration {

    @Bean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnMissingBean(JobJournalPort.class)
    public JdbcJobJournal ltxJdbcJobJournal(DataSource dataSource) {
        return JdbcJobJournal.create(dataSource);
    }

    /** This replica of the fleet, stopped with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnBean({DataSource.class, FinishedJobHandler.class})
    @ConditionalOnMissingBean
    public JdbcJobFleet ltxJobFleet(DataSource dataSource, JobJournalPort journal, LtxClient client,
            FinishedJobHandler handler, LtxProperties properties) {
        LtxJournalProperties j = properties.getJournal();
        String replica = j.getReplica() != null && !j.getReplica().isBlank() ? j.getReplica()
                : host() + "-" + ProcessHandle.current().pid();
        FleetOptions options = new FleetOptions(replica, j.getHeartbeat(), 4, j.getPolling(), j.getPolling(), 10,
                AwaitJobUseCase.AwaitOptions.defaults(), Duration.ofMinutes(1), j.getOutputDirectory(), Clock.systemUTC());
        AwaitJobUseCase awaiter = new AwaitJobUseCase() {
            @Override
            public Job await(JobId id, AwaitOptions o) {
                return client.await(id, o);
            }

            @Override
            public CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions o) {
                return client.awaitAsync(id, o);
            }
        };
        return JdbcJobFleet.start(dataSource, journal, awaiter, client::download, null, handler, options);
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "replica";
        }
    }
}
