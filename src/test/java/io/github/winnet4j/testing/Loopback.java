package io.github.winnet4j.testing;

import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

/** Servers and addresses for tests; everything listens on 127.0.0.1 only. */
public final class Loopback {
    public static final String HOST = "127.0.0.1";

    private Loopback() {
    }

    /** A started plain-HTTP scripted server on 127.0.0.1. */
    public static MockWebServer http() throws IOException {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName(HOST), 0);
        return server;
    }

    /** A started HTTPS scripted server on 127.0.0.1 with a self-signed certificate for 127.0.0.1. */
    public static MockWebServer https() throws IOException {
        return https(selfSigned(HOST, Duration.ofDays(1)));
    }

    /** A started HTTPS scripted server presenting {@code certificate}. */
    public static MockWebServer https(HeldCertificate certificate) throws IOException {
        HandshakeCertificates server = new HandshakeCertificates.Builder()
                .heldCertificate(certificate)
                .build();
        MockWebServer ws = new MockWebServer();
        ws.useHttps(server.sslSocketFactory(), false);
        ws.start(InetAddress.getByName(HOST), 0);
        return ws;
    }

    /** A self-signed certificate for {@code name} (an IP address or a host name), valid from now on. */
    public static HeldCertificate selfSigned(String name, Duration validity) {
        HeldCertificate.Builder b = new HeldCertificate.Builder().commonName(name)
                .validityInterval(Instant.now().minusSeconds(60).toEpochMilli(),
                        Instant.now().plus(validity).toEpochMilli())
                .rsa2048();
        b.addSubjectAlternativeName(name);
        return b.build();
    }

    /** A port on 127.0.0.1 where nothing listens (bound, then released). */
    public static int refusedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        }
    }
}
