package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import io.github.winnet4j.api.WinInetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.nio.file.Path;

/** {@code winnet ftp get URL [-o FILE]}: a download (FtpOpenFileW, InternetReadFile). */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Download a file to stdout, or to FILE with -o (no partial FILE is left on failure).")
final class FtpGetCommand extends FtpSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path file;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        if (target.path().isEmpty() || target.path().endsWith("/")) {
            throw new IllegalArgumentException("'" + url + "' names a directory; use winnet ftp ls");
        }
        Boolean progress = options.progress != null ? options.progress : (file == null ? Boolean.FALSE : null);
        Progress meter = Progress.of(io, progress, "download", meter(progress) ? size(ftp, target.path()) : -1);
        try (OutputTarget out = OutputTarget.of(io, file)) {
            try (InputStream in = ftp.openRead(target.path(), type())) {
                BodyCopy.copy(in, out, meter);
            }
            out.commit();
        }
        return ExitCodes.OK;
    }

    private boolean meter(Boolean progress) {
        return progress != null ? progress : io.terminal().interactive();
    }

    private static long size(FtpSession ftp, String path) {
        try {
            return ftp.size(path);
        } catch (WinInetException e) {
            return -1; // the meter shows bytes and rate instead
        }
    }
}
