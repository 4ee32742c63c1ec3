package io.github.winnet4j.api;

import com.sun.jna.platform.win32.WinBase.FILETIME;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WIN32_FIND_DATAW;

import java.time.Instant;
import java.util.Optional;

/** Turns a WIN32_FIND_DATAW that WinINet filled in into an {@link FtpEntry}. */
final class FtpFindData {
    /** 100-ns intervals between 1601-01-01 (FILETIME's epoch) and 1970-01-01. */
    private static final long EPOCH_DIFFERENCE_100NS = 116_444_736_000_000_000L;

    private FtpFindData() {
    }

    static FtpEntry entry(WIN32_FIND_DATAW data) {
        long size = ((long) data.nFileSizeHigh << 32) | (data.nFileSizeLow & 0xFFFFFFFFL);
        return new FtpEntry(Utf16.decode(data.cFileName), size,
                (data.dwFileAttributes & FtpEntry.FILE_ATTRIBUTE_DIRECTORY) != 0, data.dwFileAttributes,
                instant(data.ftLastWriteTime), instant(data.ftCreationTime));
    }

    /** A FILETIME as an Instant; empty for 0, which WinINet leaves when it knows no time. */
    static Optional<Instant> instant(FILETIME t) {
        if (t == null) {
            return Optional.empty();
        }
        long ticks = ((long) t.dwHighDateTime << 32) | (t.dwLowDateTime & 0xFFFFFFFFL);
        if (ticks == 0) {
            return Optional.empty();
        }
        long sinceEpoch = ticks - EPOCH_DIFFERENCE_100NS;
        return Optional.of(Instant.ofEpochSecond(Math.floorDiv(sinceEpoch, 10_000_000L),
                Math.floorMod(sinceEpoch, 10_000_000L) * 100));
    }
}
