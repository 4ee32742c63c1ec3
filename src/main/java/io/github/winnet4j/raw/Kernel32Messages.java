package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The two kernel32.dll entry points that turn an error code into text. jna-platform's
 * {@code Kernel32Util.formatMessage} asks only the system table and throws when it has no text,
 * while the 12xxx WinINet messages live in wininet.dll's own message table; this binding lets the
 * native backend ask the DLL's module first, into a buffer it owns.
 *
 * <p>Strings are {@link Pointer}s to UTF-16LE memory, as in {@link WinInet}; no method declares
 * {@code LastErrorException} in a throws clause.
 */
public interface Kernel32Messages extends StdCallLibrary {
    /** {@code FORMAT_MESSAGE_IGNORE_INSERTS}: leave {@code %1} and the like as they are. */
    int FORMAT_MESSAGE_IGNORE_INSERTS = 0x00000200;
    /** {@code FORMAT_MESSAGE_FROM_HMODULE}: look in the message table of {@code lpSource}. */
    int FORMAT_MESSAGE_FROM_HMODULE = 0x00000800;
    /** {@code FORMAT_MESSAGE_FROM_SYSTEM}: look in the system's message table. */
    int FORMAT_MESSAGE_FROM_SYSTEM = 0x00001000;

    /**
     * The handle of an already loaded module ({@code LPCWSTR lpModuleName}), without taking a
     * reference; {@code NULL} when the module is not loaded.
     *
     * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/libloaderapi/nf-libloaderapi-getmodulehandlew">GetModuleHandleW</a>
     */
    Pointer GetModuleHandleW(Pointer lpModuleName);

    /**
     * Formats a message-table entry into {@code lpBuffer} (capacity {@code nSize} WCHARs, without
     * {@code FORMAT_MESSAGE_ALLOCATE_BUFFER}). Returns the number of WCHARs stored, not counting
     * the NUL, or 0 on failure (ERROR_MR_MID_NOT_FOUND when the table has no such entry).
     *
     * @see <a href="https://learn.microsoft.com/en-us/windows/win32/api/winbase/nf-winbase-formatmessagew">FormatMessageW</a>
     */
    int FormatMessageW(int dwFlags, Pointer lpSource, int dwMessageId, int dwLanguageId,
                       Pointer lpBuffer, int nSize, Pointer Arguments);
}
