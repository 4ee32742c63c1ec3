package io.github.winnet4j.hardening;

import io.github.winnet4j.testing.Loopback;
import okhttp3.tls.HeldCertificate;

import java.time.Duration;
import java.time.Instant;

/** Server certificates that a strict client must refuse, each for one reason. */
final class HostileCertificates {
    private HostileCertificates() {
    }

    /** Self-signed (unknown CA) for 127.0.0.1, valid now. */
    static HeldCertificate unknownCa() {
        return Loopback.selfSigned(Loopback.HOST, Duration.ofDays(1));
    }

    /** Self-signed for 127.0.0.1, expired yesterday. */
    static HeldCertificate expired() {
        Instant now = Instant.now();
        return new HeldCertificate.Builder().commonName(Loopback.HOST)
                .validityInterval(now.minus(Duration.ofDays(10)).toEpochMilli(), now.minus(Duration.ofDays(1)).toEpochMilli())
                .addSubjectAlternativeName(Loopback.HOST).rsa2048().build();
    }

    /** Self-signed for another name, valid now. */
    static HeldCertificate wrongName() {
        return Loopback.selfSigned("wrong-name.invalid", Duration.ofDays(1));
    }
}
