package io.github.winnet4j.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small forward proxy on 127.0.0.1 for tests: forwards plain HTTP requests in absolute form,
 * tunnels CONNECT, records what it saw, and optionally demands Basic proxy authentication (407).
 * It forwards only to 127.0.0.1 (anything else gets 502), so no test leaves the machine.
 */
public final class ForwardProxy implements Closeable {
    /** One request the proxy received. */
    public record Seen(String method, String target, Map<String, String> headers) {
    }

    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int SOCKET_TIMEOUT_MS = 10_000;

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "forward-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile String requiredAuthorization;

    private ForwardProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName(Loopback.HOST));
        threads.execute(this::acceptLoop);
    }

    /** A started proxy. */
    public static ForwardProxy start() throws IOException {
        return new ForwardProxy();
    }

    /** Demands {@code Proxy-Authorization: Basic user:password}; others get 407. */
    public ForwardProxy requireBasic(String user, String password) {
        requiredAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code "127.0.0.1:port"}. */
    public String address() {
        return Loopback.HOST + ":" + port();
    }

    /** Every request seen so far, in order (including those answered with 407). */
    public List<Seen> seen() {
        return new ArrayList<>(seen);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(SOCKET_TIMEOUT_MS);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            // Bounded: each round reads one request; only 407 answers keep the connection.
            for (int round = 0; round < 16; round++) {
                List<String> head = readHead(in);
                if (head.isEmpty()) {
                    return;
                }
                String[] requestLine = head.get(0).split(" ", 3);
                Map<String, String> headers = headers(head);
                seen.add(new Seen(requestLine[0], requestLine.length > 1 ? requestLine[1] : "", headers));
                byte[] body = readBody(in, headers);
                String required = requiredAuthorization;
                if (required != null && !required.equals(headers.get("proxy-authorization"))) {
                    write(out, "HTTP/1.1 407 Proxy Authentication Required\r\n"
                            + "Proxy-Authenticate: Basic realm=\"proxy\"\r\nContent-Length: 0\r\n\r\n");
                    continue;
                }
                if (requestLine[0].equalsIgnoreCase("CONNECT")) {
                    tunnel(client, requestLine[1]);
                } else {
                    forward(out, requestLine, head, body);
                }
                return;
            }
        } catch (IOException e) {
            // The client or the server went away; nothing to record.
        }
    }

    private void tunnel(Socket client, String authority) throws IOException {
        HostPort target = HostPort.parse(authority);
        if (!target.host.equals(Loopback.HOST)) {
            write(client.getOutputStream(), "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        try (Socket upstream = new Socket(Loopback.HOST, target.port)) {
            write(client.getOutputStream(), "HTTP/1.1 200 Connection established\r\n\r\n");
            client.setSoTimeout(0);
            threads.execute(() -> pipe(upstream, client));
            pipe(client, upstream);
        }
    }

    private void forward(OutputStream out, String[] requestLine, List<String> head, byte[] body) throws IOException {
        java.net.URI uri = java.net.URI.create(requestLine[1]);
        if (!Loopback.HOST.equals(uri.getHost())) {
            String why = "not an absolute URL on 127.0.0.1: " + requestLine[1];
            write(out, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: " + why.length() + "\r\n\r\n" + why);
            return;
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        StringBuilder request = new StringBuilder(requestLine[0] + " " + path + " " + requestLine[2] + "\r\n");
        for (String line : head.subList(1, head.size())) {
            String name = line.substring(0, Math.max(line.indexOf(':'), 0)).trim().toLowerCase(Locale.ROOT);
            if (!name.startsWith("proxy-") && !name.equals("connection")) {
                request.append(line).append("\r\n");
            }
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket upstream = new Socket(Loopback.HOST, port)) {
            upstream.setSoTimeout(SOCKET_TIMEOUT_MS);
            OutputStream up = upstream.getOutputStream();
            write(up, request.toString());
            up.write(body);
            up.flush();
            InputStream down = upstream.getInputStream();
            List<String> responseHead = readHead(down);
            Map<String, String> responseHeaders = headers(responseHead);
            byte[] responseBody = readBody(down, responseHeaders);
            StringBuilder response = new StringBuilder();
            for (String line : responseHead) {
                if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    response.append(line).append("\r\n");
                }
            }
            response.append("Connection: close\r\n\r\n");
            write(out, response.toString());
            out.write(responseBody);
            out.flush();
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // One side closed.
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException ignored) {
                // Already closed.
            }
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        int total = 0;
        for (int b; (b = in.read()) >= 0; ) {
            if (++total > MAX_HEADER_BYTES) {
                throw new IOException("header too long");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
                line.reset();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
        return List.of();
    }

    private static Map<String, String> headers(List<String> head) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : head.subList(Math.min(1, head.size()), head.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                map.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return map;
    }

    private static byte[] readBody(InputStream in, Map<String, String> headers) throws IOException {
        String length = headers.get("content-length");
        if (length == null) {
            return new byte[0];
        }
        return in.readNBytes(Integer.parseInt(length.trim()));
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
        threads.shutdownNow();
    }

    private record HostPort(String host, int port) {
        static HostPort parse(String authority) {
            int colon = authority.lastIndexOf(':');
            return new HostPort(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)));
        }
    }
}
