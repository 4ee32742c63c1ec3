package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WinInetConstants;

import java.time.LocalDateTime;

/** InternetTimeFromSystemTimeW and InternetTimeToSystemTimeW. */
final class TimeCalls {
    /** INTERNET_RFC1123_FORMAT (0 in wininet.h). */
    static final int INTERNET_RFC1123_FORMAT = 0;

    private TimeCalls() {
    }

    /** Formats as RFC 1123; {@code cbTime} in bytes must hold INTERNET_RFC1123_BUFSIZE characters. */
    static void fromSystemTime(SYSTEMTIME time, int format, Pointer buffer, int cbTime) throws Win32Failure {
        if (time == null || buffer == null || format != INTERNET_RFC1123_FORMAT) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        if (Integer.toUnsignedLong(cbTime) < (long) WinInetConstants.INTERNET_RFC1123_BUFSIZE * Utf16.CHAR_BYTES) {
            throw new Win32Failure(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
        String text = HttpDates.rfc1123(time);
        if (text == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        Utf16.write(buffer, text);
    }

    /** Parses RFC 1123, RFC 850 or asctime into the SYSTEMTIME (fields and memory). */
    static void toSystemTime(Pointer text, SYSTEMTIME time) throws Win32Failure {
        String value = Utf16.decode(text);
        if (value == null || time == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        LocalDateTime parsed = HttpDates.parse(value);
        if (parsed == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        HttpDates.fill(time, parsed);
        time.write();
    }
}
