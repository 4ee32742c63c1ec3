package io.github.winnet4j.cli;

import io.github.winnet4j.api.WinInetException;

/** Maps failures to the documented exit codes (curl's numbers where curl has one). */
final class Outcomes {
    private Outcomes() {
    }

    static int exitCode(WinInetException e) {
        return switch (e.category()) {
            case NAME_NOT_RESOLVED -> Winnet.EXIT_NAME;
            case CANNOT_CONNECT -> Winnet.EXIT_CONNECT;
            case TIMEOUT -> Winnet.EXIT_TIMEOUT;
            case TLS_TRUST -> Winnet.EXIT_TLS;
            default -> Winnet.EXIT_OTHER;
        };
    }
}
