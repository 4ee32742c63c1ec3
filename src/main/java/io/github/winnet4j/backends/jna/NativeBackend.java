package io.github.winnet4j.backends.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.win32.W32APIOptions;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.Kernel32Memory;
import io.github.winnet4j.raw.Kernel32Messages;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.raw.WinInet;

import java.util.Optional;

/**
 * The real wininet.dll through JNA, on Windows (or a Windows JVM under Wine).
 *
 * <p>Loaded with {@code W32APIOptions.UNICODE_OPTIONS}, never {@code DEFAULT_OPTIONS}, which
 * switches to the ANSI entry points under {@code -Dw32.ascii=true}. The last error is the value JNA
 * captured right after the calling thread's most recent native call.
 */
public final class NativeBackend implements Backend {
    /** The DLL whose message table holds the ERROR_INTERNET_* texts. */
    static final String WININET_MODULE = "wininet.dll";

    /** The DLL whose message table holds the ERROR_WINHTTP_* texts. */
    static final String WINHTTP_MODULE = "winhttp.dll";

    private final WinInet wininet;
    private final NativeMessages messages;
    private final NativeMessages winHttpMessages;
    private volatile WinHttp winhttp;
    private volatile Kernel32Memory memory;

    /** Loads wininet.dll and kernel32.dll; throws {@link UnsatisfiedLinkError} where they do not exist. */
    public NativeBackend() {
        this(Native.load("wininet", WinInet.class, W32APIOptions.UNICODE_OPTIONS),
                Native.load("kernel32", Kernel32Messages.class, W32APIOptions.UNICODE_OPTIONS));
    }

    NativeBackend(WinInet wininet, Kernel32Messages kernel32) {
        this.wininet = wininet;
        this.messages = new NativeMessages(kernel32, WININET_MODULE);
        this.winHttpMessages = new NativeMessages(kernel32, WINHTTP_MODULE);
    }

    @Override
    public String name() {
        return NativeBackendProvider.NAME;
    }

    @Override
    public WinInet wininet() {
        return wininet;
    }

    /** Loads winhttp.dll on first use: a program that only uses WinINet never needs it. */
    @Override
    public WinHttp winhttp() {
        WinHttp w = winhttp;
        if (w == null) {
            synchronized (this) {
                w = winhttp;
                if (w == null) {
                    w = Native.load("winhttp", WinHttp.class, W32APIOptions.UNICODE_OPTIONS);
                    winhttp = w;
                }
            }
        }
        return w;
    }

    /** kernel32's GlobalFree, loaded on first use. */
    @Override
    public void globalFree(Pointer p) {
        if (p == null) {
            return;
        }
        Kernel32Memory m = memory;
        if (m == null) {
            m = Native.load("kernel32", Kernel32Memory.class, W32APIOptions.UNICODE_OPTIONS);
            memory = m;
        }
        m.GlobalFree(p);
    }

    @Override
    public Optional<String> winHttpMessage(int code) {
        return winHttpMessages.message(code);
    }

    @Override
    public int lastError() {
        return Native.getLastError();
    }

    @Override
    public Optional<String> message(int code) {
        return messages.message(code);
    }

    @Override
    public String toString() {
        return "NativeBackend[wininet.dll]";
    }
}
