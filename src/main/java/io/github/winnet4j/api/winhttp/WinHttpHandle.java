package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.api.HandleNode;
import io.github.winnet4j.api.HandleUse;
import io.github.winnet4j.backends.Backend;

import java.lang.ref.Cleaner;

/**
 * An open WinHTTP handle in the tree session → connection → request (→ WebSocket).
 *
 * <p>{@link #close()} is idempotent and thread-safe and closes the handle's open children first.
 * Natively, WinHttpCloseHandle on a session does not invalidate the connections and requests
 * opened from it (each must be closed on its own); the wrappers close the children first anyway,
 * so the tree stays consistent and nothing is left open. Use after close throws
 * {@link IllegalStateException} without a native call (Windows recycles handle values). Closing
 * from another thread cancels a call blocked on the handle. A handle never closed is closed when
 * it becomes unreachable, with a warning in the log.
 *
 * <pre>{@code
 * try (WinHttpSession session = WinHttpSession.builder().agent("my-app/1.0").open();
 *      WinHttpConnection server = session.connect("127.0.0.1", 8080, false)) {
 *     ...
 * } // the connection, then the session, are closed
 * }</pre>
 */
public abstract class WinHttpHandle implements AutoCloseable {
    final HandleNode node;
    private final Cleaner.Cleanable cleanable;

    WinHttpHandle(HandleNode node) {
        this.node = node;
        this.cleanable = node.watch(this);
    }

    /** The backend this handle lives in. */
    public Backend backend() {
        return node.backend();
    }

    /** Whether {@link #close()} has run (or a parent's close closed this handle). */
    public boolean isClosed() {
        return node.isClosed();
    }

    /**
     * Closes the open children, then this handle. Idempotent.
     *
     * @throws WinHttpException if WinHttpCloseHandle failed; the handle counts as closed all the same
     */
    @Override
    public void close() throws WinHttpException {
        try {
            node.close(WinHttpException.class);
        } finally {
            if (node.isClosed()) {
                cleanable.clean();
            }
        }
    }

    /** Holds the native value for one call (try-with-resources); {@link IllegalStateException} once closed. */
    HandleUse use() {
        return node.use();
    }

    /** As {@link #use()}, for a call that opens a new handle from this one. */
    HandleUse useToOpen() {
        return node.useToOpen();
    }

    /** Throws {@link IllegalStateException} once closed. */
    void requireOpen() {
        node.requireOpen();
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
