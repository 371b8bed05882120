package dev.ltxflux.journal.jdbc;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.service.PaidJobService;
import java.nio.file.Path;
import java.time.Clock;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A client in a JVM of its own, for the crash-in-submit test: it submits one edit through the paid-job path over the
 * JDBC journal; its submit port prints {@code posted <replyRef>} (the request has left) and then never answers, so the
 * test can {@code kill -9} it between the POST and the journaling of the answer.
 */
public final class SubmitCrashMain {

    private SubmitCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        FleetApi api = new FleetApi(1);
        PaidJobService paid = new PaidJobService(JdbcJobJournal.create(ds), api.awaiter(), api.downloads(),
                Clock.systemUTC(), IntentKey::random, ClientEventsPort.NONE);
        EditRequest request = EditRequest.builder().prompt("Add a hat").referenceAssetId("asset:1").build();
        paid.submit(request, sent -> {
            System.out.println("posted " + sent.replyRef().orElseThrow());
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE); // the answer never comes: the test kills this JVM here
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("not reached");
        }, Path.of(args[1]));
    }
}
