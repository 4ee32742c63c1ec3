package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code winnet ftp rm URL}: Delete a remote file (DELE). */
@Command(name = "rm", mixinStandardHelpOptions = true, description = "Delete a remote file (DELE).")
final class FtpRmCommand extends FtpSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        ftp.delete(required(target));
        return ExitCodes.OK;
    }
}
