package io.github.winnet4j.raw;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds the raw binding to wininet.h ({@link WinInet}, {@link WinInetConstants},
 * {@link WinInetErrors}, the structures and callback) to the reference that
 * {@code tools/sdkref/generate.py} made from the mingw-w64 header ({@code sdk/wininet.ref}). The
 * checks are {@link HeaderConformanceChecks}; this class gives what is particular to wininet.h.
 */
class SdkConformanceTest extends HeaderConformanceChecks {

    private static final SdkReference SDK = SdkReference.load("/sdk/wininet.ref");

    /**
     * Functions of wininet.h that WinInet deliberately does not declare, and why. Each must be
     * marked {@code unexported} in the reference (absent from mingw-w64's libwininet.a), so this
     * list cannot hide a real wininet.dll export.
     */
    static final Map<String, String> NOT_BOUND = Map.of(
            // The header declares the prototype of the function an application supplies as
            // INTERNET_AUTH_NOTIFY_DATA.pfnNotify (typedef PFN_AUTH_NOTIFY); wininet.dll has no such export.
            // https://learn.microsoft.com/en-us/windows/win32/api/wininet/ns-wininet-internet_auth_notify_data
            "InternetAuthNotifyCallback", "prototype of an application callback (PFN_AUTH_NOTIFY), not an export",
            // ANSI only; "can be called only by explicitly loading JSProxy.dll".
            // https://learn.microsoft.com/en-us/windows/win32/wininet/internetgetproxyinfo
            "InternetGetProxyInfo", "ANSI-only autoproxy helper exported by jsproxy.dll, not wininet.dll",
            // ANSI only; "can be called only by dynamically linking to JSProxy.dll".
            // https://learn.microsoft.com/en-us/previous-versions/windows/desktop/legacy/aa384580(v=vs.85)
            "InternetDeInitializeAutoProxyDll", "ANSI-only autoproxy helper exported by jsproxy.dll, not wininet.dll");

    SdkConformanceTest() {
        super("wininet.h", SDK, WinInet.class, List.of(WinInetConstants.class, WinInetErrors.class),
                new Minimums(700, 170, 60));
    }

    /**
     * The URL-cache entry types jna-platform's Wininet already declares are inherited from it
     * (declaring them twice makes WinInet.NORMAL_CACHE_ENTRY ambiguous). Names only: reading
     * Wininet's fields would initialise it and load the DLL.
     */
    @Override
    Set<String> constantsDeclaredElsewhere() {
        return Arrays.stream(com.sun.jna.platform.win32.Wininet.class.getDeclaredFields()).map(Field::getName)
                .filter(name -> name.endsWith("_CACHE_ENTRY")).collect(Collectors.toSet());
    }

    @Override
    Map<String, Long> landmarkConstants() {
        return Map.of("ERROR_INTERNET_TIMEOUT", 12002L);
    }

    @Override
    Set<String> structures() {
        return Set.of("URL_COMPONENTSW", "INTERNET_BUFFERSW", "WIN32_FIND_DATAW", "INTERNET_PROXY_INFO",
                "INTERNET_ASYNC_RESULT");
    }

    @Override
    String statusCallback() {
        return "INTERNET_STATUS_CALLBACK";
    }

    /** Only the status callback: the header's other typedefs serve Gopher, dial-up and jsproxy.dll. */
    @Override
    Set<String> callbacksToBind() {
        return Set.of(statusCallback());
    }

    /**
     * Internet*, Http* and Ftp* functions that an application calls as they are named: the W form,
     * or a name without A/W forms. {@code …A} is skipped when {@code …W} exists, and a plain name is
     * skipped when a {@code …W} exists (the header declares the plain name as the ANSI alias).
     */
    @Override
    boolean isEntryPoint(String name) {
        if (!name.matches("^(Internet|Http|Ftp).*")) {
            return false;
        }
        if (name.endsWith("A") && SDK.functions.containsKey(name.substring(0, name.length() - 1) + "W")) {
            return false;
        }
        return !SDK.functions.containsKey(name + "W");
    }

    @Override
    Map<String, String> notBound() {
        return NOT_BOUND;
    }
}
