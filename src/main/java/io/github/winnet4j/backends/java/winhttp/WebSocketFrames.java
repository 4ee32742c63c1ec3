package io.github.winnet4j.backends.java.winhttp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;

/**
 * RFC 6455 framing as a client: frames written masked, frame headers read unmasked. Payloads are
 * streamed, never buffered whole (a frame header is read, then its payload piece by piece).
 */
final class WebSocketFrames {
    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** A received frame header. */
    record Header(boolean fin, int opcode, long length, byte[] mask) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebSocketFrames() {
    }

    static void write(OutputStream out, boolean fin, int opcode, byte[] payload, int offset, int length)
            throws IOException {
        byte[] head = new byte[14];
        int n = 0;
        head[n++] = (byte) ((fin ? 0x80 : 0) | opcode);
        if (length < 126) {
            head[n++] = (byte) (0x80 | length);
        } else if (length < 65536) {
            head[n++] = (byte) (0x80 | 126);
            head[n++] = (byte) (length >> 8);
            head[n++] = (byte) length;
        } else {
            head[n++] = (byte) (0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                head[n++] = (byte) ((long) length >> shift);
            }
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        System.arraycopy(mask, 0, head, n, 4);
        n += 4;
        byte[] masked = new byte[length];
        for (int i = 0; i < length; i++) {
            masked[i] = (byte) (payload[offset + i] ^ mask[i & 3]);
        }
        out.write(head, 0, n);
        out.write(masked);
        out.flush();
    }

    static Header readHeader(InputStream in) throws IOException {
        int b0 = readByte(in);
        int b1 = readByte(in);
        long length = b1 & 0x7F;
        if (length == 126) {
            length = ((long) readByte(in) << 8) | readByte(in);
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | readByte(in);
            }
        }
        byte[] mask = null;
        if ((b1 & 0x80) != 0) {
            mask = new byte[4];
            readFully(in, mask, 0, 4);
        }
        return new Header((b0 & 0x80) != 0, b0 & 0x0F, length, mask);
    }

    static void readFully(InputStream in, byte[] into, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = in.read(into, offset + done, length - done);
            if (n < 0) {
                throw new EOFException("the WebSocket connection ended inside a frame");
            }
            done += n;
        }
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the WebSocket connection ended");
        }
        return b;
    }
}
