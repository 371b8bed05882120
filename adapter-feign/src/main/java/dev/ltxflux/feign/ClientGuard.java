package dev.ltxflux.feign;

import dev.ltxflux.core.error.ClientClosedException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Set;

/**
 * Whether a client is closed, and the one place that makes its resources refuse calls once it is: {@link #around}
 * puts the check in front of every method of a resource (or port) interface, so no resource repeats it per method.
 */
final class ClientGuard {

    private volatile boolean closed;

    void close() {
        closed = true;
    }

    void ensureOpen() {
        if (closed) {
            throw new ClientClosedException(null);
        }
    }

    /**
     * {@code target} seen as {@code type}, each of whose methods first {@linkplain #ensureOpen() ensures} the client is
     * open, except those named in {@code unguarded} (methods whose target answers a closed client itself). It is
     * equal only to itself and shows as the target does. What the target throws is rethrown as it is.
     */
    <T> T around(Class<T> type, T target, String... unguarded) {
        Set<String> open = Set.of(unguarded);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> target.toString();
                };
            }
            if (!open.contains(method.getName())) {
                ensureOpen();
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException || cause instanceof Error) {
                    throw cause;
                }
                throw new UndeclaredThrowableException(cause);
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
