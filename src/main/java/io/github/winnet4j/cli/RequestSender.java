package io.github.winnet4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Sends a request with its body: none, bytes, or a file streamed with its length declared up front. */
final class RequestSender {
    private final Io io;
    private final Boolean progress;

    RequestSender(Io io, Boolean progress) {
        this.io = io;
        this.progress = progress;
    }

    void send(Exchange r, RequestBodySource body) throws IOException {
        if (body == null) {
            r.send(new byte[0]);
            return;
        }
        if (body.bytes() != null) {
            r.send(body.bytes());
            return;
        }
        Progress meter = Progress.of(io, progress, "upload", body.length());
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = body.open(); OutputStream out = r.sendStreaming(body.length())) {
            // Bounded by the file's length: each pass reads at least one byte or ends.
            while (true) {
                int n = readFile(in, buffer);
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                meter.advance(n);
            }
        } catch (IOException | RuntimeException e) {
            meter.abandon();
            throw e;
        }
        meter.finish();
        r.receiveAfterStreaming();
    }

    private static int readFile(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.READ_ERROR, "cannot read the -d file: " + e.getMessage(), e);
        }
    }
}
