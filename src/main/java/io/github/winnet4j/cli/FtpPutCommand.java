package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/** {@code winnet ftp put FILE URL}: an upload (FtpOpenFileW, InternetWriteFile). */
@Command(name = "put", mixinStandardHelpOptions = true,
        description = "Upload FILE to URL (to URL/FILE's name when URL ends with '/' or has no path).")
final class FtpPutCommand extends FtpSubcommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1", paramLabel = "URL")
    String url;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        RequestBodySource source = new RequestBodySource.FromFile(file);
        String remote = target.orChild(file.getFileName().toString());
        Progress meter = Progress.of(io, options.progress, "upload", source.length());
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = source.open(); OutputStream out = ftp.openWrite(remote, type())) {
            // Bounded by the file: each pass moves at least one byte or ends.
            for (int n = read(in, buffer); n >= 0; n = read(in, buffer)) {
                out.write(buffer, 0, n);
                meter.advance(n);
            }
        } catch (IOException | RuntimeException e) {
            meter.abandon();
            throw e;
        }
        meter.finish();
        return ExitCodes.OK;
    }

    private int read(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.READ_ERROR, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
