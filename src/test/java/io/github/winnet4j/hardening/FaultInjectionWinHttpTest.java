package io.github.winnet4j.hardening;

import io.github.winnet4j.api.winhttp.ProxyAccess;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Fault;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Assumptions;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.winnet4j.raw.WinHttpErrors.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every raw call of a whole WinHTTP exchange fails in turn (session with timeouts and its TLS
 * protocol option, connection, request, a header, a streamed POST body, receive, status and header
 * queries, body reads, every close): each failure surfaces as a {@link WinHttpException} with the
 * injected code and the failing entry point, and every handle opened so far is closed.
 *
 * <p>One failure is handled by design rather than surfaced: WinHttpSetOption for
 * WINHTTP_OPTION_SECURE_PROTOCOLS with TLS 1.2 and 1.3 falls back to TLS 1.2 alone (Windows
 * versions without TLS 1.3 refuse the first), so the check there is that the fallback call follows
 * and the exchange completes.
 */
class FaultInjectionWinHttpTest {

    /** The code each entry point fails with. */
    static Fault fault(String call) {
        return Fault.of(switch (call) {
            case "WinHttpOpen" -> 8; // ERROR_NOT_ENOUGH_MEMORY
            case "WinHttpSetTimeouts" -> 87; // ERROR_INVALID_PARAMETER
            case "WinHttpSetOption" -> ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
            case "WinHttpConnect" -> ERROR_WINHTTP_INTERNAL_ERROR;
            case "WinHttpOpenRequest" -> ERROR_WINHTTP_INVALID_URL;
            case "WinHttpAddRequestHeaders" -> ERROR_WINHTTP_INVALID_HEADER;
            case "WinHttpSendRequest" -> ERROR_WINHTTP_CANNOT_CONNECT;
            case "WinHttpWriteData", "WinHttpReadData" -> ERROR_WINHTTP_CONNECTION_ERROR;
            case "WinHttpReceiveResponse" -> ERROR_WINHTTP_TIMEOUT;
            case "WinHttpQueryHeaders" -> ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
            case "WinHttpCloseHandle" -> 6; // ERROR_INVALID_HANDLE
            default -> ERROR_WINHTTP_INTERNAL_ERROR;
        });
    }

    static void exchange(Backend backend, int port) throws Exception {
        try (WinHttpSession session = WinHttpSession.builder().backend(backend).agent("winnet4j-faults")
                .access(ProxyAccess.noProxy()).timeouts(Duration.ofSeconds(5)).open();
             WinHttpConnection server = session.connect(Loopback.HOST, port, false);
             WinHttpRequest request = server.request("POST", "/upload").open()) {
            request.addHeader("X-Flow", "faults");
            try (OutputStream body = request.sendStreaming(FaultInjectionHttpTest.UPLOAD.length)) {
                body.write(FaultInjectionHttpTest.UPLOAD);
            }
            request.receive();
            assertEquals(200, request.statusCode());
            assertEquals("OK", request.statusText());
            assertEquals(Optional.of("text/plain"), request.header("Content-Type"));
            try (InputStream in = request.body()) {
                assertEquals(FaultInjectionHttpTest.ANSWER, new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            }
        }
    }

    @AllBackends
    void everyRawCallOfAnExchangeFailsCleanly(Backend backend) throws Exception {
        try {
            backend.winhttp();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            Assumptions.abort("backend " + backend.name() + " has no WinHTTP: " + e.getMessage());
        }
        try (MockWebServer server = FaultInjectionHttpTest.server()) {
            Map<String, Integer> sites = FaultSweep.sweep(backend, FaultInjectionWinHttpTest::fault,
                    b -> exchange(b, server.getPort()), FaultInjectionWinHttpTest::check);
            System.out.println("[faults] WinHTTP on " + backend.name() + ": " + sites);
            for (String site : new String[] {"WinHttpOpen", "WinHttpSetTimeouts", "WinHttpSetOption", "WinHttpConnect",
                    "WinHttpOpenRequest", "WinHttpAddRequestHeaders", "WinHttpSendRequest", "WinHttpWriteData",
                    "WinHttpReceiveResponse", "WinHttpQueryHeaders", "WinHttpReadData", "WinHttpCloseHandle"}) {
                assertTrue(sites.containsKey(site), site + " is not in the flow: " + sites);
            }
        }
    }

    static void check(int index, String call, Fault fault, Throwable thrown, List<String> calls) {
        if (call.equals("WinHttpSetOption") && calls.indexOf("WinHttpSetOption") == index) {
            // The session's TLS option: the fallback to TLS 1.2 alone is the next call.
            assertNull(thrown, "the TLS 1.2 fallback should have completed the exchange");
            assertEquals("WinHttpSetOption", calls.get(index + 1), "the fallback call: " + calls);
            return;
        }
        assertNotNull(thrown, "the failure was swallowed: the flow completed");
        assertEquals(WinHttpException.class, thrown.getClass(), "exception type: " + thrown);
        WinHttpException e = (WinHttpException) thrown;
        assertEquals(fault.code(), e.errorCode(), e.getMessage());
        assertEquals(call, e.call(), e.getMessage());
        assertTrue(e.errorName().startsWith("ERROR_"), e.errorName());
    }
}
