package io.github.winnet4j.hardening;

import io.github.winnet4j.testing.ScriptedServer.Script;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import okio.BufferedSink;

import java.io.IOException;
import java.time.Duration;

/** The hostile server behaviours, shared by the WinINet and the WinHTTP tests. */
final class HostileScripts {
    /** The size a gzip bomb inflates to. */
    static final long BOMB_SIZE = 64L << 20;
    /** A Content-Length above 2^32. */
    static final long HUGE_LENGTH = 5_000_000_000L;

    private HostileScripts() {
    }

    /** Reads the request, then closes without a byte of response. */
    static final Script DISCONNECT_BEFORE_STATUS = ex -> {
        ex.readRequestHead();
        ex.close();
    };

    /** An HTTP/0.9-style answer: a body with no status line and no headers, then close. */
    static final Script BODY_WITHOUT_HEADERS = ex -> {
        ex.readRequestHead();
        ex.write("just a body, no status line\n").close();
    };

    /** A status line and half a header block, then close. */
    static final Script DISCONNECT_MID_HEADERS = ex -> {
        ex.readRequestHead();
        ex.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nX-Partial: ye").close();
    };

    /** Promises 1000 bytes, sends 100, closes. */
    static final Script DISCONNECT_MID_BODY = ex -> {
        ex.readRequestHead();
        ex.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(100)).close();
    };

    /** A chunked body whose second chunk size is not hexadecimal. */
    static final Script BROKEN_CHUNKED = ex -> {
        ex.readRequestHead();
        ex.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\nbad\r\n0\r\n\r\n").close();
    };

    /** Reads the request and says nothing for up to 20 s. */
    static final Script STALL = ex -> {
        ex.readRequestHead();
        ex.stall(Duration.ofSeconds(20));
    };

    /** Promises 1 MB and sends one byte every 100 ms, for at most 30 s. */
    static final Script TRICKLE = ex -> {
        ex.readRequestHead();
        ex.write("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n");
        ex.trickle("x", Duration.ofMillis(100), 300);
    };

    /** Declares {@link #HUGE_LENGTH} bytes, sends 64 KB, then holds the connection. */
    static final Script HUGE_CONTENT_LENGTH = ex -> {
        ex.readRequestHead();
        ex.write("HTTP/1.1 200 OK\r\nContent-Length: " + HUGE_LENGTH + "\r\n\r\n").write(new byte[65_536]);
        ex.stall(Duration.ofSeconds(20));
    };

    /** One header of 1 MB. */
    static final Script ONE_MEGABYTE_HEADER = ex -> {
        ex.readRequestHead();
        ex.write("HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(1 << 20) + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        ex.close();
    };

    /** 10,000 headers. */
    static final Script TEN_THOUSAND_HEADERS = ex -> {
        ex.readRequestHead();
        StringBuilder sb = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append("X-H").append(i).append(": v").append(i).append("\r\n");
        }
        ex.write(sb.append("Content-Length: 2\r\nConnection: close\r\n\r\nok").toString());
        ex.close();
    };

    /** {@code status} (204 or 304) followed by bytes it must not carry, then close. */
    static Script bodyAfter(int status, String reason) {
        return ex -> {
            ex.readRequestHead();
            ex.write("HTTP/1.1 " + status + " " + reason + "\r\nConnection: close\r\n\r\nSMUGGLED BODY");
            ex.stall(Duration.ofSeconds(2));
        };
    }

    /** A redirect to {@code location}. */
    static Script redirectTo(String location) {
        return ex -> {
            ex.readRequestHead();
            ex.write("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            ex.close();
        };
    }

    /** A gzip stream of {@link #BOMB_SIZE} zero bytes (about 64 KB compressed). */
    static byte[] gzipBomb() throws IOException {
        Buffer compressed = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(compressed))) {
            byte[] zeros = new byte[1 << 20];
            for (long i = 0; i < BOMB_SIZE / zeros.length; i++) {
                sink.write(zeros);
            }
        }
        return compressed.readByteArray();
    }

    /** Serves the bomb with Content-Encoding: gzip. */
    static Script bomb(byte[] compressed) {
        return ex -> {
            ex.readRequestHead();
            ex.write("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + compressed.length
                    + "\r\nConnection: close\r\n\r\n").write(compressed);
            ex.stall(Duration.ofSeconds(5));
        };
    }

    /** Reads at most {@code limit} bytes from {@code in} in bounded steps and returns the count. */
    static long drain(java.io.InputStream in, long limit) throws IOException {
        byte[] buf = new byte[65_536];
        long total = 0;
        for (int i = 0; i < 10_000 && total < limit; i++) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
