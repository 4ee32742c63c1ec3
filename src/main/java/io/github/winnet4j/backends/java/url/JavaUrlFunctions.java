package io.github.winnet4j.backends.java.url;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.URL_COMPONENTSW;

import java.util.List;

/**
 * The four WinINet URL functions with their exact raw contracts, for the java backend's
 * {@code WinInet}: UTF-16 pointers in and out, URL_COMPONENTSW, in/out lengths, and the last
 * error set before every {@code false}. The string work is done by {@link UrlCracker},
 * {@link UrlCreator}, {@link UrlCanonicalizer} and {@link UrlCombiner}; this class only reads
 * and writes memory and lengths.
 *
 * <p>Length contracts (in UTF-16 characters unless said otherwise):
 * <ul>
 * <li>InternetCrackUrlW: {@code dwUrlLength} 0 means NUL-terminated, otherwise a maximum (a NUL
 *     before it ends the URL); per component see {@link ComponentOutput}.</li>
 * <li>InternetCreateUrlW: in, the buffer size; out on success, the URL length without the
 *     terminator; out on ERROR_INSUFFICIENT_BUFFER, the size needed <em>in bytes</em> including
 *     the terminator.</li>
 * <li>InternetCanonicalizeUrlW, InternetCombineUrlW: in, the buffer size; out on success, the
 *     length without the terminator; out on ERROR_INSUFFICIENT_BUFFER, the characters needed
 *     including the terminator.</li>
 * </ul>
 */
public final class JavaUrlFunctions {

    /** Stateless; one instance serves every thread. */
    public JavaUrlFunctions() {
    }

    /** InternetCrackUrlW: splits a URL into the components the caller asks for. */
    public boolean InternetCrackUrlW(Pointer lpszUrl, int dwUrlLength, int dwFlags, URL_COMPONENTSW lpUrlComponents) {
        if (lpszUrl == null || lpUrlComponents == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        String url = dwUrlLength == 0 ? Utf16.decode(lpszUrl) : Utf16.decode(lpszUrl, dwUrlLength);
        URL_COMPONENTSW c = lpUrlComponents;
        ComponentOutput.Slot extraSlot = ComponentSlots.extraInfo(c);
        CrackedUrl cracked;
        try {
            cracked = UrlCracker.crack(url, dwFlags, ComponentOutput.wanted(extraSlot));
        } catch (UrlException e) {
            return JavaLastError.fail(e.errorCode());
        }
        List<ComponentOutput.Slot> slots = List.of(ComponentSlots.scheme(c), ComponentSlots.hostName(c),
                ComponentSlots.userName(c), ComponentSlots.password(c), ComponentSlots.urlPath(c), extraSlot);
        if (slots.stream().noneMatch(ComponentOutput::wanted)) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        c.nScheme = cracked.scheme().code();
        c.nPort = (short) cracked.port();
        boolean ok = ComponentOutput.deliver(lpszUrl, cracked.extraInfo(), extraSlot)
                && ComponentOutput.deliver(lpszUrl, cracked.schemeName(), slots.get(0))
                && ComponentOutput.deliver(lpszUrl, cracked.userName(), slots.get(2))
                && ComponentOutput.deliver(lpszUrl, cracked.password(), slots.get(3))
                && ComponentOutput.deliver(lpszUrl, cracked.host(), slots.get(1))
                && ComponentOutput.deliver(lpszUrl, cracked.urlPath(), slots.get(4));
        c.write();
        return ok;
    }

    /** InternetCreateUrlW: builds a URL from components. */
    public boolean InternetCreateUrlW(URL_COMPONENTSW lpUrlComponents, int dwFlags, Pointer lpszUrl,
                                      IntByReference lpdwUrlLength) {
        if (lpUrlComponents == null || lpdwUrlLength == null
                || lpUrlComponents.dwStructSize != lpUrlComponents.size()) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        URL_COMPONENTSW c = lpUrlComponents;
        UrlParts parts = new UrlParts(ComponentSlots.read(ComponentSlots.scheme(c)), c.nScheme,
                ComponentSlots.read(ComponentSlots.hostName(c)), c.nPort & 0xFFFF,
                ComponentSlots.read(ComponentSlots.userName(c)), ComponentSlots.read(ComponentSlots.password(c)),
                ComponentSlots.read(ComponentSlots.urlPath(c)), ComponentSlots.read(ComponentSlots.extraInfo(c)));
        String url;
        try {
            url = UrlCreator.create(parts, dwFlags);
        } catch (UrlException e) {
            return JavaLastError.fail(e.errorCode());
        }
        long capacity = Integer.toUnsignedLong(lpdwUrlLength.getValue());
        if (lpszUrl == null || capacity < url.length() + 1L) {
            lpdwUrlLength.setValue((url.length() + 1) * Utf16.CHAR_BYTES);
            return JavaLastError.fail(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
        Utf16.write(lpszUrl, url);
        lpdwUrlLength.setValue(url.length());
        return true;
    }

    /** InternetCanonicalizeUrlW: canonicalizes a URL per the ICU_* flags. */
    public boolean InternetCanonicalizeUrlW(Pointer lpszUrl, Pointer lpszBuffer, IntByReference lpdwBufferLength,
                                            int dwFlags) {
        if (lpszUrl == null || lpszBuffer == null || lpdwBufferLength == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        return answer(UrlCanonicalizer.canonicalize(Utf16.decode(lpszUrl), dwFlags), lpszBuffer, lpdwBufferLength);
    }

    /** InternetCombineUrlW: resolves a relative URL against a base, then canonicalizes. */
    public boolean InternetCombineUrlW(Pointer lpszBaseUrl, Pointer lpszRelativeUrl, Pointer lpszBuffer,
                                       IntByReference lpdwBufferLength, int dwFlags) {
        if (lpszBaseUrl == null || lpszRelativeUrl == null || lpdwBufferLength == null) {
            return JavaLastError.fail(WinError.ERROR_INVALID_PARAMETER);
        }
        String combined = UrlCombiner.combine(Utf16.decode(lpszBaseUrl), Utf16.decode(lpszRelativeUrl), dwFlags);
        return answer(combined, lpszBuffer, lpdwBufferLength);
    }

    private static boolean answer(String result, Pointer buffer, IntByReference length) {
        long capacity = Integer.toUnsignedLong(length.getValue());
        if (buffer == null || capacity < result.length() + 1L) {
            length.setValue(result.length() + 1);
            return JavaLastError.fail(WinError.ERROR_INSUFFICIENT_BUFFER);
        }
        Utf16.write(buffer, result);
        length.setValue(result.length());
        return true;
    }
}
