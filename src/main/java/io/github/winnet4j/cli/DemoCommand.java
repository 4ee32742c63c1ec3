package io.github.winnet4j.cli;

import com.sun.net.httpserver.HttpServer;
import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.backends.Backends;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code winnet demo}: an offline tour. Starts an HTTP server on 127.0.0.1, makes requests to it
 * through the library and shows a failure with its mapped error.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start a loopback HTTP server and walk through a request, an upload and a failure.")
final class DemoCommand implements Callable<Integer> {
    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hello", exchange -> {
            byte[] body = "Hello from a loopback server.\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().add("X-Demo", "first");
            exchange.getResponseHeaders().add("X-Demo", "second");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.createContext("/upload", exchange -> {
            long n = exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            byte[] body = ("received " + n + " bytes\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        int port = server.getAddress().getPort();
        try (InternetSession session = InternetSession.builder().agent("winnet-demo").direct()
                .timeouts(Duration.ofSeconds(10)).open()) {
            out.println("winnet4j demo, backend: " + session.backend().name()
                    + " (choose with -Dwinnet4j.backend=native|java)");
            out.println();
            out.println("1. GET http://127.0.0.1:" + port + "/hello");
            try (HttpConnection connection = session.connect("127.0.0.1", port);
                 HttpRequest request = connection.openRequest("GET", "/hello")) {
                request.send();
                out.println("   status:   " + request.statusCode() + " " + request.statusText());
                out.println("   X-Demo:   " + request.headers("X-Demo"));
                out.print("   body:     " + new String(request.body().readAllBytes(), StandardCharsets.UTF_8));
                out.println();
                out.println("2. PUT /upload with a streamed body of declared length (1 MiB)");
                try (HttpRequest upload = connection.openRequest("PUT", "/upload")) {
                    try (OutputStream body = upload.sendStreaming(1 << 20)) {
                        body.write(new byte[1 << 20]);
                    }
                    out.println("   status:   " + upload.statusCode() + " " + upload.statusText());
                    out.print("   body:     " + new String(upload.body().readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            out.println();
            int closed = closedPort();
            out.println("3. GET http://127.0.0.1:" + closed + "/ (nothing listens there)");
            try (HttpRequest request = session.openUrl("http://127.0.0.1:" + closed + "/")) {
                out.println("   unexpected status " + request.statusCode());
            } catch (WinInetException e) {
                out.println("   " + e.getClass().getSimpleName() + ": " + e.errorName() + " (" + e.errorCode() + ")");
                out.println("   category: " + e.category() + ", failed call: " + e.call());
                out.println("   message:  " + e.getMessage());
            }
        } finally {
            server.stop(0);
        }
        out.println();
        out.println("Done. Default backend here: " + Backends.defaultBackend().name() + ".");
        return Winnet.EXIT_OK;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
