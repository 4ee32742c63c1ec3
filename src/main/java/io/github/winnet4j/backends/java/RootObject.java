package io.github.winnet4j.backends.java;

/**
 * Holds the options set with a {@code NULL} handle (process-wide defaults, as WinINet keeps
 * them); every session inherits from it. It has no handle value of its own.
 */
final class RootObject extends InternetObject {
    RootObject() {
        super(0, null, 0);
    }

    @Override
    int handleType() {
        return 0;
    }
}
