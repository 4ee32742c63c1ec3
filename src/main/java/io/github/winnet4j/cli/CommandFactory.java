package io.github.winnet4j.cli;

import picocli.CommandLine;

/** Creates commands and mixins through picocli's default factory and hands them the {@link Io}. */
final class CommandFactory implements CommandLine.IFactory {
    private final CommandLine.IFactory defaults = CommandLine.defaultFactory();
    private final Io io;

    CommandFactory(Io io) {
        this.io = io;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        K instance = defaults.create(type);
        if (instance instanceof UsesIo user) {
            user.io(io);
        }
        return instance;
    }
}
