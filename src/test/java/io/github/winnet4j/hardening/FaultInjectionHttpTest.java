package io.github.winnet4j.hardening;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Fault;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.github.winnet4j.raw.WinInetErrors.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every raw call of a whole WinINet HTTP exchange fails in turn (session with timeouts, connection,
 * request, a header, a streamed POST body, status and header queries, body reads, an
 * InternetOpenUrlW GET, every close): each failure surfaces as a {@link WinInetException} with the
 * injected code and the failing entry point, and every handle opened so far is closed.
 */
class FaultInjectionHttpTest {
    static final byte[] UPLOAD = "fault injection body".getBytes(StandardCharsets.US_ASCII);
    static final String ANSWER = "answer from the loopback server";

    /** The code each entry point fails with. */
    static Fault fault(String call) {
        return Fault.of(switch (call) {
            case "InternetOpenW" -> 8; // ERROR_NOT_ENOUGH_MEMORY
            case "InternetSetOptionW" -> ERROR_INTERNET_INVALID_OPTION;
            case "InternetConnectW" -> ERROR_INTERNET_CANNOT_CONNECT;
            case "HttpOpenRequestW" -> ERROR_INTERNET_INVALID_URL;
            case "HttpAddRequestHeadersW" -> ERROR_HTTP_INVALID_HEADER;
            case "HttpSendRequestW", "HttpSendRequestExW" -> ERROR_INTERNET_CONNECTION_RESET;
            case "InternetWriteFile" -> ERROR_INTERNET_CONNECTION_ABORTED;
            case "HttpEndRequestW" -> ERROR_INTERNET_TIMEOUT;
            case "HttpQueryInfoW" -> ERROR_INTERNET_INCORRECT_HANDLE_STATE;
            case "InternetReadFile" -> ERROR_INTERNET_CONNECTION_ABORTED;
            case "InternetOpenUrlW" -> ERROR_INTERNET_NAME_NOT_RESOLVED;
            case "InternetCloseHandle" -> 6; // ERROR_INVALID_HANDLE
            default -> ERROR_INTERNET_INTERNAL_ERROR;
        });
    }

    static MockWebServer server() throws Exception {
        MockWebServer server = Loopback.http();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                // Connection: close keeps runs apart: a faulted run leaves a response unread, and Wine
                // 8.0's wininet, reusing that connection for the next run, read status 0 from it.
                return new MockResponse().setHeader("Content-Type", "text/plain").setHeader("Connection", "close")
                        .setBody(ANSWER);
            }
        });
        return server;
    }

    /** The whole exchange through the public API. */
    static void exchange(Backend backend, int port) throws Exception {
        try (InternetSession session = InternetSession.builder().backend(backend).direct().agent("winnet4j-faults")
                .connectTimeout(Duration.ofSeconds(5)).receiveTimeout(Duration.ofSeconds(5)).open()) {
            try (HttpConnection server = session.connect(Loopback.HOST, port);
                 HttpRequest request = server.openRequest("POST", "/upload")) {
                request.setHeader("X-Flow", "faults");
                try (OutputStream body = request.sendStreaming(UPLOAD.length)) {
                    body.write(UPLOAD);
                }
                assertEquals(200, request.statusCode());
                assertEquals("OK", request.statusText());
                assertEquals(Optional.of("text/plain"), request.header("Content-Type"));
                try (InputStream in = request.body()) {
                    assertEquals(ANSWER, new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                }
            }
            try (HttpRequest get = session.openUrl("http://" + Loopback.HOST + ":" + port + "/get")) {
                assertEquals(200, get.statusCode());
                try (InputStream in = get.body()) {
                    assertEquals(ANSWER, new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                }
            }
        }
    }

    @AllBackends
    void everyRawCallOfAnExchangeFailsCleanly(Backend backend) throws Exception {
        try (MockWebServer server = server()) {
            Map<String, Integer> sites = FaultSweep.sweep(backend, FaultInjectionHttpTest::fault,
                    b -> exchange(b, server.getPort()), FaultInjectionHttpTest::check);
            System.out.println("[faults] WinINet HTTP on " + backend.name() + ": " + sites);
            for (String site : new String[] {"InternetOpenW", "InternetSetOptionW", "InternetConnectW",
                    "HttpOpenRequestW", "HttpAddRequestHeadersW", "HttpSendRequestExW", "InternetWriteFile",
                    "HttpEndRequestW", "HttpQueryInfoW", "InternetReadFile", "InternetOpenUrlW", "InternetCloseHandle"}) {
                assertTrue(sites.containsKey(site), site + " is not in the flow: " + sites);
            }
        }
    }

    static void check(int index, String call, Fault fault, Throwable thrown, java.util.List<String> calls) {
        assertNotNull(thrown, "the failure was swallowed: the flow completed");
        assertEquals(WinInetException.class, thrown.getClass(), "exception type: " + thrown);
        WinInetException e = (WinInetException) thrown;
        assertEquals(fault.code(), e.errorCode(), e.getMessage());
        assertEquals(call, e.call(), e.getMessage());
        assertTrue(e.errorName().startsWith("ERROR_"), e.errorName());
    }
}
