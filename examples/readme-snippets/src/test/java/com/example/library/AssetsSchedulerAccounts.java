package com.example.library;

import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import dev.ltxflux.core.port.in.AssetListing;
import dev.ltxflux.feign.LtxClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The README's assets, scheduler and accounts snippet, compiled. */
final class AssetsSchedulerAccounts {

    private AssetsSchedulerAccounts() {
    }

    static long run(LtxClient ltx, JobId jobId, Path cookieFile) throws IOException {
        // README:begin assets-scheduler-accounts
        // every image of the account, newest first; pages are fetched lazily as the stream reaches them
        AssetListing pager = ltx.assets().list(AssetQuery.images().limit(100));
        int total = pager.firstPage().totalItems();            // the first page (and its meta) is fetched once and kept
        pager.stream().filter(a -> a.job().isPresent()).forEach(a -> System.out.println(a.largeThumbnail()));

        Capacity slots = ltx.scheduler().capacity();            // GET scheduler/available: maxJobs, executing, available
        List<RunningJob> running = ltx.scheduler().running();   // GET scheduler
        ltx.scheduler().stop(jobId);                            // DELETE scheduler/{jobId}: LTX Studio still runs (and charges) it

        Account added = ltx.accounts().add(AccountSetup.of(Files.readString(cookieFile).strip(), 5));
        long balance = ltx.accounts().get("user@example.com").tokens().orElse(0);
        ltx.accounts().remove(new AccountEmail("user@example.com"));
        // README:end
        return total + running.size() + balance + (slots == null || added == null ? 0 : 1);
    }
}
