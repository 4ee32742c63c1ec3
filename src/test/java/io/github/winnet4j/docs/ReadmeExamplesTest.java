package io.github.winnet4j.docs;

import io.github.winnet4j.api.FtpEntry;
import io.github.winnet4j.api.FtpListing;
import io.github.winnet4j.api.FtpReplyException;
import io.github.winnet4j.api.FtpSession;
import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.TransferType;
import io.github.winnet4j.api.winhttp.ProxyAccess;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.integration.WindowsProxySelector;
import io.github.winnet4j.testing.FtpLoopback;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The README's examples, as written there, on the default backend against loopback servers (only
 * the port is the test server's). If one of these changes, the README changes with it.
 */
class ReadmeExamplesTest {

    @Test
    void httpInTenLinesAndAStreamedUpload(@TempDir Path dir) throws Exception {
        try (MockWebServer web = Loopback.http()) {
            web.enqueue(new MockResponse().addHeader("Set-Cookie", "a=1").setBody("{\"ok\":true}"));
            web.enqueue(new MockResponse().setResponseCode(201));
            int port = web.getPort();
            Path file = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7 ...");
            String body;
            int uploaded;
            // --- README: HTTP in ten lines
            try (InternetSession session = InternetSession.builder()
                    .agent("my-app/1.0")
                    .timeouts(Duration.ofSeconds(30))
                    .open();
                 HttpConnection server = session.connect("127.0.0.1", port);
                 HttpRequest request = server.openRequest("GET", "/status")) {
                request.addHeader("Accept", "application/json");
                request.send();
                System.out.println(request.statusCode() + " " + request.statusText());
                System.out.println(request.headers("Set-Cookie"));
                body = new String(request.body().readAllBytes(), StandardCharsets.UTF_8);
                // --- README: a body of known length streams without buffering
                try (HttpRequest upload = server.openRequest("PUT", "/files/report.pdf")) {
                    try (OutputStream out = upload.sendStreaming(Files.size(file))) {
                        Files.copy(file, out);
                    }
                    uploaded = upload.statusCode();
                }
            }
            assertEquals("{\"ok\":true}", body);
            assertEquals(201, uploaded);
            assertEquals("application/json", web.takeRequest().getHeader("Accept"));
            assertEquals("%PDF-1.7 ...", web.takeRequest().getBody().readUtf8());
        }
    }

    @Test
    void ftp(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("pub"));
        Files.createDirectories(home.resolve("incoming"));
        Files.writeString(home.resolve("pub/report.txt"), "quarterly");
        Path local = Files.createDirectories(dir.resolve("local"));
        Files.writeString(local.resolve("notes.txt"), "remember");
        char[] password = FtpLoopback.PASSWORD.toCharArray();
        try (FtpLoopback server = FtpLoopback.start(home)) {
            // --- README: FTP (local paths resolved in a temporary directory)
            try (InternetSession session = InternetSession.open();
                 FtpSession ftp = session.ftp("127.0.0.1").port(server.port)
                         .user("alice").password(password).open()) {
                try (FtpListing listing = ftp.list("/pub/*")) {
                    for (FtpEntry entry : listing) {
                        System.out.println(entry.name() + " " + entry.size());
                    }
                }
                ftp.download("/pub/report.txt", local.resolve("report.txt"), true, TransferType.BINARY);
                ftp.upload(local.resolve("notes.txt"), "/incoming/notes.txt", TransferType.BINARY);
            } catch (FtpReplyException e) {
                fail(e.replyCode() + " " + e.serverText());
            }
        }
        assertEquals("quarterly", Files.readString(local.resolve("report.txt")));
        assertEquals("remember", Files.readString(home.resolve("incoming/notes.txt")));
    }

    @Test
    void winHttp() throws Exception {
        try (MockWebServer web = Loopback.http()) {
            web.enqueue(new MockResponse().setBody("up"));
            String body;
            // --- README: WinHTTP
            try (WinHttpSession session = WinHttpSession.builder()
                    .agent("my-app/1.0")
                    .access(ProxyAccess.noProxy())
                    .timeouts(Duration.ofSeconds(10))
                    .open();
                 WinHttpConnection server = session.connect("127.0.0.1", web.getPort(), false);
                 WinHttpRequest request = server.request("GET", "/status").open()) {
                request.send();
                request.receive();
                System.out.println(request.statusCode() + " " + request.statusText());
                body = new String(request.body().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals("up", body);
        }
    }

    @Test
    void proxySelector() throws Exception {
        List<Proxy> answer;
        // --- README: a ProxySelector that finds proxies the way Windows does
        try (WindowsProxySelector selector = WindowsProxySelector.builder()
                .answerWithin(Duration.ofSeconds(2))
                .build()) {
            HttpClient client = HttpClient.newBuilder().proxy(selector).build();
            answer = selector.select(URI.create("http://127.0.0.1:8080/"));
            System.out.println(answer);
            assertNotNull(client);
        }
        assertFalse(answer.isEmpty(), "a selector answers at least DIRECT");
    }
}
