package io.github.winnet4j.cli;

import io.github.winnet4j.api.winhttp.WinHttpException;
import org.junit.jupiter.api.Test;

import static io.github.winnet4j.raw.WinHttpErrors.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** WinHTTP failures map to the same exit codes as WinINet's, and proxy discovery failures to 5. */
class WinHttpOutcomesTest {
    private static int code(int error, String name) {
        return Outcomes.exitCode(new WinHttpException("WinHttpSendRequest", error, name, "text", null));
    }

    @Test
    void winHttpCodesMapToCurlNumbers() {
        assertEquals(ExitCodes.BAD_URL, code(ERROR_WINHTTP_INVALID_URL, "ERROR_WINHTTP_INVALID_URL"));
        assertEquals(ExitCodes.BAD_URL, code(ERROR_WINHTTP_UNRECOGNIZED_SCHEME, "ERROR_WINHTTP_UNRECOGNIZED_SCHEME"));
        assertEquals(ExitCodes.NAME_NOT_RESOLVED, code(ERROR_WINHTTP_NAME_NOT_RESOLVED, "ERROR_WINHTTP_NAME_NOT_RESOLVED"));
        assertEquals(ExitCodes.CANNOT_CONNECT, code(ERROR_WINHTTP_CANNOT_CONNECT, "ERROR_WINHTTP_CANNOT_CONNECT"));
        assertEquals(ExitCodes.TIMEOUT, code(ERROR_WINHTTP_TIMEOUT, "ERROR_WINHTTP_TIMEOUT"));
        assertEquals(ExitCodes.TLS, code(ERROR_WINHTTP_SECURE_INVALID_CA, "ERROR_WINHTTP_SECURE_INVALID_CA"));
        assertEquals(ExitCodes.PROXY_DISCOVERY, code(ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT,
                "ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT"));
        assertEquals(ExitCodes.PROXY_DISCOVERY, code(ERROR_WINHTTP_AUTODETECTION_FAILED,
                "ERROR_WINHTTP_AUTODETECTION_FAILED"));
    }

    @Test
    void helpTableListsEveryCodeOnce() {
        String table = String.join("\n", ExitCodes.HELP);
        for (int c : new int[] {ExitCodes.PROXY_DISCOVERY, ExitCodes.TIMEOUT, ExitCodes.BAD_URL}) {
            assertEquals(1, table.split("\n" + String.format("%4d  ", c), -1).length - 1, table);
        }
    }
}
