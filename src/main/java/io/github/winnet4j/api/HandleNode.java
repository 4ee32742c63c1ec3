package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.HINTERNET;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;

/**
 * The handle-tree machinery of {@link InternetHandle}, opened to the WinHTTP wrappers of
 * {@code io.github.winnet4j.api.winhttp}: one native value, its parent and children, children-first
 * idempotent close, no stale value after close (nor under a call still using it), a {@link Cleaner} safety net that logs leaks, and
 * membership in {@link InternetHandle#openHandles()} for leak checks.
 *
 * <p>Internal to winnet4j: applications use the public handle types, never this class.
 *
 * <pre>{@code
 * HandleNode session = HandleNode.root(backend, h, "WinHttpSession(agent)", closer);
 * HandleNode connection = session.child(c, "WinHttpConnection(host)", closer);
 * session.close(WinHttpException.class); // closes the connection first
 * }</pre>
 */
public final class HandleNode {
    private static final Cleaner CLEANER = Cleaner.create();

    private final HandleState state;

    private HandleNode(HandleState state) {
        this.state = state;
    }

    /** A tree's root for a freshly opened value. */
    public static HandleNode root(Backend backend, HINTERNET value, String description, HandleCloser closer) {
        return new HandleNode(new HandleState(backend, value, description, null, closer));
    }

    /**
     * A child of this handle, closed before it.
     *
     * @throws IllegalStateException if this handle was closed meanwhile (the child is closed too)
     */
    public HandleNode child(HINTERNET value, String description, HandleCloser closer) {
        return new HandleNode(new HandleState(state.backend, value, description, state, closer));
    }

    /**
     * Registers {@code owner}, the public object, so that the value is closed (with a warning in
     * the log) if the owner becomes unreachable while open. Call once per node.
     */
    public Cleaner.Cleanable watch(Object owner) {
        return CLEANER.register(owner, new InternetHandle.LeakReporter(state));
    }

    /** The backend of the tree. */
    public Backend backend() {
        return state.backend;
    }

    /** What the handle is, e.g. {@code "WinHttpRequest(GET /)"}. */
    public String description() {
        return state.description;
    }

    /**
     * Holds the value for one native call: {@code try (HandleUse u = node.use()) { ... u.value() ... }}.
     * Throws {@link IllegalStateException} once closed (never a stale value).
     */
    public HandleUse use() {
        return state.use();
    }

    /** As {@link #use()}, for a call that opens a new handle from this one (waits while a value drains). */
    public HandleUse useToOpen() {
        return state.useToOpen();
    }

    /** Called before a call that opens a root handle: waits while a closed handle's value drains. */
    public static void beforeOpen() {
        HandleDrain.awaitNone();
    }

    /** Throws {@link IllegalStateException} once closed. */
    public void requireOpen() {
        state.requireOpen();
    }

    /** Whether the handle is closed. */
    public boolean isClosed() {
        return state.isClosed();
    }

    /** Keeps {@code o} reachable until the native value is closed (a callback native code may call). */
    public void keepAlive(Object o) {
        state.keepAlive(o);
    }

    /**
     * Closes the children, then this handle; idempotent. Every node of a tree has a closer that
     * fails with {@code type}; the first failure is thrown, the others suppressed on it.
     */
    public <E extends IOException> void close(Class<E> type) throws E {
        try {
            state.close();
        } catch (IOException e) {
            if (type.isInstance(e)) {
                throw type.cast(e);
            }
            throw new UncheckedIOException(e);
        }
    }

    /** Closes and ignores any failure (for clean-up after another failure). */
    public void closeQuietly() {
        state.closeQuietly();
    }

    @Override
    public String toString() {
        return state.description + (isClosed() ? " (closed)" : "");
    }
}
