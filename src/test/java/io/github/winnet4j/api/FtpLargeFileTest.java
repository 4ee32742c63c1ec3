package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A 64 MiB file streamed up and down through fixed buffers: the test holds one 64 KiB chunk at a
 * time, never the file.
 */
class FtpLargeFileTest extends FtpTestBase {
    private static final long SIZE = 64L * 1024 * 1024 + 17;
    private static final int CHUNK = 64 * 1024;

    @AllBackends
    void sixtyFourMebibytesBothWays(Backend backend) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        CRC32 sent = new CRC32();
        byte[] chunk = new byte[CHUNK];
        try (InternetSession s = session(backend); FtpSession ftp = login(s)) {
            try (OutputStream out = ftp.openWrite("big.bin", TransferType.BINARY)) {
                for (long done = 0; done < SIZE; ) {
                    int n = (int) Math.min(CHUNK, SIZE - done);
                    fill(chunk, done, n);
                    out.write(chunk, 0, n);
                    sent.update(chunk, 0, n);
                    done += n;
                    assertTrue(System.nanoTime() < deadline, "upload took too long");
                }
            }
            assertEquals(SIZE, Files.size(home.resolve("big.bin")));

            CRC32 received = new CRC32();
            long total = 0;
            try (InputStream in = ftp.openRead("big.bin", TransferType.BINARY)) {
                // Bounded: at most SIZE reads of at least one byte before -1.
                for (long i = 0; i <= SIZE; i++) {
                    int n = in.read(chunk);
                    if (n < 0) {
                        break;
                    }
                    received.update(chunk, 0, n);
                    total += n;
                    assertTrue(System.nanoTime() < deadline, "download took too long");
                }
            }
            assertEquals(SIZE, total);
            assertEquals(sent.getValue(), received.getValue());
        }
    }

    /** Deterministic content: each byte a function of its offset. */
    private static void fill(byte[] b, long offset, int n) {
        for (int i = 0; i < n; i++) {
            long p = offset + i;
            b[i] = (byte) (p * 31 + (p >>> 11));
        }
    }
}
