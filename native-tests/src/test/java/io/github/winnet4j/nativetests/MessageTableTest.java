package io.github.winnet4j.nativetests;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.win32.W32APIOptions;
import io.github.winnet4j.marshal.ErrorMessages;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.Kernel32Messages;
import io.github.winnet4j.raw.WinInetErrors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.Optional;

import static io.github.winnet4j.nativetests.NativeCalls.BACKEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/** Error texts from the real message tables: wininet.dll's own for 12xxx, the system's otherwise. */
@Tag("native-only")
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "reads the real DLLs' message tables")
class MessageTableTest {
    private static final int CODE = WinInetErrors.ERROR_INTERNET_NAME_NOT_RESOLVED;
    private static final Kernel32Messages KERNEL32 =
            Native.load("kernel32", Kernel32Messages.class, W32APIOptions.UNICODE_OPTIONS);

    @Test
    void nameNotResolvedHasTheTextOfWininetsOwnTable(TestReporter reporter) {
        Pointer module = KERNEL32.GetModuleHandleW(Utf16.encode("wininet.dll", "module"));
        assertNotNull(module, "wininet.dll is loaded by the native backend");
        Memory buffer = Utf16.allocate(1024);
        int chars = KERNEL32.FormatMessageW(Kernel32Messages.FORMAT_MESSAGE_FROM_HMODULE
                | Kernel32Messages.FORMAT_MESSAGE_IGNORE_INSERTS, module, CODE, 0, buffer, 1024, null);
        int error = chars == 0 ? Native.getLastError() : 0;
        Optional<String> viaBackend = BACKEND.message(CODE);
        reporter.publishEntry("ERROR_INTERNET_NAME_NOT_RESOLVED", viaBackend.orElse("(no text)"));

        if (chars == 0) {
            String what = "wininet.dll has no message-table text for ERROR_INTERNET_NAME_NOT_RESOLVED ("
                    + CODE + "): FormatMessageW(FORMAT_MESSAGE_FROM_HMODULE) returned 0, GetLastError()="
                    + error + "; the native backend answers " + viaBackend + " (system table)";
            if (Wine.version().isPresent()) {
                abort("Wine " + Wine.version().get() + " deviates from Windows: " + what);
            }
            fail(what);
        }
        String dllText = Utf16.decode(buffer, chars).strip();
        assertFalse(dllText.isEmpty());
        assertEquals(Optional.of(dllText), viaBackend);
    }

    @Test
    void aSystemErrorHasTheSystemTablesText(TestReporter reporter) {
        Optional<String> text = BACKEND.message(6);
        reporter.publishEntry("ERROR_INVALID_HANDLE", text.orElse("(no text)"));
        assertTrue(text.isPresent() && !text.get().isBlank(), "system text for ERROR_INVALID_HANDLE");
    }

    @Test
    void anUnknownCodeHasNoTextAndNeverThrows() {
        assertEquals(Optional.empty(), BACKEND.message(0x2EFF_FF00));
        assertEquals("Unknown error (0x2EFFFF00)", ErrorMessages.text(BACKEND, 0x2EFF_FF00));
    }
}
