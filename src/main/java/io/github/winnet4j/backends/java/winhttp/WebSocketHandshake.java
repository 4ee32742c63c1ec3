package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.FailureMapping;
import io.github.winnet4j.backends.java.HeaderList;
import io.github.winnet4j.backends.java.ResponseHead;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HTTP/1.1 upgrade of a request sent with WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, on a socket of
 * its own: HttpURLConnection cannot hand its connection over after a 101, so the handshake is
 * written and read here (RFC 6455 section 4) and the socket then becomes the WebSocket's. Direct
 * connections only: a WebSocket request ignores the proxy.
 */
final class WebSocketHandshake {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    final Socket socket;
    final InputStream in;
    final OutputStream out;
    final String key;

    private WebSocketHandshake(Socket socket, String key) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.key = key;
    }

    /** Connects and writes the upgrade request (WinHttpSendRequest). */
    static WebSocketHandshake send(RequestHandle r) throws Win32Failure {
        URI url = r.http.url;
        int port = url.getPort() > 0 ? url.getPort() : (r.http.secure() ? 443 : 80);
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(url.getHost(), port),
                    WinHttpTimeouts.millis(r, WinHttpConstants.WINHTTP_OPTION_CONNECT_TIMEOUT));
            socket.setSoTimeout(WinHttpTimeouts.millis(r, WinHttpConstants.WINHTTP_OPTION_RECEIVE_TIMEOUT));
            if (r.http.secure()) {
                int security = r.securityFlags();
                SSLSocket tls = (SSLSocket) SecureProtocols.factory(security, SecureProtocols.of(r))
                        .createSocket(socket, url.getHost(), port, true);
                if ((security & WinHttpConstants.SECURITY_FLAG_IGNORE_CERT_CN_INVALID) == 0) {
                    SSLParameters params = tls.getSSLParameters();
                    params.setEndpointIdentificationAlgorithm("HTTPS");
                    tls.setSSLParameters(params);
                }
                tls.startHandshake();
                socket = tls;
            }
            byte[] nonce = new byte[16];
            new SecureRandom().nextBytes(nonce);
            WebSocketHandshake h = new WebSocketHandshake(socket, Base64.getEncoder().encodeToString(nonce));
            h.writeRequest(r, url);
            return h;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new Win32Failure(r.isClosed() ? WinHttpErrors.ERROR_WINHTTP_OPERATION_CANCELLED
                    : WinHttpFailures.translate(FailureMapping.forExchange(e)), e);
        }
    }

    private void writeRequest(RequestHandle r, URI url) throws IOException {
        HeaderList sent = RequestHeaders.build(r, url, RequestAuth.preemptive(r));
        sent.set("Upgrade", "websocket");
        sent.set("Connection", "Upgrade");
        sent.set("Sec-WebSocket-Key", key);
        sent.set("Sec-WebSocket-Version", "13");
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        r.http.sentRequestLine = "GET " + target + " " + r.http.version;
        r.http.sentHeaders = sent;
        StringBuilder head = new StringBuilder(r.http.sentRequestLine).append("\r\n");
        for (HeaderList.Header h : sent.all()) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads the response head (WinHttpReceiveResponse). */
    ResponseHead readHead(RequestHandle r) throws Win32Failure {
        try {
            String statusLine = line();
            ResponseHead head = ResponseHead.parseStatusLine(statusLine);
            for (int i = 0; i < 1000; i++) {
                String line = line();
                if (line.isEmpty()) {
                    socket.setSoTimeout(0);
                    return head;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    head.headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_HEADER_COUNT_EXCEEDED);
        } catch (Win32Failure f) {
            throw new Win32Failure(WinHttpFailures.translate(f.code));
        } catch (IOException e) {
            throw new Win32Failure(r.isClosed() ? WinHttpErrors.ERROR_WINHTTP_OPERATION_CANCELLED
                    : WinHttpFailures.translate(FailureMapping.forExchange(e)), e);
        }
    }

    /** Whether the server's Sec-WebSocket-Accept answers our key. */
    boolean accepted(ResponseHead head) {
        String accept = head.headers.first("Sec-WebSocket-Accept");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return accept != null && accept.strip().equals(Base64.getEncoder().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    private String line() throws IOException, Win32Failure {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
            }
            if (++total > MAX_HEAD_BYTES) {
                throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_HEADER_SIZE_OVERFLOW);
            }
            if (b == '\n') {
                String s = bytes.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            bytes.write(b);
        }
    }

    void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
