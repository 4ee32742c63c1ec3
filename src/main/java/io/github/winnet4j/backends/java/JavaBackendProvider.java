package io.github.winnet4j.backends.java;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.BackendProvider;

import java.util.Optional;

/** Provides the pure-Java backend: available everywhere, chosen when the native one is not. */
public final class JavaBackendProvider implements BackendProvider {
    @Override
    public String name() {
        return "java";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public Backend create() {
        return new JavaBackend();
    }
}
