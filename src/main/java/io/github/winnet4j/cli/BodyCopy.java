package io.github.winnet4j.cli;

import java.io.IOException;
import java.io.InputStream;

/** Copies a response body to its destination, counting it on the progress meter. */
final class BodyCopy {
    private BodyCopy() {
    }

    static long copy(InputStream body, OutputTarget out, Progress meter) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            // Bounded by the body: each pass moves at least one byte or ends.
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                out.write(buffer, 0, n);
                total += n;
                meter.advance(n);
            }
        } catch (IOException | RuntimeException e) {
            meter.abandon();
            throw e;
        }
        meter.finish();
        return total;
    }
}
