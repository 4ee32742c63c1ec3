package io.github.winnet4j.backends.java;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSession;

/**
 * The host-name decision of one HTTPS exchange. The JDK consults a custom verifier only after its
 * own check found a mismatch; this one passes it exactly when SECURITY_FLAG_IGNORE_CERT_CN_INVALID
 * is set and remembers that it refused, so that the failure maps to
 * ERROR_INTERNET_SEC_CERT_CN_INVALID without depending on the JDK's wording (JDK 17 says "HTTPS
 * hostname wrong", JDK 25 "Wrong HTTPS hostname").
 */
public final class RecordingHostnameVerifier implements HostnameVerifier {
    private final boolean ignoreMismatch;
    private volatile boolean refused;

    RecordingHostnameVerifier(boolean ignoreMismatch) {
        this.ignoreMismatch = ignoreMismatch;
    }

    @Override
    public boolean verify(String hostname, SSLSession session) {
        if (!ignoreMismatch) {
            refused = true;
        }
        return ignoreMismatch;
    }

    /** Whether a host-name mismatch was refused. */
    public boolean refused() {
        return refused;
    }
}
