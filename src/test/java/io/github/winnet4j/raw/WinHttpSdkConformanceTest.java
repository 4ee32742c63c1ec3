package io.github.winnet4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.win32.StdCallLibrary;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Holds the raw binding to winhttp.h ({@link WinHttp}, {@link WinHttpConstants},
 * {@link WinHttpErrors}, the {@code WINHTTP_*} structures and callback) to the reference that
 * {@code tools/sdkref/generate.py} made from the mingw-w64 header ({@code sdk/winhttp.ref}). The
 * checks are {@link HeaderConformanceChecks}, the same as for wininet.h; this class gives what is
 * particular to winhttp.h, and checks that its constants stay apart from wininet.h's.
 */
class WinHttpSdkConformanceTest extends HeaderConformanceChecks {

    private static final SdkReference SDK = SdkReference.load("/sdk/winhttp.ref");

    /**
     * Functions of winhttp.h that WinHttp deliberately does not declare, and why. Each must be marked
     * {@code unexported} in the reference (absent from mingw-w64's libwinhttp.a), so this list cannot
     * hide an export of the import library.
     */
    static final Map<String, String> NOT_BOUND = Map.of(
            // Documented for recent Windows only; neither libwinhttp.a nor Wine 8's winhttp.dll has it.
            // https://learn.microsoft.com/en-us/windows/win32/api/winhttp/nf-winhttp-winhttpishostinproxybypasslist
            "WinHttpIsHostInProxyBypassList", "not in mingw-w64's libwinhttp.a nor Wine's winhttp.dll; newer Windows only",
            // Declared by the SDK header without a reference page; not in libwinhttp.a nor Wine's winhttp.dll.
            "WinHttpQueryAuthParams", "undocumented; not in mingw-w64's libwinhttp.a nor Wine's winhttp.dll");

    /** Java classes whose name differs from the C typedef they bind (to avoid a clash with wininet.h's). */
    static final Map<String, String> C_NAMES = Map.of("WINHTTP_URL_COMPONENTS", "URL_COMPONENTS");

    WinHttpSdkConformanceTest() {
        super("winhttp.h", SDK, WinHttp.class, List.of(WinHttpConstants.class, WinHttpErrors.class),
                new Minimums(500, 45, 45));
    }

    @Override
    Map<String, Long> landmarkConstants() {
        return Map.of("ERROR_WINHTTP_TIMEOUT", 12002L);
    }

    @Override
    Set<String> structures() {
        return Set.of("URL_COMPONENTS", "WINHTTP_ASYNC_RESULT", "WINHTTP_AUTOPROXY_OPTIONS",
                "WINHTTP_CERTIFICATE_INFO", "WINHTTP_CURRENT_USER_IE_PROXY_CONFIG", "WINHTTP_PROXY_INFO",
                "WINHTTP_PROXY_NETWORKING_KEY", "WINHTTP_PROXY_RESULT", "WINHTTP_PROXY_RESULT_ENTRY",
                "WINHTTP_PROXY_RESULT_EX", "WINHTTP_PROXY_SETTINGS", "WINHTTP_WEB_SOCKET_ASYNC_RESULT",
                "WINHTTP_WEB_SOCKET_STATUS");
    }

    @Override
    Map<String, String> structureCNames() {
        return C_NAMES;
    }

    @Override
    String statusCallback() {
        return "WINHTTP_STATUS_CALLBACK";
    }

    /** Every callback typedef of winhttp.h. */
    @Override
    Set<String> callbacksToBind() {
        return SDK.callbacks.keySet();
    }

    /** WinHTTP is Unicode-only, so every function winhttp.h declares is an entry point to bind. */
    @Override
    boolean isEntryPoint(String name) {
        return true;
    }

    @Override
    Map<String, String> notBound() {
        return NOT_BOUND;
    }

    /**
     * WinHttp inherits only winhttp.h's constants. winhttp.h and wininet.h share names with different
     * values (INTERNET_SCHEME_HTTP is 1 in one and 3 in the other), so no interface of the raw
     * package may inherit both sets, and WinHttp's two interfaces must not overlap either.
     */
    @Test
    void winHttpConstantsAreKeptApartFromWinInets() {
        assertEquals(List.of(StdCallLibrary.class, WinHttpConstants.class, WinHttpErrors.class),
                List.of(WinHttp.class.getInterfaces()));
        for (Class<?> type : RawPackageClasses.all()) {
            boolean both = WinHttpConstants.class.isAssignableFrom(type)
                    && (WinInetConstants.class.isAssignableFrom(type) || WinInetErrors.class.isAssignableFrom(type));
            assertFalse(both, type.getSimpleName() + " inherits the constants of both wininet.h and winhttp.h");
        }
        Set<String> errors = new TreeSet<>();
        Arrays.stream(WinHttpErrors.class.getDeclaredFields()).forEach(f -> errors.add(f.getName()));
        List<String> twice = Arrays.stream(WinHttpConstants.class.getDeclaredFields()).map(Field::getName)
                .filter(errors::contains).toList();
        assertTrue(twice.isEmpty(), "in both WinHttpConstants and WinHttpErrors: " + twice);
    }
}
