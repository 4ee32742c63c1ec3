package io.github.winnet4j.cli;

import io.github.winnet4j.api.FtpReplyException;
import io.github.winnet4j.api.ErrorCategory;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.raw.WinHttpErrors;
import io.github.winnet4j.raw.WinInetErrors;

/** Maps library failures to the exit codes of {@link ExitCodes}. */
final class Outcomes {
    private Outcomes() {
    }

    static int exitCode(WinInetException e) {
        if (e.errorCode() == WinInetErrors.ERROR_INTERNET_INVALID_URL
                || e.errorCode() == WinInetErrors.ERROR_INTERNET_UNRECOGNIZED_SCHEME) {
            return ExitCodes.BAD_URL;
        }
        if (e instanceof FtpReplyException reply) {
            if (reply.replyCode() == 530) {
                return ExitCodes.LOGIN;
            }
            if (reply.replyCode() == 550) {
                return ExitCodes.REMOTE_FILE;
            }
        }
        return byCategory(e.category());
    }

    static int exitCode(WinHttpException e) {
        if (e.errorCode() == WinHttpErrors.ERROR_WINHTTP_INVALID_URL
                || e.errorCode() == WinHttpErrors.ERROR_WINHTTP_UNRECOGNIZED_SCHEME) {
            return ExitCodes.BAD_URL;
        }
        return byCategory(e.category());
    }

    private static int byCategory(ErrorCategory category) {
        return switch (category) {
            case PROXY_DISCOVERY -> ExitCodes.PROXY_DISCOVERY;
            case NAME_NOT_RESOLVED -> ExitCodes.NAME_NOT_RESOLVED;
            case CANNOT_CONNECT -> ExitCodes.CANNOT_CONNECT;
            case TIMEOUT -> ExitCodes.TIMEOUT;
            case TLS_TRUST -> ExitCodes.TLS;
            case PROTOCOL -> ExitCodes.PROTOCOL;
            case LOGIN -> ExitCodes.LOGIN;
            default -> ExitCodes.OTHER;
        };
    }
}
