package io.github.winnet4j.backends.java;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.raw.WinInet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The pure-Java backend: {@link JavaWinInet} for WinINet, {@link JavaLastError} for the last error,
 * and the English text Windows gives for each error code (from {@code messages.properties} beside
 * this class, since there is no DLL message table to ask).
 */
public final class JavaBackend implements Backend {
    private static final Properties MESSAGES = loadMessages();

    private final JavaWinInet wininet = new JavaWinInet();

    @Override
    public String name() {
        return "java";
    }

    @Override
    public WinInet wininet() {
        return wininet;
    }

    /** WinHTTP on the java backend is under construction; until then this says so. */
    @Override
    public WinHttp winhttp() {
        throw new UnsupportedOperationException("the java backend does not implement WinHTTP yet");
    }

    @Override
    public Optional<String> winHttpMessage(int code) {
        return message(code);
    }

    @Override
    public int lastError() {
        return JavaLastError.get();
    }

    @Override
    public Optional<String> message(int code) {
        return Optional.ofNullable(MESSAGES.getProperty(Integer.toString(code)));
    }

    private static Properties loadMessages() {
        Properties p = new Properties();
        try (InputStream in = JavaBackend.class.getResourceAsStream("messages.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
