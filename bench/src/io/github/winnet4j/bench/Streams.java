package io.github.winnet4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Drains and fills streams with 64 KiB arrays and checks the byte count, so no client can skip work. */
final class Streams {
    static final int CHUNK = 64 * 1024;
    private static final byte[] ZEROS = new byte[CHUNK];

    private Streams() {
    }

    static void drain(InputStream in, long expected) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
        }
        if (expected >= 0 && total != expected) {
            throw new IOException("read " + total + " bytes, expected " + expected);
        }
    }

    static void fill(OutputStream out, long length) throws IOException {
        for (long left = length; left > 0; ) {
            int n = (int) Math.min(CHUNK, left);
            out.write(ZEROS, 0, n);
            left -= n;
        }
    }
}
