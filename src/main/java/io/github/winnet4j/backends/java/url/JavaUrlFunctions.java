package io.github.winnet4j.backends.java.url;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.raw.URL_COMPONENTSW;

/** Placeholder until the real URL functions land; every call fails with ERROR_CALL_NOT_IMPLEMENTED. */
public class JavaUrlFunctions {
    private static final int ERROR_CALL_NOT_IMPLEMENTED = 120;

    public boolean InternetCrackUrlW(Pointer lpszUrl, int dwUrlLength, int dwFlags, URL_COMPONENTSW lpUrlComponents) {
        return JavaLastError.fail(ERROR_CALL_NOT_IMPLEMENTED);
    }

    public boolean InternetCreateUrlW(URL_COMPONENTSW lpUrlComponents, int dwFlags, Pointer lpszUrl,
                                      IntByReference lpdwUrlLength) {
        return JavaLastError.fail(ERROR_CALL_NOT_IMPLEMENTED);
    }

    public boolean InternetCanonicalizeUrlW(Pointer lpszUrl, Pointer lpszBuffer, IntByReference lpdwBufferLength,
                                            int dwFlags) {
        return JavaLastError.fail(ERROR_CALL_NOT_IMPLEMENTED);
    }

    public boolean InternetCombineUrlW(Pointer lpszBaseUrl, Pointer lpszRelativeUrl, Pointer lpszBuffer,
                                       IntByReference lpdwBufferLength, int dwFlags) {
        return JavaLastError.fail(ERROR_CALL_NOT_IMPLEMENTED);
    }
}
