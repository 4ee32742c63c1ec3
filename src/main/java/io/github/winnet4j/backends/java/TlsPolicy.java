package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-request TLS settings: the JDK's default trust, made lenient only where a request's
 * SECURITY_FLAG_IGNORE_* flags say so, and certificate failures classified into WinINet's codes.
 *
 * <p>Nothing global is changed (no {@code HttpsURLConnection.setDefault*}, no default
 * SSLContext). One socket factory exists per combination of leniency flags; because the JDK's
 * keep-alive cache keys HTTPS connections by socket factory, a connection opened under lenient
 * flags is never reused by a stricter request.
 */
public final class TlsPolicy {
    /** The security flags that change how a server certificate is judged. */
    static final int LENIENCY_FLAGS = WinInetConstants.SECURITY_FLAG_IGNORE_UNKNOWN_CA
            | WinInetConstants.SECURITY_FLAG_IGNORE_CERT_DATE_INVALID
            | WinInetConstants.SECURITY_FLAG_IGNORE_CERT_CN_INVALID
            | WinInetConstants.SECURITY_FLAG_IGNORE_REVOCATION;

    /** The message the JDK's HTTPS client gives when the host name verifier refuses the name. */

    private static final Map<Integer, SSLSocketFactory> FACTORIES = new ConcurrentHashMap<>();

    private TlsPolicy() {
    }

    /** The socket factory for these security flags (only {@link #LENIENCY_FLAGS} matter). */
    public static SSLSocketFactory socketFactory(int securityFlags) {
        return FACTORIES.computeIfAbsent(securityFlags & LENIENCY_FLAGS, TlsPolicy::createFactory);
    }

    /** A host-name verifier for one exchange with these security flags. */
    public static RecordingHostnameVerifier hostnameVerifier(int securityFlags) {
        return new RecordingHostnameVerifier((securityFlags & WinInetConstants.SECURITY_FLAG_IGNORE_CERT_CN_INVALID) != 0);
    }

    private static SSLSocketFactory createFactory(int flags) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new ClassifyingTrustManager(defaultTrustManager(), flags)}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }

    private static X509ExtendedTrustManager defaultTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509ExtendedTrustManager in the default TrustManagerFactory");
    }
}
