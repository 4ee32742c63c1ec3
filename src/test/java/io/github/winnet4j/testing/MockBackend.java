package io.github.winnet4j.testing;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinInet;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.mockito.Mockito.mock;

/**
 * A backend over a Mockito mock of {@link WinInet}: for what a loopback server cannot provoke
 * (odd buffer sizes, failing close, message lookup failures).
 */
public final class MockBackend implements Backend {
    public final WinInet api = mock(WinInet.class);
    public final AtomicInteger lastError = new AtomicInteger();
    public final AtomicInteger lastErrorReads = new AtomicInteger();
    public volatile IntFunction<Optional<String>> messages = code -> Optional.of("message " + code);

    @Override
    public String name() {
        return "mock";
    }

    @Override
    public WinInet wininet() {
        return api;
    }

    @Override
    public io.github.winnet4j.raw.WinHttp winhttp() {
        throw new UnsupportedOperationException("the mock backend scripts WinINet only");
    }

    /** Records what the code under test frees, for assertions. */
    public final java.util.List<com.sun.jna.Pointer> freed = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void globalFree(com.sun.jna.Pointer p) {
        if (p != null) {
            freed.add(p);
        }
    }

    @Override
    public Optional<String> winHttpMessage(int code) {
        return messages.apply(code);
    }

    @Override
    public int lastError() {
        lastErrorReads.incrementAndGet();
        return lastError.get();
    }

    @Override
    public Optional<String> message(int code) {
        return messages.apply(code);
    }
}
