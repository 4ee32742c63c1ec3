package io.github.winnet4j.backends;

import java.util.Optional;

/**
 * A service that can create a {@link Backend}; providers are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.github.winnet4j.backends.BackendProvider}).
 */
public interface BackendProvider {

    /** The backend's name, as {@code -Dwinnet4j.backend} spells it. */
    String name();

    /** Higher wins when no backend is requested explicitly. */
    int priority();

    /** Why the backend cannot be used on this machine; empty when it can. Never throws. */
    Optional<String> unavailableReason();

    /** Creates the backend; only called when {@link #unavailableReason()} is empty. */
    Backend create();
}
