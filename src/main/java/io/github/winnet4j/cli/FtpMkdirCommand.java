package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code winnet ftp mkdir URL}: Create a remote directory (MKD). */
@Command(name = "mkdir", mixinStandardHelpOptions = true, description = "Create a remote directory (MKD).")
final class FtpMkdirCommand extends FtpSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        ftp.createDirectory(required(target));
        return ExitCodes.OK;
    }
}
