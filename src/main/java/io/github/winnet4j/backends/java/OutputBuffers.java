package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;

/**
 * Writes results into caller-owned buffers with the two length conventions of wininet.dll's W
 * functions, failing with ERROR_INSUFFICIENT_BUFFER (and the size required) when they do not fit.
 */
public final class OutputBuffers {
    private OutputBuffers() {
    }

    /**
     * Byte lengths (HttpQueryInfoW): on success the bytes written without the terminator; when
     * short, the bytes required including it.
     */
    public static void stringInBytes(Pointer buffer, IntByReference length, String value) throws Win32Failure {
        int required = (value.length() + 1) * Utf16.CHAR_BYTES;
        if (buffer == null || Integer.toUnsignedLong(length.getValue()) < required) {
            length.setValue(required);
            throw new Win32Failure(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
        Utf16.write(buffer, value);
        length.setValue(value.length() * Utf16.CHAR_BYTES);
    }

    /**
     * String options (InternetQueryOptionW): on success the characters written without the
     * terminator; when short, the bytes required including it.
     */
    public static void optionString(Pointer buffer, IntByReference length, String value) throws Win32Failure {
        int required = (value.length() + 1) * Utf16.CHAR_BYTES;
        if (buffer == null || Integer.toUnsignedLong(length.getValue()) < required) {
            length.setValue(required);
            throw new Win32Failure(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
        Utf16.write(buffer, value);
        length.setValue(value.length());
    }

    /**
     * Character lengths (InternetGetLastResponseInfoW and similar): on success the characters
     * written without the terminator; when short, the characters required including it.
     */
    public static void stringInChars(Pointer buffer, IntByReference length, String value) throws Win32Failure {
        int required = value.length() + 1;
        if (buffer == null || Integer.toUnsignedLong(length.getValue()) < required) {
            length.setValue(required);
            throw new Win32Failure(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
        Utf16.write(buffer, value);
        length.setValue(value.length());
    }

    /** A fixed-size value of {@code size} bytes: when short, the size is reported. */
    public static void requireRoom(Pointer buffer, IntByReference length, int size) throws Win32Failure {
        if (Integer.toUnsignedLong(length.getValue()) < size) {
            length.setValue(size);
            throw new Win32Failure(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
        if (buffer == null) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        length.setValue(size);
    }
}
