package io.github.winnet4j.backends.java;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.HeapTransfer;
import io.github.winnet4j.backends.java.winhttp.JavaWinHttp;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.FaultInjectingBackend;
import io.github.winnet4j.testing.MockBackend;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The java backend's array calls keep the raw calls' contract: the same bytes, the same failures
 * and last errors, and a blocked read that a close from another thread cancels. Wrappers that must
 * see every raw call do not offer them.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JavaHeapTransferTest {
    private final RawCalls raw = new RawCalls();
    private final HeapTransfer heap = new JavaHeapTransfer(raw.w, new JavaWinHttp());
    private MockWebServer server;
    private HINTERNET session;
    private HINTERNET connection;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        session = raw.session();
        connection = raw.connect(session, "127.0.0.1", server.getPort());
    }

    @AfterEach
    void stop() throws IOException {
        raw.close(session);
        server.shutdown();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    @Test
    void readsTheWholeBodyIntoTheArrayAtTheOffset() {
        byte[] content = bytes(3 * ResponseBody.CHUNK_BYTES + 17);
        server.enqueue(new MockResponse().setBody(new Buffer().write(content)).throttleBody(50_000, 1, TimeUnit.MILLISECONDS));
        HINTERNET request = raw.request(connection, "GET", "/", 0);
        raw.send(request);

        byte[] into = new byte[content.length + 10];
        IntByReference read = new IntByReference();
        int total = 0;
        for (int calls = 0; calls < 1000; calls++) {
            assertTrue(heap.InternetReadFile(request, into, 5 + total, Math.min(40_000, content.length + 5 - total), read),
                    () -> "InternetReadFile failed: " + JavaLastError.get());
            if (read.getValue() == 0) {
                break;
            }
            total += read.getValue();
        }
        assertEquals(content.length, total);
        assertArrayEquals(content, Arrays.copyOfRange(into, 5, 5 + content.length));
        raw.close(request);
    }

    @Test
    void failsWithTheLastErrorsOfTheRawCalls() {
        HINTERNET request = raw.request(connection, "GET", "/", 0);
        IntByReference count = new IntByReference();

        assertFalse(heap.InternetReadFile(request, new byte[8], 0, 8, count));
        int heapError = JavaLastError.get();
        assertFalse(raw.w.InternetReadFile(request, new Memory(8), 8, count));
        assertEquals(JavaLastError.get(), heapError);
        assertEquals(WinInetErrors.ERROR_INTERNET_INCORRECT_HANDLE_STATE, heapError);

        assertFalse(heap.InternetWriteFile(request, new byte[8], 0, 8, count));
        heapError = JavaLastError.get();
        assertFalse(raw.w.InternetWriteFile(request, new Memory(8), 8, count));
        assertEquals(JavaLastError.get(), heapError);

        raw.close(request);
        assertFalse(heap.InternetReadFile(request, new byte[8], 0, 8, count));
        assertEquals(WinError.ERROR_INVALID_HANDLE, JavaLastError.get());
    }

    @Test
    void closeFromAnotherThreadCancelsABlockedRead() throws Exception {
        server.enqueue(new MockResponse().setBody(new Buffer().write(bytes(1000))).throttleBody(10, 500, TimeUnit.MILLISECONDS));
        HINTERNET request = raw.request(connection, "GET", "/", 0);
        raw.send(request);

        CompletableFuture<Integer> reading = CompletableFuture.supplyAsync(() -> {
            IntByReference read = new IntByReference();
            return heap.InternetReadFile(request, new byte[1000], 0, 1000, read) ? 0 : JavaLastError.get();
        });
        Thread.sleep(300);
        assertFalse(reading.isDone(), "the read waits for the rest of the body");
        long closed = System.nanoTime();
        raw.close(request);

        assertEquals(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED, reading.get(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - closed < TimeUnit.SECONDS.toNanos(3), "the read ends promptly");
    }

    @Test
    void onlyTheJavaBackendOffersArrayCalls() {
        JavaBackend java = new JavaBackend();
        assertTrue(java.heapTransfer().isPresent());
        assertTrue(new MockBackend().heapTransfer().isEmpty(), "a mock sees every raw call");
        assertTrue(new FaultInjectingBackend(java, call -> null).heapTransfer().isEmpty(),
                "fault injection sees every raw call");
    }
}
