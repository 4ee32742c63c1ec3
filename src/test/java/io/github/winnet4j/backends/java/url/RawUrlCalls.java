package io.github.winnet4j.backends.java.url;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.URL_COMPONENTSW;

/**
 * Drives {@link JavaUrlFunctions} through its raw contract the way a C caller would: UTF-16
 * memory, URL_COMPONENTSW, in/out lengths, and the last error read after a {@code false}.
 */
final class RawUrlCalls {
    static final JavaUrlFunctions URLS = new JavaUrlFunctions();
    static final int POISON = 0xDEADBEEF;

    private RawUrlCalls() {
    }

    /** What a string-returning call answered: its BOOL, the out length, the text, the last error. */
    record Answer(boolean ok, int length, String text, int lastError) {
    }

    static Memory wide(String s) {
        return Utf16.encode(s, "test string");
    }

    /** A URL with embedded NULs, as a C array literal would give (no terminator check). */
    static Memory wideRaw(String s) {
        Memory m = Utf16.allocate(s.length() + 1);
        for (int i = 0; i < s.length(); i++) {
            m.setChar((long) i * 2, s.charAt(i));
        }
        return m;
    }

    static Answer canonicalize(String url, int bufferChars, int flags) {
        Memory buffer = Utf16.allocate(bufferChars);
        IntByReference length = new IntByReference(bufferChars);
        JavaLastError.set(POISON);
        boolean ok = URLS.InternetCanonicalizeUrlW(wide(url), buffer, length, flags);
        return new Answer(ok, length.getValue(), ok ? Utf16.decode(buffer) : null, JavaLastError.get());
    }

    static String canonicalize(String url, int flags) {
        Answer a = canonicalize(url, 4096, flags);
        if (!a.ok()) {
            throw new AssertionError("InternetCanonicalizeUrlW failed with " + a.lastError());
        }
        return a.text();
    }

    static Answer combine(String base, String relative, Pointer buffer, int bufferChars, int flags) {
        IntByReference length = new IntByReference(bufferChars);
        JavaLastError.set(POISON);
        boolean ok = URLS.InternetCombineUrlW(wide(base), wide(relative), buffer, length, flags);
        return new Answer(ok, length.getValue(), ok ? Utf16.decode(buffer) : null, JavaLastError.get());
    }

    static String combine(String base, String relative, int flags) {
        Answer a = combine(base, relative, Utf16.allocate(4096), 4096, flags);
        if (!a.ok()) {
            throw new AssertionError("InternetCombineUrlW failed with " + a.lastError());
        }
        return a.text();
    }

    static Answer create(URL_COMPONENTSW parts, int flags, Pointer buffer, int bufferChars) {
        IntByReference length = new IntByReference(bufferChars);
        JavaLastError.set(POISON);
        boolean ok = URLS.InternetCreateUrlW(parts, flags, buffer, length);
        return new Answer(ok, length.getValue(), ok ? Utf16.decode(buffer) : null, JavaLastError.get());
    }

    /** Components asking for pointers into the URL (NULL pointer, length 1) for every part. */
    static URL_COMPONENTSW pointerRequest() {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.dwSchemeLength = 1;
        c.dwHostNameLength = 1;
        c.dwUserNameLength = 1;
        c.dwPasswordLength = 1;
        c.dwUrlPathLength = 1;
        c.dwExtraInfoLength = 1;
        return c;
    }

    /** Components with a buffer of {@code chars} characters for every part. */
    static URL_COMPONENTSW bufferRequest(int chars) {
        URL_COMPONENTSW c = new URL_COMPONENTSW();
        c.lpszScheme = Utf16.allocate(chars);
        c.dwSchemeLength = chars;
        c.lpszHostName = Utf16.allocate(chars);
        c.dwHostNameLength = chars;
        c.lpszUserName = Utf16.allocate(chars);
        c.dwUserNameLength = chars;
        c.lpszPassword = Utf16.allocate(chars);
        c.dwPasswordLength = chars;
        c.lpszUrlPath = Utf16.allocate(chars);
        c.dwUrlPathLength = chars;
        c.lpszExtraInfo = Utf16.allocate(chars);
        c.dwExtraInfoLength = chars;
        return c;
    }

    /** Calls InternetCrackUrlW; the last error is {@link #POISON} unless the call set it. */
    static boolean crack(Pointer url, int length, int flags, URL_COMPONENTSW c) {
        JavaLastError.set(POISON);
        return URLS.InternetCrackUrlW(url, length, flags, c);
    }

    /** Character offset of {@code p} from {@code base}, or -1 for NULL. */
    static long offset(Pointer base, Pointer p) {
        return p == null ? -1 : (Pointer.nativeValue(p) - Pointer.nativeValue(base)) / Utf16.CHAR_BYTES;
    }
}
