package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.LastError;
import io.github.winnet4j.raw.HINTERNET;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The native side of one {@link InternetHandle}: the HINTERNET value, its place in the tree and
 * whatever native code may still call back into.
 *
 * <p>Kept apart from the public object so that a {@link java.lang.ref.Cleaner} can close it without
 * keeping the public object reachable. A parent holds its children's states strongly (so closing
 * the parent reaches them) and each child holds its parent (so a parent is never freed under a
 * live child).
 *
 * <p>How a value is closed is the {@link HandleCloser}'s business: InternetCloseHandle for the
 * WinINet tree (the default), WinHttpCloseHandle for the WinHTTP tree of
 * {@code io.github.winnet4j.api.winhttp}. Every node of one tree has the same kind of closer, so
 * the failures of one tree are all of one exception type.
 *
 * <p>Every native call takes the value through {@link #use()}, which counts the call until it
 * returns; a close while calls are counted leaves the value draining ({@link HandleDrain}) so that
 * no new handle is opened (and given the same value) before they have returned.
 */
final class HandleState {
    private static final Set<HandleState> LIVE = ConcurrentHashMap.newKeySet();

    final Backend backend;
    final String description;
    final HandleState parent;
    private final HandleCloser closer;
    /**
     * The open children; made with the first child, as most handles (every request) never have
     * one. Set once, under this state's lock.
     */
    private volatile Set<HandleState> children;
    /** The sign bit of {@link #uses}: the handle is closed (new uses fail). */
    private static final int CLOSED = Integer.MIN_VALUE;

    private final HINTERNET value;
    /** {@link #CLOSED} and the number of calls holding the value; one word, so a close sees every use. */
    private final AtomicInteger uses = new AtomicInteger();
    /** The one {@link HandleUse} of this handle: holds nothing itself, so it is shared by all calls. */
    private final HandleUse use = new Use();
    /** Objects native code may call (a status callback) or read; released after the native close. */
    private volatile Object keepAlive;
    /**
     * The public object became unreachable while children were still open: the handle stays open
     * for them (a request may outlive the connection object it came from, as in
     * {@code session.connect(host, port).openRequest(...)}) and is closed with the last of them.
     */
    private boolean unowned;

    HandleState(Backend backend, HINTERNET value, String description, HandleState parent) {
        this(backend, value, description, parent, HandleState::internetCloseHandle);
    }

    HandleState(Backend backend, HINTERNET value, String description, HandleState parent, HandleCloser closer) {
        this.backend = backend;
        this.closer = closer;
        this.value = value;
        this.description = description;
        this.parent = parent;
        LIVE.add(this);
        if (parent != null) {
            parent.childSet().add(this);
            if (parent.isClosed()) {
                // The parent was closed while this child was being opened: do not leave it behind.
                closeQuietly();
                throw new IllegalStateException(parent.description + " is closed");
            }
        }
    }

    /**
     * Holds the value for one native call, until the returned use is closed; throws
     * {@link IllegalStateException} once the handle is closed (never a stale value: Windows
     * recycles handle values once closed).
     */
    HandleUse use() {
        if ((uses.getAndIncrement() & CLOSED) != 0) {
            release();
            throw new IllegalStateException(description + " is closed");
        }
        return use;
    }

    /** As {@link #use()}, for a call that opens a new handle: waits first while a value is draining. */
    HandleUse useToOpen() {
        HandleDrain.awaitNone();
        return use();
    }

    /** Throws {@link IllegalStateException} if the handle is closed. */
    void requireOpen() {
        if (isClosed()) {
            throw new IllegalStateException(description + " is closed");
        }
    }

    boolean isClosed() {
        return uses.get() < 0;
    }

    private void release() {
        if (uses.decrementAndGet() == CLOSED) {
            // The last call holding a closed handle's value returned.
            HandleDrain.end(this);
        }
    }

    /**
     * Marks the handle closed; exactly one caller gets {@code true}. Calls holding the value at
     * that moment make it draining (registered before the CAS, so before the native close).
     */
    private boolean markClosed() {
        while (true) {
            int n = uses.get();
            if (n < 0) {
                return false;
            }
            if (n != 0) {
                HandleDrain.begin(this);
            }
            if (uses.compareAndSet(n, n | CLOSED)) {
                return true;
            }
            if (n != 0) {
                HandleDrain.end(this);
            }
        }
    }

    void keepAlive(Object o) {
        keepAlive = o;
    }

    /**
     * Closes the children, then this handle; idempotent and safe from any thread. Every failure
     * is reported: the first thrown, the others suppressed on it. The handle counts as closed
     * even when InternetCloseHandle fails.
     */
    void close() throws IOException {
        IOException failure = null;
        Set<HandleState> open = children;
        if (open != null) {
            for (HandleState child : new ArrayList<>(open)) {
                try {
                    child.close();
                } catch (IOException e) {
                    failure = add(failure, e);
                }
            }
        }
        if (!markClosed()) {
            return;
        }
        try {
            // At once, even while calls hold the value: this is what cancels a call blocked on it.
            closer.close(backend, value, description);
        } catch (IOException e) {
            failure = add(failure, e);
        } finally {
            keepAlive = null;
            LIVE.remove(this);
            if (parent != null) {
                parent.childClosed(this);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The set of children, made on first use. */
    private Set<HandleState> childSet() {
        Set<HandleState> open = children;
        if (open == null) {
            synchronized (this) {
                open = children;
                if (open == null) {
                    open = ConcurrentHashMap.newKeySet();
                    children = open;
                }
            }
        }
        return open;
    }

    /** Removes a closed child; closes this handle too if its owner is gone and this was the last child. */
    private void childClosed(HandleState child) {
        boolean closeNow;
        synchronized (this) {
            Set<HandleState> open = childSet();
            open.remove(child);
            closeNow = unowned && open.isEmpty();
        }
        if (closeNow) {
            warnUnclosed("closing it now that its last child is closed");
            closeQuietly();
        }
    }

    /**
     * The public object of this handle became unreachable. With no open child the handle is closed
     * now; otherwise it is left to its children, which still use it (see {@link #unowned}).
     */
    void ownerGone() {
        synchronized (this) {
            if (isClosed()) {
                return;
            }
            Set<HandleState> open = children;
            if (open != null && !open.isEmpty()) {
                unowned = true;
                return;
            }
        }
        warnUnclosed("closing it now");
        closeQuietly();
    }

    private void warnUnclosed(String action) {
        System.getLogger(InternetHandle.class.getName()).log(System.Logger.Level.WARNING, "winnet4j: " + description
                + " was never closed; " + action + ". Close handles with try-with-resources.");
    }

    void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException ignored) {
            // Reported by the caller's own path when it matters; here the handle is gone anyway.
        }
    }

    /**
     * The WinINet closer: InternetCloseHandle, failing with {@link WinInetException}; a server's
     * refusal reported by the close (ERROR_INTERNET_EXTENDED_ERROR, e.g. an FTP upload the server
     * did not store) is an {@link FtpReplyException}, as for every other FTP call.
     */
    private static void internetCloseHandle(Backend backend, HINTERNET v, String description) throws WinInetException {
        if (!backend.wininet().InternetCloseHandle(v)) {
            throw FtpFailure.of(LastError.capture(backend, "InternetCloseHandle"), description);
        }
    }

    private static IOException add(IOException first, IOException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    @Override
    public String toString() {
        return description;
    }

    /** The shared use of this handle: the value, and the release. */
    private final class Use implements HandleUse {
        @Override
        public HINTERNET value() {
            return value;
        }

        @Override
        public void close() {
            release();
        }
    }

    static List<String> live() {
        List<String> list = new ArrayList<>();
        for (HandleState s : LIVE) {
            list.add(s.description);
        }
        return list;
    }
}
