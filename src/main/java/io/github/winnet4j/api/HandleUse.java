package io.github.winnet4j.api;

import io.github.winnet4j.raw.HINTERNET;

/**
 * One native call's hold on a handle value: taken by {@code use()} with the closed check, released
 * when the call has returned. While a closed handle is still held, its value is "draining" and no
 * new handle is opened (see {@code HANDLES.md}), so the DLL cannot hand the value out again under
 * a call that has not yet entered it.
 *
 * <p>Part of the handle-tree machinery shared with {@code io.github.winnet4j.api.winhttp};
 * applications have no use for it. Use it only with try-with-resources, around the native call:
 *
 * <pre>{@code
 * try (HandleUse u = state.use()) {
 *     ok = api.InternetReadFile(u.value(), buffer, length, read);
 * }
 * }</pre>
 */
public interface HandleUse extends AutoCloseable {
    /** The value to pass to the DLL; only inside the try block that took this use. */
    HINTERNET value();

    /** Releases the hold; once per {@code use()}. */
    @Override
    void close();
}
