package io.github.winnet4j.backends.java;

/**
 * Timeout options as the JDK wants them: WinINet's DWORD milliseconds, where 0 and 0xFFFFFFFF mean
 * no limit, become an int where 0 means no limit.
 */
final class Timeouts {
    private Timeouts() {
    }

    static int millis(InternetObject object, int option) {
        Object value = object.option(option);
        if (!(value instanceof Integer i)) {
            return 0;
        }
        long ms = Integer.toUnsignedLong(i);
        return ms == 0xFFFFFFFFL || ms > Integer.MAX_VALUE ? 0 : (int) ms;
    }
}
