package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.LastError;
import io.github.winnet4j.raw.HINTERNET;

import java.lang.ref.Cleaner;
import java.util.List;

/**
 * An open HINTERNET handle in the tree session → connection → request.
 *
 * <p>{@link #close()} is idempotent and thread-safe, and closes the handle's open children first.
 * Any use after close throws {@link IllegalStateException} without a native call: Windows reuses
 * handle values, so a stale value could name somebody else's handle. Closing a handle from another
 * thread is the way to cancel a call blocked on it. A handle that is never closed is closed when it
 * becomes unreachable, with a warning in the log: that is a safety net, not a way to manage handles.
 *
 * <pre>{@code
 * try (InternetSession session = InternetSession.open();
 *      HttpRequest request = session.openUrl("http://127.0.0.1:8080/")) {
 *     System.out.println(request.statusCode());
 * }
 * }</pre>
 */
public abstract class InternetHandle implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();

    final HandleState state;
    private final Cleaner.Cleanable cleanable;

    InternetHandle(HandleState state) {
        this.state = state;
        this.cleanable = CLEANER.register(this, new LeakReporter(state));
    }

    /** The backend this handle lives in. */
    public Backend backend() {
        return state.backend;
    }

    /** Whether {@link #close()} has run (or a parent's close closed this handle). */
    public boolean isClosed() {
        return state.isClosed();
    }

    /**
     * Closes the open children, then this handle. Idempotent.
     *
     * @throws WinInetException if InternetCloseHandle failed; the handle is closed all the same
     */
    @Override
    public void close() throws WinInetException {
        try {
            state.close();
        } catch (WinInetException e) {
            throw e;
        } catch (java.io.IOException e) {
            // A WinINet tree closes with InternetCloseHandle only, which fails with WinInetException.
            throw new IllegalStateException(e);
        } finally {
            if (state.isClosed()) {
                cleanable.clean();
            }
        }
    }

    /** Holds the native value for one call (try-with-resources); {@link IllegalStateException} once closed. */
    HandleUse use() {
        return state.use();
    }

    /** As {@link #use()}, for a call that opens a new handle from this one. */
    HandleUse useToOpen() {
        return state.useToOpen();
    }

    /** A DWORD option (INTERNET_OPTION_*) of this handle; a failure names {@code context}. */
    int queryDword(int option, String context) throws WinInetException {
        try (HandleUse u = use()) {
            Integer value = Raw.tryQueryDword(state.backend, u.value(), option);
            if (value == null) {
                throw new WinInetException(LastError.capture(state.backend, "InternetQueryOptionW"), context);
            }
            return value;
        }
    }

    /** Throws {@link IllegalStateException} once closed. */
    void requireOpen() {
        state.requireOpen();
    }

    @Override
    public String toString() {
        return state.description + (isClosed() ? " (closed)" : "");
    }

    /**
     * Descriptions of every handle that is open in this process, for diagnostics and leak checks.
     */
    public static List<String> openHandles() {
        return HandleState.live();
    }

    /** Runs when an open handle became unreachable: says so, then closes it. */
    static final class LeakReporter implements Runnable {
        private final HandleState state;

        LeakReporter(HandleState state) {
            this.state = state;
        }

        @Override
        public void run() {
            state.ownerGone();
        }
    }
}
