package dev.ltxflux.feign;

import dev.ltxflux.core.port.in.UploadReferenceUseCase;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.service.AwaitJobService;
import java.util.concurrent.ExecutorService;

/** The client: its resources ({@link LtxImages}, {@link LtxAssets}); {@link LtxClient}'s flat methods are shortcuts to them. */
final class DefaultLtxClient implements LtxClient {

    private final LtxClientOptions options;
    private final ClientGuard guard;
    private final LtxImages images;
    private final LtxAssets assets;
    private final AwaitJobService awaiter;
    private final ReadJobPort readJobPort;
    /** The await pool this client made itself (null when the caller gave an executor): shut down on close. */
    private final ExecutorService ownedExecutor;

    DefaultLtxClient(LtxClientOptions options, ClientGuard guard, LtxImages images, UploadReferenceUseCase uploads,
            AwaitJobService awaiter, ReadJobPort readJobPort, ExecutorService ownedExecutor) {
        this.options = options;
        this.guard = guard;
        this.images = images;
        this.assets = new ClientAssets(guard, uploads);
        this.awaiter = awaiter;
        this.readJobPort = readJobPort;
        this.ownedExecutor = ownedExecutor;
    }

    @Override
    public LtxImages images() {
        return images;
    }

    @Override
    public LtxAssets assets() {
        return assets;
    }

    @Override
    public JobJournalPort journal() {
        return options.journal();
    }

    @Override
    public ReadJobPort readJobPort() {
        return readJobPort;
    }

    @Override
    public LtxClientOptions options() {
        return options;
    }

    @Override
    public void close() {
        guard.close();
        awaiter.close();
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "LtxClient[baseUrl=" + options.baseUrl() + ", token=" + RedactingLogger.REDACTED + "]";
    }
}
