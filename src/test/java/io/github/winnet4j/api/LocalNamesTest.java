package io.github.winnet4j.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Which server-chosen names may become local files. */
class LocalNamesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../evil", "..\\evil", "/etc/passwd", "\\\\server\\share\\x",
            "a/b", "a\\b", "C:evil", "C:\\evil", "x:stream", "bell\u0007", "nul\u0000x", "line\nbreak",
            "del\u007f", "trailing.", "trailing ", "CON", "con.txt", "LPT1", "Nul.log"})
    void refused(String name) {
        UnsafeFileNameException e = assertThrows(UnsafeFileNameException.class, () -> LocalNames.resolve(dir, name));
        assertEquals(name, e.name());
        assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20), "the message is printable: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", ".hidden", "caf\u00e9.txt", "name with spaces.txt", "...x", "CONFIG.SYS", "a..b"})
    void accepted(String name) throws Exception {
        Path p = LocalNames.resolve(dir, name);
        assertEquals(dir.toAbsolutePath().normalize(), p.getParent());
        assertEquals(name, p.getFileName().toString());
    }

    @Test
    void replyCodeComesFromTheLastLineOfAMultiLineReply() {
        assertEquals(550, FtpReplyException.replyCode("550 No such file", 0));
        assertEquals(550, FtpReplyException.replyCode("550-Details\r\n more\r\n550 No such file\r\n", 0));
        assertEquals(226, FtpReplyException.replyCode("150 Opening\r\n226 Done", 0));
        assertEquals(0, FtpReplyException.replyCode("no code here", 0));
        assertEquals(451, FtpReplyException.replyCode(null, 451));
        assertEquals(0, FtpReplyException.replyCode(null, 12003));
    }
}
