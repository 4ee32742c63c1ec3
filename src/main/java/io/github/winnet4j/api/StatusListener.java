package io.github.winnet4j.api;

/**
 * Receives WinINet's progress notifications (INTERNET_STATUS_*) for a session and every handle
 * opened under it. Called on the thread that makes the call, from inside native code: keep it
 * short, do not block and do not call back into the same handle.
 */
@FunctionalInterface
public interface StatusListener {
    /**
     * @param handle the description of the handle the notification is for (e.g. "HttpRequest GET /")
     * @param status the INTERNET_STATUS_* code
     * @param name   its symbolic name, e.g. {@code INTERNET_STATUS_REQUEST_SENT}
     */
    void onStatus(String handle, int status, String name);
}
