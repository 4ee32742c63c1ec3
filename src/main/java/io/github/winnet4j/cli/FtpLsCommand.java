package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpEntry;
import io.github.winnet4j.api.FtpListing;
import io.github.winnet4j.api.FtpReplyException;
import io.github.winnet4j.api.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code winnet ftp ls URL}: a directory listing as WinINet parsed it (FtpFindFirstFileW). */
@Command(name = "ls", mixinStandardHelpOptions = true,
        description = "List a directory (or the files matching a name): type, size, time (UTC), name.")
final class FtpLsCommand extends FtpSubcommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Override
    String url() {
        return url;
    }

    @Override
    int run(FtpSession ftp, FtpTarget target) throws Exception {
        List<FtpEntry> entries;
        if (target.path().isEmpty()) {
            entries = list(ftp, null);
        } else {
            boolean directory;
            try {
                ftp.changeDirectory(target.path());
                directory = true;
            } catch (FtpReplyException e) {
                directory = false; // not a directory: list it as a name or pattern
            }
            entries = list(ftp, directory ? null : target.path());
        }
        for (FtpEntry e : entries) {
            io.out().printf(Locale.ROOT, "%s %12d %s %s%n", e.directory() ? "d" : "-", e.size(),
                    e.lastWrite().map(TIME::format).orElse("                "), Printable.of(e.name()));
        }
        return ExitCodes.OK;
    }

    private static List<FtpEntry> list(FtpSession ftp, String pattern) throws Exception {
        try (FtpListing listing = pattern == null ? ftp.list() : ftp.list(pattern)) {
            return listing.toList();
        }
    }
}
