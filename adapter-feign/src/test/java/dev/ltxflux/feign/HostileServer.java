package dev.ltxflux.feign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving HTTP/1.1 server on loopback, on a raw socket so that it can do what no well-behaved server does: drip a
 * body, never end one, cut one short, announce a length it never sends, hang before the headers. Each connection is
 * served on its own daemon thread; {@link #close()} ends them all.
 */
final class HostileServer implements AutoCloseable {

    /** What the server received. */
    record Request(String method, String target, Map<String, String> headers, byte[] body) {
    }

    /** Writes the whole answer to {@code out}; may block, drip or stop as it likes. */
    @FunctionalInterface
    interface Behaviour {
        void answer(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private volatile Behaviour behaviour;
    /** Counted down each time a behaviour has sent its headers (see {@link #headersSent()}). */
    final CountDownLatch headersSent = new CountDownLatch(1);

    HostileServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "hostile-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    void behave(Behaviour next) {
        this.behaviour = next;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    void headersSent() {
        headersSent.countDown();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "hostile-conn-" + served.incrementAndGet());
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (true) {
                Request r = read(in);
                if (r == null) {
                    return;
                }
                requests.add(r);
                behaviour.answer(r, out);
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // the client went away or the server closed: nothing to do
        } finally {
            open.remove(s);
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        String[] parts = requestLine.split(" ");
        return new Request(parts[0], parts.length > 1 ? parts[1] : "", headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return c == -1 && b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : new ArrayList<>(open)) {
            s.close();
        }
    }

    // ---- behaviours ----

    static byte[] head(int status, Map<String, String> headers) {
        StringBuilder b = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        headers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
        return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A complete, well-formed answer. */
    static Behaviour answer(int status, String contentType, byte[] body, String... extraHeaders) {
        return (r, out) -> {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Content-Type", contentType);
            h.put("Content-Length", Integer.toString(body.length));
            for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
                h.put(extraHeaders[i], extraHeaders[i + 1]);
            }
            out.write(head(status, h));
            out.write(body);
        };
    }

    static Behaviour answer(int status, String json) {
        return answer(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Headers at once, then one byte of a long announced body every {@code millis}, for ever. */
    Behaviour drip(String contentType, long millis) {
        return (r, out) -> {
            out.write(head(200, Map.of("Content-Type", contentType, "Content-Length", "50000")));
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            out.flush();
            headersSent();
            while (true) {
                Thread.sleep(millis);
                out.write('x');
                out.flush();
            }
        };
    }

    /** A body without a length that never ends, as fast as the client reads. */
    static Behaviour endless(String contentType) {
        return (r, out) -> {
            out.write(head(200, Map.of("Content-Type", contentType, "Connection", "close")));
            byte[] chunk = new byte[16 * 1024];
            chunk[0] = (byte) 0x89;
            while (true) {
                out.write(chunk);
            }
        };
    }

    /** Announces {@code announced} bytes, sends {@code sent} of them, and closes. */
    static Behaviour truncated(String contentType, byte[] start, int announced) {
        return (r, out) -> {
            out.write(head(200, Map.of("Content-Type", contentType, "Content-Length", Integer.toString(announced))));
            out.write(start);
            out.flush();
            throw new IOException("cut");
        };
    }

    /** Reads the request and never answers. */
    Behaviour silent() {
        return (r, out) -> {
            headersSent();
            Thread.sleep(Long.MAX_VALUE);
        };
    }
}
