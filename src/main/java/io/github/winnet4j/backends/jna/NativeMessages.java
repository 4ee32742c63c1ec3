package io.github.winnet4j.backends.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.Kernel32Messages;

import java.util.Optional;

/**
 * Message text for a Win32 error code on Windows: wininet.dll's own message table first (where
 * the 12xxx ERROR_INTERNET_* texts live), then the system's table.
 *
 * <p>FormatMessageW writes into a buffer this class allocates, so nothing has to be freed with
 * LocalFree; inserts are ignored, because no arguments are known. Lookup never throws.
 */
final class NativeMessages {
    /** Capacity of the message buffer in WCHARs; message-table entries are far shorter. */
    static final int BUFFER_CHARS = 4096;

    private final Kernel32Messages kernel32;
    private final String moduleName;

    /**
     * @param kernel32   the FormatMessageW binding
     * @param moduleName the module whose table is asked first, e.g. {@code "wininet.dll"}
     */
    NativeMessages(Kernel32Messages kernel32, String moduleName) {
        this.kernel32 = kernel32;
        this.moduleName = moduleName;
    }

    /** The text for {@code code}, without trailing line breaks; empty when neither table has it. */
    Optional<String> message(int code) {
        try {
            Memory buffer = Utf16.allocate(BUFFER_CHARS);
            Pointer module = kernel32.GetModuleHandleW(Utf16.encode(moduleName, "moduleName"));
            if (module != null) {
                Optional<String> text = format(Kernel32Messages.FORMAT_MESSAGE_FROM_HMODULE, module, code, buffer);
                if (text.isPresent()) {
                    return text;
                }
            }
            return format(Kernel32Messages.FORMAT_MESSAGE_FROM_SYSTEM, null, code, buffer);
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private Optional<String> format(int source, Pointer module, int code, Memory buffer) {
        buffer.clear();
        int chars = kernel32.FormatMessageW(source | Kernel32Messages.FORMAT_MESSAGE_IGNORE_INSERTS,
                module, code, 0, buffer, BUFFER_CHARS, null);
        if (chars <= 0) {
            return Optional.empty();
        }
        String text = Utf16.decode(buffer, Math.min(chars, BUFFER_CHARS)).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
