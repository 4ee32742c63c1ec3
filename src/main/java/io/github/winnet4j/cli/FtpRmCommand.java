package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;

/** {@code winnet ftp rm URL}: Delete a remote file (DELE). */
@Command(name = "rm", mixinStandardHelpOptions = true, description = "Delete a remote file (DELE).")
final class FtpRmCommand extends FtpPathCommand {
    @Override
    void apply(FtpSession ftp, String path) throws Exception {
        ftp.delete(path);
    }
}
