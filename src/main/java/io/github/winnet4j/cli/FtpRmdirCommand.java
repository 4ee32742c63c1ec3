package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code winnet ftp rmdir URL}: Remove an empty remote directory (RMD). */
@Command(name = "rmdir", mixinStandardHelpOptions = true, description = "Remove an empty remote directory (RMD).")
final class FtpRmdirCommand extends FtpSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        ftp.removeDirectory(required(target));
        return ExitCodes.OK;
    }
}
