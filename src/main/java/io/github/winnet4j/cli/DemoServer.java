package io.github.winnet4j.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The demo's HTTP server on 127.0.0.1 (the JDK's own, so the demo needs nothing else):
 * {@code /hello}, {@code /upload} (PUT or POST; counts the bytes), {@code /redirect} (302 to
 * /hello), {@code /missing} (404), {@code /big} (4 MiB of a declared length), {@code /slow}
 * (answers after 3 s).
 */
final class DemoServer implements AutoCloseable {
    static final int BIG_BYTES = 4 << 20;

    private final HttpServer server;
    private final ExecutorService threads;

    private DemoServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "winnet-demo-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/hello", e -> {
            e.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            e.getResponseHeaders().add("X-Demo", "first");
            e.getResponseHeaders().add("X-Demo", "second");
            reply(e, 200, "Hello from a loopback server.\n");
        });
        server.createContext("/upload", e -> {
            long n = e.getRequestBody().transferTo(OutputStream.nullOutputStream());
            reply(e, 201, "received " + n + " bytes by " + e.getRequestMethod() + "\n");
        });
        server.createContext("/redirect", e -> {
            e.getResponseHeaders().add("Location", "/hello");
            reply(e, 302, "see /hello\n");
        });
        server.createContext("/missing", e -> reply(e, 404, "nothing here\n"));
        server.createContext("/big", e -> {
            e.sendResponseHeaders(200, BIG_BYTES);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream os = e.getResponseBody()) {
                for (int sent = 0; sent < BIG_BYTES; sent += chunk.length) {
                    os.write(chunk);
                }
            }
        });
        server.createContext("/slow", e -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            reply(e, 200, "finally\n");
        });
        server.createContext("/", e -> reply(e, 200, "winnet demo server: /hello /upload /redirect /missing /big /slow\n"));
        server.start();
    }

    /** Starts the server; port 0 picks a free one. */
    static DemoServer start(int port) throws IOException {
        return new DemoServer(port);
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private static void reply(HttpExchange e, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        e.getRequestBody().transferTo(OutputStream.nullOutputStream());
        e.sendResponseHeaders(status, e.getRequestMethod().equals("HEAD") ? -1 : body.length);
        try (OutputStream os = e.getResponseBody()) {
            if (!e.getRequestMethod().equals("HEAD")) {
                os.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
