package dev.ltxflux.feign;

import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.service.AwaitJobService;
import java.util.concurrent.ExecutorService;

/** The client as a facade over its resources ({@link LtxImages}, {@link LtxAssets}, {@link LtxScheduler}, {@link LtxAccounts}); the flat methods are shortcuts. */
final class DefaultLtxClient implements LtxClient {

    private final LtxClientOptions options;
    private final ClientGuard guard;
    private final LtxImages images;
    private final LtxAssets assets;
    private final LtxScheduler scheduler;
    private final LtxAccounts accounts;
    private final AwaitJobService awaiter;
    private final ReadJobPort readJobPort;
    /** The await pool this client made itself (null when the caller gave an executor): shut down on close. */
    private final ExecutorService ownedExecutor;

    DefaultLtxClient(LtxClientOptions options, ClientGuard guard, LtxImages images, LtxAssets assets, LtxScheduler scheduler,
            LtxAccounts accounts, AwaitJobService awaiter, ReadJobPort readJobPort, ExecutorService ownedExecutor) {
        this.options = options;
        this.guard = guard;
        this.images = images;
        this.assets = assets;
        this.scheduler = scheduler;
        this.accounts = accounts;
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
    public LtxScheduler scheduler() {
        return scheduler;
    }

    @Override
    public LtxAccounts accounts() {
        return accounts;
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
