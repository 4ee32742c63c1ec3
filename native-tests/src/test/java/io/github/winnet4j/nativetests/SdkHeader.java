package io.github.winnet4j.nativetests;

import com.sun.jna.Structure;
import com.sun.jna.platform.win32.WinBase.FILETIME;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import io.github.winnet4j.raw.Kernel32Messages;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

import java.util.List;

/**
 * The SDK header each part of the raw layer follows. wininet.h and winhttp.h cannot be compiled
 * together (both define {@code INTERNET_SCHEME} and {@code URL_COMPONENTS}, and share constant
 * names with different values), so each has its own ABI report ({@code abi-wininet.txt},
 * {@code abi-winhttp.txt}) and each Java class is compared with the report of its own header.
 */
enum SdkHeader {
    WININET("wininet", List.of(WinInetConstants.class, WinInetErrors.class, Kernel32Messages.class)),
    WINHTTP("winhttp", List.of(WinHttpConstants.class, WinHttpErrors.class));

    /**
     * The windows.h structures the raw layer takes from jna-platform (members of, or parameters
     * next to, both headers' structures): checked in every report ({@code abi/platform.ref}).
     */
    static final List<Class<? extends Structure>> PLATFORM_STRUCTURES = List.of(FILETIME.class, SYSTEMTIME.class);

    /** The Java class whose name differs from its C typedef (both headers have a URL_COMPONENTS). */
    private static final String WINHTTP_URL_COMPONENTS = "WINHTTP_URL_COMPONENTS";

    private final String fileName;
    private final List<Class<?>> constantInterfaces;

    SdkHeader(String fileName, List<Class<?>> constantInterfaces) {
        this.fileName = fileName;
        this.constantInterfaces = constantInterfaces;
    }

    /** The header's base name ({@code wininet}, {@code winhttp}): its report is {@code abi-NAME.txt}. */
    String fileName() {
        return fileName;
    }

    /** The Java interfaces whose {@code int}/{@code long} constants this header defines. */
    List<Class<?>> constantInterfaces() {
        return constantInterfaces;
    }

    /** The header of a class of the raw package: WinHTTP's are named {@code WINHTTP_*} or {@code WinHttp*}. */
    static SdkHeader of(Class<?> raw) {
        String name = raw.getSimpleName();
        return name.startsWith("WINHTTP_") || name.startsWith("WinHttp") ? WINHTTP : WININET;
    }

    /** The C typedef a structure class stands for. */
    static String cName(Class<?> structure) {
        String name = structure.getSimpleName();
        return name.equals(WINHTTP_URL_COMPONENTS) ? "URL_COMPONENTS" : name;
    }
}
