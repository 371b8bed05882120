package dev.ltxflux.feign;

import feign.slf4j.Slf4jLogger;

/**
 * Feign's SLF4J logger with every secret taken out at every level: no credential header ({@code Authorization},
 * {@code Cookie}, {@code Set-Cookie}, {@code Proxy-Authorization}), and the client's {@link Redactor} (token, account
 * cookies) applied to every line and argument.
 */
final class RedactingLogger extends Slf4jLogger {

    static final String REDACTED = Redactor.REDACTED;
    private final Redactor redactor;

    private static final java.util.Set<String> CREDENTIAL_HEADERS =
            java.util.Set.of("authorization", "cookie", "set-cookie", "proxy-authorization");

    RedactingLogger(Redactor redactor) {
        super(LtxClient.class);
        this.redactor = redactor;
    }

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return header == null || !CREDENTIAL_HEADERS.contains(header.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    protected boolean shouldLogResponseHeader(String header) {
        return shouldLogRequestHeader(header);
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = args[i] instanceof String s ? redactor.apply(s)
                    : args[i] instanceof byte[] || args[i] == null || args[i] instanceof Number ? args[i]
                    : redactor.apply(String.valueOf(args[i]));
        }
        super.log(configKey, redactor.apply(format), safe);
    }
}
