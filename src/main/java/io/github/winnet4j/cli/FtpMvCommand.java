package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code winnet ftp mv URL NEW-NAME}: a rename (RNFR, RNTO). */
@Command(name = "mv", mixinStandardHelpOptions = true,
        description = "Rename the remote file or directory at URL to NEW-NAME (a path on the same server).")
final class FtpMvCommand extends FtpSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Parameters(index = "1", paramLabel = "NEW-NAME")
    String newName;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        ftp.rename(required(target), newName);
        return ExitCodes.OK;
    }
}
