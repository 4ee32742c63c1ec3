package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.INTERNET_STATUS_CALLBACK;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an HINTERNET value stands for in the java backend: a session, a connection or a request.
 *
 * <p>Objects form the same tree as WinINet's handles. Options set on an object are seen by its
 * descendants unless they set their own (session → connection → request); the status callback is
 * copied to a child when the child is created, as WinINet does. Closing an object closes its
 * children first; once closed, every operation on it fails.
 */
abstract class InternetObject extends HandleObject<InternetObject, INTERNET_STATUS_CALLBACK> {
    private final Set<InternetObject> children = ConcurrentHashMap.newKeySet();

    InternetObject(long handle, InternetObject parent, long context) {
        super(handle, parent, context);
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The INTERNET_HANDLE_TYPE_* value of this object. */
    abstract int handleType();

    INTERNET_STATUS_CALLBACK swapCallback(INTERNET_STATUS_CALLBACK next) {
        return replaceCallback(next);
    }

    /**
     * Marks this object and its descendants closed and returns them, descendants first, each
     * exactly once however many threads close concurrently.
     */
    List<InternetObject> markClosed() {
        List<InternetObject> out = new ArrayList<>();
        collectClosing(out);
        return out;
    }

    private void collectClosing(List<InternetObject> out) {
        if (!closeOnce()) {
            return;
        }
        for (InternetObject child : children) {
            child.collectClosing(out);
        }
        out.add(this);
        if (parent != null) {
            parent.children.remove(this);
        }
    }

    /**
     * Releases what the object holds (sockets, streams); called once after it was marked
     * closed, possibly while another thread is blocked in an operation on it. Must not block.
     */
    void release() {
    }
}
