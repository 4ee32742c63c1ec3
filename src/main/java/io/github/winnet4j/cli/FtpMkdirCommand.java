package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;

/** {@code winnet ftp mkdir URL}: Create a remote directory (MKD). */
@Command(name = "mkdir", mixinStandardHelpOptions = true, description = "Create a remote directory (MKD).")
final class FtpMkdirCommand extends FtpPathCommand {
    @Override
    void apply(FtpSession ftp, String path) throws Exception {
        ftp.createDirectory(path);
    }
}
