package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinBase.FILETIME;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WIN32_FIND_DATAW;
import org.apache.commons.net.ftp.FTPFile;

import java.time.Instant;
import java.util.Arrays;

/**
 * Fills WIN32_FIND_DATAW from a listing entry: the name as UTF-16 (cut to MAX_PATH - 1
 * characters), the 64-bit size split into high and low DWORDs, FILE_ATTRIBUTE_DIRECTORY or
 * FILE_ATTRIBUTE_NORMAL, and the modification time as FILETIME in all three time fields (FTP
 * listings know only that one; zero when the listing gives none). The short name stays empty.
 */
final class FtpFindData {
    static final int FILE_ATTRIBUTE_DIRECTORY = 0x10;
    static final int FILE_ATTRIBUTE_NORMAL = 0x80;
    /** 100-ns intervals between 1601-01-01 and 1970-01-01. */
    private static final long EPOCH_DIFFERENCE_100NS = 116_444_736_000_000_000L;

    private FtpFindData() {
    }

    static void fill(WIN32_FIND_DATAW data, FTPFile entry) {
        data.dwFileAttributes = entry.isDirectory() ? FILE_ATTRIBUTE_DIRECTORY : FILE_ATTRIBUTE_NORMAL;
        long size = entry.isDirectory() ? 0 : Math.max(entry.getSize(), 0);
        data.nFileSizeHigh = (int) (size >>> 32);
        data.nFileSizeLow = (int) size;
        long time = fileTime(entry.getTimestampInstant());
        for (FILETIME ft : new FILETIME[] {
                data.ftCreationTime, data.ftLastAccessTime, data.ftLastWriteTime}) {
            ft.dwHighDateTime = (int) (time >>> 32);
            ft.dwLowDateTime = (int) time;
        }
        data.dwReserved0 = 0;
        data.dwReserved1 = 0;
        Arrays.fill(data.cFileName, (byte) 0);
        Arrays.fill(data.cAlternateFileName, (byte) 0);
        String name = entry.getName();
        if (name.length() > WIN32_FIND_DATAW.MAX_PATH - 1) {
            name = name.substring(0, WIN32_FIND_DATAW.MAX_PATH - 1);
        }
        Utf16.write(data.cFileName, name);
        data.write();
    }

    /** Fills the structure at {@code memory} (InternetFindNextFileW's untyped pointer). */
    static void fill(Pointer memory, FTPFile entry) {
        WIN32_FIND_DATAW data = new WIN32_FIND_DATAW();
        fill(data, entry);
        byte[] bytes = data.getPointer().getByteArray(0, data.size());
        memory.write(0, bytes, 0, bytes.length);
    }

    static long fileTime(Instant instant) {
        if (instant == null) {
            return 0;
        }
        return instant.getEpochSecond() * 10_000_000L + instant.getNano() / 100 + EPOCH_DIFFERENCE_100NS;
    }
}
