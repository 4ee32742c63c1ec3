package io.github.winnet4j.backends;

/** An explicitly requested backend cannot be used here; the message says why. */
public final class BackendUnavailableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public BackendUnavailableException(String message) {
        super(message);
    }
}
