package io.github.winnet4j.api;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.INTERNET_STATUS_CALLBACK;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one native callback of a session: maps each notification's context back to the handle it
 * belongs to and hands it to the listener. The session keeps this object strongly reachable until
 * its native handle is closed, because native code holds only the callback's address.
 */
final class StatusDispatcher implements INTERNET_STATUS_CALLBACK {
    private static final System.Logger LOG = System.getLogger(StatusDispatcher.class.getName());

    private final StatusListener listener;
    private final Map<Long, String> handles = new ConcurrentHashMap<>();

    StatusDispatcher(StatusListener listener) {
        this.listener = listener;
    }

    void register(DWORD_PTR context, String description) {
        handles.put(context.longValue(), description);
    }

    @Override
    public void callback(HINTERNET hInternet, DWORD_PTR dwContext, int dwInternetStatus,
                         Pointer lpvStatusInformation, int dwStatusInformationLength) {
        try {
            String handle = handles.getOrDefault(dwContext == null ? 0L : dwContext.longValue(), "handle");
            listener.onStatus(handle, dwInternetStatus, StatusNames.of(dwInternetStatus));
        } catch (RuntimeException | Error e) {
            // An exception must never unwind into native code.
            LOG.log(System.Logger.Level.WARNING, "winnet4j: status listener threw", e);
        }
    }
}
