package dev.ltxflux.core.testing;

import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.service.DownloadService;
import dev.ltxflux.core.service.EditImageService;
import dev.ltxflux.core.service.PaidJobService;
import java.time.Clock;

/** Core's services wired over the in-memory fakes, as an adapter's composition root wires them over real ports. */
public final class Services {

    private Services() {
    }

    /** The paid-job path over {@code api}'s journal and keys. */
    public static PaidJobService paid(InMemoryApi api, AwaitJobUseCase awaiter, Clock clock) {
        return paid(api, api.journal(), awaiter, clock, ClientEventsPort.NONE);
    }

    /** The same over another journal, telling {@code events}. */
    public static PaidJobService paid(InMemoryApi api, JobJournalPort journal, AwaitJobUseCase awaiter, Clock clock,
            ClientEventsPort events) {
        return new PaidJobService(journal, awaiter, new DownloadService(api, api, clock), clock, api.keys(), events);
    }

    /** The create flow over {@code api}. */
    public static dev.ltxflux.core.service.CreateImageService create(InMemoryApi api, AwaitJobUseCase awaiter, Clock clock) {
        return new dev.ltxflux.core.service.CreateImageService(api, api, paid(api, awaiter, clock));
    }

    /** The upscale flow over {@code api}. */
    public static dev.ltxflux.core.service.UpscaleImageService upscale(InMemoryApi api, AwaitJobUseCase awaiter, Clock clock) {
        return new dev.ltxflux.core.service.UpscaleImageService(api, paid(api, awaiter, clock));
    }

    /** The edit flow over {@code api}. */
    public static EditImageService edit(InMemoryApi api, AwaitJobUseCase awaiter, Clock clock) {
        return new EditImageService(api, api, paid(api, awaiter, clock));
    }
}
