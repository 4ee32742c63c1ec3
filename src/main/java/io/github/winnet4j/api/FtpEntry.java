package io.github.winnet4j.api;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of an FTP directory listing, as WinINet parsed it into a WIN32_FIND_DATAW.
 *
 * <p>The name is the server's text: it may contain anything a hostile server puts in a listing,
 * including {@code ../} or an absolute path. Never use it as a local path directly; see
 * {@link FtpSession#downloadTo(FtpEntry, java.nio.file.Path, TransferType)}.
 *
 * @param name       the file name as listed
 * @param size       the size in bytes (64-bit; 0 for directories on most servers)
 * @param directory  whether the entry is a directory (FILE_ATTRIBUTE_DIRECTORY)
 * @param attributes the FILE_ATTRIBUTE_* bits
 * @param lastWrite  the modification time, absent when the listing gave none (FILETIME 0)
 * @param creation   the creation time, absent when the listing gave none (FILETIME 0)
 */
public record FtpEntry(String name, long size, boolean directory, int attributes,
                       Optional<Instant> lastWrite, Optional<Instant> creation) {
    /** FILE_ATTRIBUTE_DIRECTORY. */
    static final int FILE_ATTRIBUTE_DIRECTORY = 0x10;
}
