package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;

/** {@code winnet ftp rmdir URL}: Remove an empty remote directory (RMD). */
@Command(name = "rmdir", mixinStandardHelpOptions = true, description = "Remove an empty remote directory (RMD).")
final class FtpRmdirCommand extends FtpPathCommand {
    @Override
    void apply(FtpSession ftp, String path) throws Exception {
        ftp.removeDirectory(path);
    }
}
