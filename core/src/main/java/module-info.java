/**
 * The ltxflux domain: value objects, use cases (ports in), what the domain needs from the world (ports out), the
 * services that orchestrate them and the typed errors. Plain JDK: it reads no other module.
 *
 * <p>Every package a caller or an adapter names is exported; {@code dev.ltxflux.core.model.text} (the shared text
 * rule of the model packages) is not.
 */
module dev.ltxflux.core {
    exports dev.ltxflux.core.error;
    exports dev.ltxflux.core.model.account;
    exports dev.ltxflux.core.model.asset;
    exports dev.ltxflux.core.model.edit;
    exports dev.ltxflux.core.model.job;
    exports dev.ltxflux.core.model.journal;
    exports dev.ltxflux.core.model.scheduler;
    exports dev.ltxflux.core.port.in;
    exports dev.ltxflux.core.port.out;
    // Delays is part of the client builder's API; the services are what adapters assemble
    exports dev.ltxflux.core.service;

    uses dev.ltxflux.core.port.out.JobJournalProvider;
}
