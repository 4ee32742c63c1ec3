package io.github.winnet4j.bench;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.winhttp.ProxyAccess;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The four HTTP clients of issue 7: curl, HttpURLConnection alone, and winnet4j's java backend
 * through the WinINet API and through the WinHTTP API. Each keeps one session for the whole run,
 * as an application would, so keep-alive connections are reused between requests.
 */
final class HttpClients implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final Options options;
    private final InternetSession wininet;
    private final HttpConnection wininetConnection;
    private final HttpConnection wininetSink;
    private final WinHttpSession winhttp;
    private final WinHttpConnection winhttpConnection;
    private final WinHttpConnection winhttpSink;

    HttpClients(Options options, Backend backend) throws Exception {
        this.options = options;
        wininet = InternetSession.builder().backend(backend).direct().timeouts(TIMEOUT).open();
        wininetConnection = wininet.connect("127.0.0.1", options.httpPort());
        wininetSink = wininet.connect("127.0.0.1", options.sinkPort());
        winhttp = WinHttpSession.builder().backend(backend).access(ProxyAccess.noProxy()).timeouts(TIMEOUT).open();
        winhttpConnection = winhttp.connect("127.0.0.1", options.httpPort(), false);
        winhttpSink = winhttp.connect("127.0.0.1", options.sinkPort(), false);
    }

    List<Client> download(String path, long length) {
        String url = options.httpBase() + path;
        return List.of(
                new Client("curl", () -> Curl.run("-o", "/dev/null", url), false),
                new Client("HttpURLConnection", () -> urlConnectionGet(url, length), true),
                new Client("winnet4j WinINet API (java)", () -> wininetGet(path, length), true),
                new Client("winnet4j WinHTTP API (java)", () -> winhttpGet(path, length), true));
    }

    List<Client> smallGets(String path, long length, int count, Path scratch) throws IOException {
        String url = options.httpBase() + path;
        Path config = Curl.manyGets(scratch, url, count);
        return List.of(
                new Client("curl", () -> Curl.run("--config", config.toString()), false),
                new Client("HttpURLConnection", () -> repeat(count, () -> urlConnectionGet(url, length)), false),
                new Client("winnet4j WinINet API (java)", () -> repeat(count, () -> wininetGet(path, length)), false),
                new Client("winnet4j WinHTTP API (java)", () -> repeat(count, () -> winhttpGet(path, length)), false));
    }

    List<Client> upload(long length, Path file) {
        String url = "http://127.0.0.1:" + options.sinkPort() + "/upload";
        return List.of(
                new Client("curl", () -> Curl.run("-o", "/dev/null", "-T", file.toString(), url), false),
                new Client("HttpURLConnection", () -> urlConnectionPut(url, length), true),
                new Client("winnet4j WinINet API (java)", () -> wininetPut(length), true),
                new Client("winnet4j WinHTTP API (java)", () -> winhttpPut(length), true));
    }

    private static void repeat(int count, Transfer one) throws Exception {
        for (int i = 0; i < count; i++) {
            one.run();
        }
    }

    private static void urlConnectionGet(String url, long length) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection(Proxy.NO_PROXY);
        c.setConnectTimeout((int) TIMEOUT.toMillis());
        c.setReadTimeout((int) TIMEOUT.toMillis());
        try (InputStream in = c.getInputStream()) {
            Streams.drain(in, length);
        }
    }

    private static void urlConnectionPut(String url, long length) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection(Proxy.NO_PROXY);
        c.setConnectTimeout((int) TIMEOUT.toMillis());
        c.setReadTimeout((int) TIMEOUT.toMillis());
        c.setRequestMethod("PUT");
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(length);
        try (OutputStream out = c.getOutputStream()) {
            Streams.fill(out, length);
        }
        expect(c.getResponseCode(), "HttpURLConnection PUT");
        try (InputStream in = c.getInputStream()) {
            Streams.drain(in, -1);
        }
    }

    private void wininetGet(String path, long length) throws Exception {
        try (HttpRequest request = wininetConnection.openRequest("GET", path)) {
            request.send();
            expect(request.statusCode(), "WinINet GET");
            try (InputStream in = request.body()) {
                Streams.drain(in, length);
            }
        }
    }

    private void wininetPut(long length) throws Exception {
        try (HttpRequest request = wininetSink.openRequest("PUT", "/upload")) {
            try (OutputStream out = request.sendStreaming(length)) {
                Streams.fill(out, length);
            }
            expect(request.statusCode(), "WinINet PUT");
        }
    }

    private void winhttpGet(String path, long length) throws Exception {
        try (WinHttpRequest request = winhttpConnection.request("GET", path).open()) {
            request.send();
            request.receive();
            expect(request.statusCode(), "WinHTTP GET");
            try (InputStream in = request.body()) {
                Streams.drain(in, length);
            }
        }
    }

    private void winhttpPut(long length) throws Exception {
        // The sink answers 204; WinHTTP's PUT is driven as the API documents: send, write, receive.
        try (WinHttpRequest request = winhttpSink.request("PUT", "/upload").open()) {
            try (OutputStream out = request.sendStreaming(length)) {
                Streams.fill(out, length);
            }
            request.receive();
            expect(request.statusCode(), "WinHTTP PUT");
        }
    }

    private static void expect(int status, String what) throws IOException {
        if (status / 100 != 2) {
            throw new IOException(what + " answered " + status);
        }
    }

    @Override
    public void close() throws Exception {
        winhttp.close();
        wininet.close();
    }
}
