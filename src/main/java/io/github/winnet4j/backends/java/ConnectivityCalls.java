package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * The connectivity calls. This backend has no dial-up, no offline mode and no IE state: the
 * machine is taken to be on a LAN, always online. InternetCheckConnectionW really connects.
 */
final class ConnectivityCalls {
    /** How long InternetCheckConnectionW waits for the TCP connection. */
    static final int CHECK_TIMEOUT_MS = 5_000;
    /** The name InternetGetConnectedStateExW reports. */
    static final String CONNECTION_NAME = "LAN Connection";

    private ConnectivityCalls() {
    }

    /**
     * Connects to the URL's host and port (FLAG_ICC_FORCE_CONNECTION or not: there is no cached
     * server database to consult). No URL fails with ERROR_NOT_CONNECTED, as documented; any failure
     * to connect with ERROR_INTERNET_CANNOT_CONNECT.
     */
    static void check(Pointer url) throws Win32Failure {
        String text = Utf16.decode(url);
        if (text == null) {
            throw new Win32Failure(WinError.ERROR_NOT_CONNECTED);
        }
        URI uri = UrlText.parse(text);
        if (uri == null || uri.getHost() == null) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_INVALID_URL);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(uri.getScheme());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), CHECK_TIMEOUT_MS);
        } catch (IOException | IllegalArgumentException e) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_CANNOT_CONNECT, e);
        }
    }

    static void connectedState(IntByReference flags, Pointer name, int nameChars) {
        if (flags != null) {
            flags.setValue(WinInetConstants.INTERNET_CONNECTION_LAN);
        }
        if (name != null && nameChars > 0) {
            String text = CONNECTION_NAME.substring(0, Math.min(CONNECTION_NAME.length(), nameChars - 1));
            Utf16.write(name, text);
        }
    }

    private static int defaultPort(String scheme) {
        String s = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        switch (s) {
            case "https":
                return WinInetConstants.INTERNET_DEFAULT_HTTPS_PORT;
            case "ftp":
                return WinInetConstants.INTERNET_DEFAULT_FTP_PORT;
            default:
                return WinInetConstants.INTERNET_DEFAULT_HTTP_PORT;
        }
    }
}
