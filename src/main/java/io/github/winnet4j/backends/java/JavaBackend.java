package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.HeapTransfer;
import io.github.winnet4j.backends.java.winhttp.JavaWinHttp;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.raw.WinInet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The pure-Java backend: {@link JavaWinInet} for WinINet, {@link JavaWinHttp} for WinHTTP,
 * {@link JavaLastError} for the last error, and the English text Windows gives for each error code
 * (from {@code messages.properties} beside this class and {@code winhttp/winhttp-messages.properties}
 * for WinHTTP's codes, since there is no DLL message table to ask).
 */
public final class JavaBackend implements Backend {
    private static final Properties MESSAGES = load(JavaBackend.class, "messages.properties");
    private static final Properties WINHTTP_MESSAGES = load(JavaWinHttp.class, "winhttp-messages.properties");

    private final JavaWinInet wininet = new JavaWinInet();
    private final JavaWinHttp winhttp = new JavaWinHttp();
    private final Optional<HeapTransfer> heapTransfer = Optional.of(new JavaHeapTransfer(wininet, winhttp));

    @Override
    public String name() {
        return "java";
    }

    @Override
    public WinInet wininet() {
        return wininet;
    }

    @Override
    public WinHttp winhttp() {
        return winhttp;
    }

    /** WinHTTP's text for its 12xxx codes (and the few others only WinHTTP sets); the generic text otherwise. */
    @Override
    public Optional<String> winHttpMessage(int code) {
        String text = WINHTTP_MESSAGES.getProperty(Integer.toString(code));
        if (text != null || (code >= 12000 && code < 13000)) {
            return Optional.ofNullable(text);
        }
        return message(code);
    }

    /** Drops the Java-owned memory behind a string {@link JavaWinHttp} returned for GlobalFree. */
    @Override
    public void globalFree(Pointer p) {
        winhttp.globalFree(p);
    }

    /** Body reads and writes straight between the caller's arrays and the engines. */
    @Override
    public Optional<HeapTransfer> heapTransfer() {
        return heapTransfer;
    }

    @Override
    public int lastError() {
        return JavaLastError.get();
    }

    @Override
    public Optional<String> message(int code) {
        return Optional.ofNullable(MESSAGES.getProperty(Integer.toString(code)));
    }

    private static Properties load(Class<?> beside, String name) {
        Properties p = new Properties();
        try (InputStream in = beside.getResourceAsStream(name)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
