package io.github.winnet4j.cli;

/** A command or mixin that is handed the {@link Io} when picocli creates it. */
interface UsesIo {
    void io(Io io);
}
