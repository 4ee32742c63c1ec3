package io.github.winnet4j.backends.jna;

import com.sun.jna.Pointer;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.Kernel32Messages;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.Optional;

import static io.github.winnet4j.raw.Kernel32Messages.FORMAT_MESSAGE_FROM_HMODULE;
import static io.github.winnet4j.raw.Kernel32Messages.FORMAT_MESSAGE_FROM_SYSTEM;
import static io.github.winnet4j.raw.Kernel32Messages.FORMAT_MESSAGE_IGNORE_INSERTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The native backend's message lookup: DLL table first, system table second, never a throw. */
class NativeMessagesTest {
    private static final int NAME_NOT_RESOLVED = 12007;
    private static final Pointer WININET = new Pointer(0x7ff0_0000L);
    private static final int FROM_MODULE = FORMAT_MESSAGE_FROM_HMODULE | FORMAT_MESSAGE_IGNORE_INSERTS;
    private static final int FROM_SYSTEM = FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS;

    private final Kernel32Messages kernel32 = mock(Kernel32Messages.class);
    private final NativeMessages messages = new NativeMessages(kernel32, "wininet.dll");

    /** Makes FormatMessageW with these flags write {@code text} into the caller's buffer. */
    private void table(int flags, String text) {
        when(kernel32.FormatMessageW(eq(flags), any(), anyInt(), anyInt(), any(), anyInt(), any()))
                .thenAnswer(call -> {
                    Pointer buffer = call.getArgument(4);
                    Utf16.write(buffer, text);
                    return text.length();
                });
    }

    @Test
    void theDllTableAnswersFirstAndTheSystemIsNotAsked() {
        when(kernel32.GetModuleHandleW(any())).thenReturn(WININET);
        table(FROM_MODULE, "The server name or address could not be resolved\r\n");

        assertEquals(Optional.of("The server name or address could not be resolved"),
                messages.message(NAME_NOT_RESOLVED));
        verify(kernel32).FormatMessageW(eq(FROM_MODULE), eq(WININET), eq(NAME_NOT_RESOLVED), eq(0),
                any(), eq(NativeMessages.BUFFER_CHARS), isNull());
        verify(kernel32, never()).FormatMessageW(eq(FROM_SYSTEM), any(), anyInt(), anyInt(), any(), anyInt(), any());
    }

    @Test
    void theModuleIsLookedUpByTheDllNameInUtf16() {
        ArgumentCaptor<Pointer> name = ArgumentCaptor.forClass(Pointer.class);
        when(kernel32.GetModuleHandleW(name.capture())).thenReturn(null);

        messages.message(5);

        assertEquals("wininet.dll", Utf16.decode(name.getValue()));
    }

    @Test
    void theSystemTableAnswersWhenTheDllHasNoEntry() {
        when(kernel32.GetModuleHandleW(any())).thenReturn(WININET);
        when(kernel32.FormatMessageW(eq(FROM_MODULE), any(), anyInt(), anyInt(), any(), anyInt(), any()))
                .thenReturn(0);
        table(FROM_SYSTEM, "Access is denied.\r\n");

        assertEquals(Optional.of("Access is denied."), messages.message(5));
        verify(kernel32).FormatMessageW(eq(FROM_SYSTEM), isNull(), eq(5), eq(0), any(),
                eq(NativeMessages.BUFFER_CHARS), isNull());
    }

    @Test
    void theSystemTableAnswersWhenTheDllIsNotLoaded() {
        when(kernel32.GetModuleHandleW(any())).thenReturn(null);
        table(FROM_SYSTEM, "The parameter is incorrect.");

        assertEquals(Optional.of("The parameter is incorrect."), messages.message(87));
        verify(kernel32, never()).FormatMessageW(eq(FROM_MODULE), any(), anyInt(), anyInt(), any(), anyInt(), any());
    }

    @Test
    void noTextInEitherTableIsEmpty() {
        when(kernel32.GetModuleHandleW(any())).thenReturn(WININET);
        when(kernel32.FormatMessageW(anyInt(), any(), anyInt(), anyInt(), any(), anyInt(), any())).thenReturn(0);

        assertEquals(Optional.empty(), messages.message(0x7fff_0001));
    }

    @Test
    void aBlankEntryCountsAsNoText() {
        when(kernel32.GetModuleHandleW(any())).thenReturn(null);
        table(FROM_SYSTEM, "\r\n");

        assertEquals(Optional.empty(), messages.message(1));
    }

    @Test
    void aMissingKernel32IsEmptyNotAThrow() {
        when(kernel32.GetModuleHandleW(any())).thenThrow(new UnsatisfiedLinkError("kernel32"));

        assertEquals(Optional.empty(), messages.message(NAME_NOT_RESOLVED));
    }

    @Test
    void aFailingFormatCallIsEmptyNotAThrow() {
        when(kernel32.GetModuleHandleW(any())).thenReturn(WININET);
        when(kernel32.FormatMessageW(anyInt(), any(), anyInt(), anyInt(), any(), anyInt(), any()))
                .thenThrow(new IllegalStateException("boom"));

        assertEquals(Optional.empty(), messages.message(NAME_NOT_RESOLVED));
    }

    @Test
    void theBackendDelegatesToTheDllTable() {
        when(kernel32.GetModuleHandleW(any())).thenReturn(WININET);
        table(FROM_MODULE, "The handle is in the wrong state for the requested operation");
        NativeBackend backend = new NativeBackend(null, kernel32);

        assertEquals("native", backend.name());
        assertNull(backend.wininet());
        assertEquals(Optional.of("The handle is in the wrong state for the requested operation"),
                backend.message(12019));
        assertSame(backend.message(1).getClass(), Optional.class);
    }
}
