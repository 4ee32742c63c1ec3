package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.MockBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.winnet4j.raw.WinInetConstants.INTERNET_FLAG_PASSIVE;
import static io.github.winnet4j.raw.WinInetConstants.INTERNET_SERVICE_FTP;
import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

/**
 * What only a scripted DLL shows: which arguments reach InternetConnectW, that refused input makes
 * no native call, that the password's native copy is wiped, and what the wrapper does when the DLL
 * leaves a partial file behind.
 */
class FtpMockTest {
    private static final HINTERNET SESSION = HINTERNET.of(0x10);
    private static final HINTERNET FTP = HINTERNET.of(0x20);

    @TempDir
    Path temp;
    private MockBackend mock;

    @BeforeEach
    void script() {
        mock = new MockBackend();
        when(mock.api.InternetOpenW(any(), anyInt(), any(), any(), anyInt())).thenReturn(SESSION);
        when(mock.api.InternetConnectW(any(), any(), anyShort(), any(), any(), anyInt(), anyInt(), any())).thenReturn(FTP);
        when(mock.api.InternetCloseHandle(any())).thenReturn(true);
    }

    private InternetSession session() throws WinInetException {
        return InternetSession.builder().backend(mock).direct().open();
    }

    @Test
    void anonymousPassesNullsAndPassiveIsTheDefault() throws Exception {
        try (InternetSession s = session(); FtpSession ftp = s.connectFtp("127.0.0.1", 0)) {
            assertFalse(ftp.isClosed());
        }
        verify(mock.api).InternetConnectW(eq(SESSION), any(), eq((short) 21), isNull(), isNull(),
                eq(INTERNET_SERVICE_FTP), eq(INTERNET_FLAG_PASSIVE), any());
    }

    @Test
    void userWithoutPasswordPassesANullPasswordAndActiveModeNoFlag() throws Exception {
        try (InternetSession s = session();
             FtpSession ftp = s.ftp("127.0.0.1").port(2121).passive(false).user("bob").open()) {
            assertFalse(ftp.isClosed());
        }
        verify(mock.api).InternetConnectW(eq(SESSION), any(), eq((short) 2121), notNull(), isNull(),
                eq(INTERNET_SERVICE_FTP), eq(0), any());
    }

    @Test
    void passwordReachesNativeCodeAndItsNativeCopyIsWiped() throws Exception {
        ArgumentCaptor<Pointer> password = ArgumentCaptor.forClass(Pointer.class);
        String[] seen = new String[1];
        when(mock.api.InternetConnectW(any(), any(), anyShort(), any(), password.capture(), anyInt(), anyInt(), any()))
                .thenAnswer(inv -> {
                    seen[0] = io.github.winnet4j.marshal.Utf16.decode((Pointer) inv.getArgument(4));
                    return FTP;
                });
        try (InternetSession s = session();
             FtpSession ftp = s.ftp("127.0.0.1").user("alice").password("s3cret".toCharArray()).open()) {
            assertFalse(ftp.isClosed());
        }
        assertEquals("s3cret", seen[0]);
        Memory after = (Memory) password.getValue();
        for (long i = 0; i < after.size(); i++) {
            assertEquals(0, after.getByte(i), "byte " + i + " of the native password copy");
        }
    }

    @Test
    void refusedInputMakesNoNativeCall() throws Exception {
        try (InternetSession s = session()) {
            assertThrows(IllegalArgumentException.class,
                    () -> s.ftp("127.0.0.1").password("p".toCharArray()).open());
            verify(mock.api, never()).InternetConnectW(any(), any(), anyShort(), any(), any(), anyInt(), anyInt(), any());
            try (FtpSession ftp = s.connectFtp("127.0.0.1", 21)) {
                assertThrows(IllegalArgumentException.class, () -> ftp.delete("a\r\nDELE b"));
                assertThrows(IllegalArgumentException.class, () -> ftp.command("NOOP\nQUIT"));
                assertThrows(IllegalArgumentException.class, () -> ftp.rename("a\0", "b"));
                verify(mock.api, never()).FtpDeleteFileW(any(), any());
                verify(mock.api, never()).FtpCommandW(any(), anyBoolean(), anyInt(), any(), any(), any());
                verify(mock.api, never()).FtpRenameFileW(any(), any(), any());
            }
        }
    }

    @Test
    void aPartialFileTheDllLeftIsDeletedWhenThereWasNoneBefore() throws Exception {
        Path target = temp.resolve("partial.bin");
        when(mock.api.FtpGetFileW(any(), any(), any(), anyBoolean(), anyInt(), anyInt(), any())).thenAnswer(inv -> {
            Files.write(target, new byte[10]); // what a DLL might leave after a broken transfer
            mock.lastError.set(WinInetErrors.ERROR_INTERNET_CONNECTION_ABORTED);
            return false;
        });
        try (InternetSession s = session(); FtpSession ftp = s.connectFtp("127.0.0.1", 21)) {
            WinInetException e = assertThrows(WinInetException.class,
                    () -> ftp.download("a.bin", target, false, TransferType.BINARY));
            assertEquals(WinInetErrors.ERROR_INTERNET_CONNECTION_ABORTED, e.errorCode());
            assertFalse(Files.exists(target));
        }
    }

    @Test
    void aFileThatExistedBeforeIsLeftToTheCaller() throws Exception {
        Path target = Files.writeString(temp.resolve("mine.txt"), "mine");
        when(mock.api.FtpGetFileW(any(), any(), any(), anyBoolean(), anyInt(), anyInt(), any())).thenAnswer(inv -> {
            mock.lastError.set(80); // ERROR_FILE_EXISTS
            return false;
        });
        try (InternetSession s = session(); FtpSession ftp = s.connectFtp("127.0.0.1", 21)) {
            WinInetException e = assertThrows(WinInetException.class,
                    () -> ftp.download("a.txt", target, true, TransferType.BINARY));
            assertEquals(80, e.errorCode());
            assertEquals("mine", Files.readString(target));
        }
    }

    @Test
    void aReplyFailureCarriesTheResponseText() throws Exception {
        when(mock.api.FtpDeleteFileW(any(), any())).thenAnswer(inv -> {
            mock.lastError.set(WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR);
            return false;
        });
        when(mock.api.InternetGetLastResponseInfoW(any(), any(), any())).thenAnswer(inv -> {
            com.sun.jna.ptr.IntByReference len = inv.getArgument(2);
            String text = "550-No such file\r\n550 Really not there\r\n";
            Pointer buf = inv.getArgument(1);
            if (buf == null || len.getValue() <= text.length()) {
                len.setValue(text.length());
                return false;
            }
            io.github.winnet4j.marshal.Utf16.write(buf, text);
            len.setValue(text.length());
            return true;
        });
        try (InternetSession s = session(); FtpSession ftp = s.connectFtp("127.0.0.1", 21)) {
            FtpReplyException e = assertThrows(FtpReplyException.class, () -> ftp.delete("x"));
            assertEquals(550, e.replyCode());
            assertTrue(e.serverText().contains("Really not there"), e.serverText());
        }
    }
}
