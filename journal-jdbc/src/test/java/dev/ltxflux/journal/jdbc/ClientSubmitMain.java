package dev.ltxflux.journal.jdbc;

import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.service.JobJournals;
import dev.ltxflux.feign.LtxClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A real client in a JVM of its own, for {@link SubmitCrashAgainstMockTest}: {@code ltxflux edit} in a few lines, the
 * real {@link LtxClient} over the journal at {@code args[2]} (a file path or a {@code jdbc:postgresql:} URL) editing the
 * mock's asset {@code args[3]} into {@code args[4]}. Its submit's answer is held back by the mock's delay fault, so the
 * test can {@code kill -9} this JVM after the POST arrived and before its answer was journaled. Timeouts are long: the
 * client must still be inside its submit when it dies.
 *
 * <p>Args: baseUrl, token, journal location, asset id, output file.
 */
public final class ClientSubmitMain {

    private ClientSubmitMain() {
    }

    public static void main(String[] args) {
        try (LtxClient client = LtxClient.builder().baseUrl(args[0]).token(args[1])
                .journal(JobJournals.open(args[2], Clock.systemUTC()))
                .readTimeout(Duration.ofMinutes(5)).callTimeout(Duration.ofMinutes(5)).build()) {
            System.out.println("submitting");
            System.out.flush();
            client.edit(EditImageCommand.forAsset(new AssetId(args[3]), EditRequest.builder().prompt("Add a hat"),
                    Path.of(args[4]), AwaitOptions.timeout(Duration.ofMinutes(5))));
            System.out.println("not killed: the submit was answered");
        }
    }
}
