package io.github.winnet4j.nativetests;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.URL_COMPONENTSW;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static io.github.winnet4j.nativetests.NativeCalls.BACKEND;
import static io.github.winnet4j.nativetests.NativeCalls.WININET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** InternetCrackUrlW through the binding: the structure's layout and the UTF-16 pointers agree with the DLL. */
@Tag("native-only")
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "calls the real wininet.dll")
class CrackUrlTest {
    /** INTERNET_SCHEME_HTTP, an enum member of wininet.h. */
    private static final int INTERNET_SCHEME_HTTP = 3;

    @Test
    void aSimpleUrlIsCrackedIntoPointersIntoTheInput() {
        String url = "http://user:secret@127.0.0.1:8080/a/b.txt?x=1&y=2";
        Memory input = Utf16.encode(url, "url");
        URL_COMPONENTSW parts = new URL_COMPONENTSW();
        // NULL pointer with a non-zero length: "give me a pointer into the input".
        parts.dwSchemeLength = 1;
        parts.dwHostNameLength = 1;
        parts.dwUserNameLength = 1;
        parts.dwPasswordLength = 1;
        parts.dwUrlPathLength = 1;
        parts.dwExtraInfoLength = 1;

        assertTrue(WININET.InternetCrackUrlW(input, 0, 0, parts), () -> "InternetCrackUrlW: " + BACKEND.lastError());

        assertEquals(parts.size(), parts.dwStructSize);
        assertEquals("http", part(input, parts.lpszScheme, parts.dwSchemeLength));
        assertEquals(INTERNET_SCHEME_HTTP, parts.nScheme);
        assertEquals("127.0.0.1", part(input, parts.lpszHostName, parts.dwHostNameLength));
        assertEquals(8080, Short.toUnsignedInt(parts.nPort));
        assertEquals("user", part(input, parts.lpszUserName, parts.dwUserNameLength));
        assertEquals("secret", part(input, parts.lpszPassword, parts.dwPasswordLength));
        assertEquals("/a/b.txt", part(input, parts.lpszUrlPath, parts.dwUrlPathLength));
        assertEquals("?x=1&y=2", part(input, parts.lpszExtraInfo, parts.dwExtraInfoLength));
    }

    /** A component as a pointer into {@code input} plus a length in characters. */
    private static String part(Memory input, Pointer p, int chars) {
        long offset = Pointer.nativeValue(p) - Pointer.nativeValue(input);
        assertTrue(offset >= 0 && offset < input.size(), "component points into the input string");
        return Utf16.decodeExact(p, chars);
    }
}
