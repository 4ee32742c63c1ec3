package io.github.winnet4j.hardening;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 keep-alive server on 127.0.0.1 for long leak runs: every request (with or
 * without a Content-Length body) is answered 200 with a fixed body, on as many requests per
 * connection as the client sends. Unlike MockWebServer it keeps no record of the requests, so its
 * memory stays flat over 100,000 of them. One thread per open connection; each ends when its
 * client closes.
 */
final class LeakKeepAliveServer implements AutoCloseable {
    static final byte[] BODY = "leak-cycle-body".getBytes(StandardCharsets.US_ASCII);
    /** The whole response in one write: head and body apart would meet Nagle and delayed ACKs (40 ms). */
    private static final byte[] RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
            + BODY.length + "\r\n\r\n" + new String(BODY, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
    /** A request head longer than this is refused (the server is only for our own client). */
    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket listener;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong connections = new AtomicLong();

    LeakKeepAliveServer() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(this::accept, "leak-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections currently open on the server side. */
    int openConnections() {
        return open.size();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                s.setTcpNoDelay(true);
                connections.incrementAndGet();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "leak-server-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = new BufferedInputStream(s.getInputStream()); OutputStream out = s.getOutputStream()) {
            // Bounded by the client: each pass consumes one request or ends at end of stream.
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                long length = contentLength(head);
                in.skipNBytes(length);
                requests.incrementAndGet();
                out.write(RESPONSE);
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            open.remove(s);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            sb.append((char) c);
            int n = sb.length();
            if (n >= 4 && sb.charAt(n - 4) == '\r' && sb.charAt(n - 3) == '\n' && sb.charAt(n - 2) == '\r'
                    && sb.charAt(n - 1) == '\n') {
                return sb.toString();
            }
            if (n > MAX_HEAD) {
                return null;
            }
        }
        return null;
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                return Long.parseLong(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
