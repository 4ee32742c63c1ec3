package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetErrors;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpRetryException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Translates what the JDK's HTTP client throws into the error code wininet.dll gives for the same
 * event.
 *
 * <table>
 *   <caption>mapping</caption>
 *   <tr><td>UnknownHostException</td><td>ERROR_INTERNET_NAME_NOT_RESOLVED</td></tr>
 *   <tr><td>ConnectException, NoRouteToHostException</td><td>ERROR_INTERNET_CANNOT_CONNECT</td></tr>
 *   <tr><td>SocketTimeoutException</td><td>ERROR_INTERNET_TIMEOUT</td></tr>
 *   <tr><td>certificate refused</td><td>ERROR_INTERNET_INVALID_CA, _SEC_CERT_DATE_INVALID, _SEC_INVALID_CERT</td></tr>
 *   <tr><td>host name refused ({@link RecordingHostnameVerifier})</td><td>ERROR_INTERNET_SEC_CERT_CN_INVALID</td></tr>
 *   <tr><td>other TLS failures</td><td>ERROR_INTERNET_SECURITY_CHANNEL_ERROR</td></tr>
 *   <tr><td>malformed response, connection closed before the status line</td><td>ERROR_HTTP_INVALID_SERVER_RESPONSE</td></tr>
 *   <tr><td>"Connection reset", premature end of a chunked body</td><td>ERROR_INTERNET_CONNECTION_RESET</td></tr>
 *   <tr><td>anything else</td><td>ERROR_INTERNET_CONNECTION_ABORTED</td></tr>
 * </table>
 */
public final class FailureMapping {
    private FailureMapping() {
    }

    /** The code for a failure while sending a request or reading its response head. */
    public static int forExchange(IOException e) {
        if (e instanceof UnknownHostException) {
            return WinInetErrors.ERROR_INTERNET_NAME_NOT_RESOLVED;
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException
                || e instanceof PortUnreachableException) {
            return WinInetErrors.ERROR_INTERNET_CANNOT_CONNECT;
        }
        if (e instanceof SocketTimeoutException) {
            return WinInetErrors.ERROR_INTERNET_TIMEOUT;
        }
        Integer certificate = certificateCode(e);
        if (certificate != null) {
            return certificate;
        }
        String message = lower(e.getMessage());
        if (e instanceof SSLException) {
            return WinInetErrors.ERROR_INTERNET_SECURITY_CHANNEL_ERROR;
        }
        if (e instanceof ProtocolException || e instanceof HttpRetryException
                || message.contains("invalid http response") || message.contains("unexpected end of file")) {
            return WinInetErrors.ERROR_HTTP_INVALID_SERVER_RESPONSE;
        }
        return forStream(e);
    }

    /** The code for a failure while reading a body or writing a request body. */
    public static int forStream(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return WinInetErrors.ERROR_INTERNET_TIMEOUT;
        }
        String message = lower(e.getMessage());
        if (message.contains("reset") || message.contains("premature eof")) {
            return WinInetErrors.ERROR_INTERNET_CONNECTION_RESET;
        }
        if (e instanceof SSLException) {
            return WinInetErrors.ERROR_INTERNET_SECURITY_CHANNEL_ERROR;
        }
        if (e instanceof SocketException || message.contains("closed") || message.contains("broken pipe")) {
            return WinInetErrors.ERROR_INTERNET_CONNECTION_ABORTED;
        }
        return WinInetErrors.ERROR_INTERNET_CONNECTION_ABORTED;
    }

    private static Integer certificateCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClassifyingTrustManager.ClassifiedCertificateException c) {
                return c.code;
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
