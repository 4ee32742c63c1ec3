package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Wraps the JDK's default trust manager: a chain it accepts is accepted; a refused chain is
 * classified the way WinINet reports it (an untrusted root first, then dates) and let through
 * only when the matching SECURITY_FLAG_IGNORE_* flag is set. Failures are thrown as
 * {@link ClassifiedCertificateException} so that the request can report the exact code.
 */
final class ClassifyingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;
    private final boolean ignoreUnknownCa;
    private final boolean ignoreDate;

    ClassifyingTrustManager(X509ExtendedTrustManager delegate, int securityFlags) {
        this.delegate = delegate;
        this.ignoreUnknownCa = (securityFlags & WinInetConstants.SECURITY_FLAG_IGNORE_UNKNOWN_CA) != 0;
        this.ignoreDate = (securityFlags & WinInetConstants.SECURITY_FLAG_IGNORE_CERT_DATE_INVALID) != 0;
    }

    /** A refused certificate with the WinINet error code that describes why. */
    static final class ClassifiedCertificateException extends CertificateException {
        private static final long serialVersionUID = 1L;
        final int code;

        ClassifiedCertificateException(int code, String message, Throwable cause) {
            super(message, cause);
            this.code = code;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            judge(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            judge(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            judge(chain, e);
        }
    }

    private void judge(X509Certificate[] chain, CertificateException refusal) throws CertificateException {
        boolean dateInvalid = !validNow(chain);
        boolean untrusted = !isDateProblem(refusal);
        if (untrusted && !ignoreUnknownCa) {
            throw new ClassifiedCertificateException(WinInetErrors.ERROR_INTERNET_INVALID_CA,
                    "the certificate chain does not lead to a trusted root", refusal);
        }
        if (dateInvalid && !ignoreDate) {
            throw new ClassifiedCertificateException(WinInetErrors.ERROR_INTERNET_SEC_CERT_DATE_INVALID,
                    "a certificate in the chain is expired or not yet valid", refusal);
        }
        if (untrusted) {
            return; // unknown CA ignored, and the dates are valid or ignored
        }
        if (dateInvalid && trustedAtLeafDate(chain)) {
            return; // only the dates were wrong, and they are ignored
        }
        throw new ClassifiedCertificateException(WinInetErrors.ERROR_INTERNET_SEC_INVALID_CERT,
                "the certificate is invalid", refusal);
    }

    private static boolean validNow(X509Certificate[] chain) {
        try {
            for (X509Certificate c : chain) {
                c.checkValidity();
            }
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    private static boolean isDateProblem(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
                return true;
            }
            if (t instanceof CertPathValidatorException cpve
                    && (cpve.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || cpve.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
                return true;
            }
        }
        return false;
    }

    /** Validates the chain against the default roots as of a moment inside the leaf's validity. */
    private boolean trustedAtLeafDate(X509Certificate[] chain) {
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate root : delegate.getAcceptedIssuers()) {
                anchors.add(new TrustAnchor(root, null));
            }
            List<X509Certificate> path = new ArrayList<>(Arrays.asList(chain));
            X509Certificate last = path.get(path.size() - 1);
            if (path.size() > 1 && last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                path.remove(path.size() - 1);
            }
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            X509Certificate leaf = chain[0];
            params.setDate(new Date(leaf.getNotBefore().getTime() / 2 + leaf.getNotAfter().getTime() / 2));
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), params);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
