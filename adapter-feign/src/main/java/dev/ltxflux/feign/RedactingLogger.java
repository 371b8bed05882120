package dev.ltxflux.feign;

import feign.slf4j.Slf4jLogger;

/** Feign's SLF4J logger with the credential taken out at every level: no Authorization header, no token or cookie value anywhere. */
final class RedactingLogger extends Slf4jLogger {

    static final String REDACTED = Redactor.REDACTED;
    private final Redactor redactor;

    /** A logger hiding what {@code redactor} hides (the client's own instance: it learns the cookies the client sends). */
    RedactingLogger(Redactor redactor) {
        super(LtxClient.class);
        this.redactor = redactor;
    }

    RedactingLogger(String token) {
        this(new Redactor(token));
    }

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return !"Authorization".equalsIgnoreCase(header);
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = args[i] instanceof String s ? redactor.apply(s) : args[i];
        }
        super.log(configKey, redactor.apply(format), safe);
    }
}
