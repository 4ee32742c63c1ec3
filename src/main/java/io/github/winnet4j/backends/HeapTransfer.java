package io.github.winnet4j.backends;

import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.raw.HINTERNET;

/**
 * Internal: not part of the public API, and it may change without notice. The body read and write
 * calls with a Java array in place of native memory, offered only by a backend that runs in the
 * JVM (the java backend), so that the library's body and FTP streams move bytes between the
 * caller's array and the engine without the native buffer that a DLL needs: two copies fewer per
 * byte. The native backend never offers it, and neither do wrappers that must see every raw call
 * (fault injection, mocks): the streams then use the raw calls.
 *
 * <p>Each method keeps the contract of the raw call it is named after exactly, with
 * {@code lpBuffer} replaced by {@code buffer} from {@code offset}: the same handle checks, the same
 * return value, the same count in the last argument, and on failure the same per-thread last error
 * for {@link Backend#lastError()}. The caller keeps {@code offset} and {@code length} within
 * {@code buffer}.
 */
public interface HeapTransfer {

    /** InternetReadFile into {@code buffer[offset ..]}. */
    boolean InternetReadFile(HINTERNET hFile, byte[] buffer, int offset, int length, IntByReference numberOfBytesRead);

    /** InternetWriteFile from {@code buffer[offset ..]}. */
    boolean InternetWriteFile(HINTERNET hFile, byte[] buffer, int offset, int length,
                              IntByReference numberOfBytesWritten);

    /** WinHttpReadData into {@code buffer[offset ..]}. */
    boolean WinHttpReadData(HINTERNET hRequest, byte[] buffer, int offset, int length, IntByReference read);

    /** WinHttpWriteData from {@code buffer[offset ..]}. */
    boolean WinHttpWriteData(HINTERNET hRequest, byte[] buffer, int offset, int length, IntByReference written);
}
