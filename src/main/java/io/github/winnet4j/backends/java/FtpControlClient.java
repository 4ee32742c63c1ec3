package io.github.winnet4j.backends.java;

import org.apache.commons.net.ftp.FTPClient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Commons Net's FTPClient with the few extra doors the WinINet contract needs: a data connection
 * for an arbitrary command (FtpCommandW with {@code fExpectResponse}), and an abrupt close of the
 * control socket that unblocks a thread waiting on it (InternetCloseHandle during a transfer).
 * Every PASV reply is answered with the control connection's peer ({@link ControlPeerResolver}).
 */
final class FtpControlClient extends FTPClient {
    FtpControlClient() {
        setControlEncoding(StandardCharsets.UTF_8.name());
        setPassiveNatWorkaroundStrategy(new ControlPeerResolver(this));
        setRemoteVerificationEnabled(true);
        setListHiddenFiles(false);
    }

    /**
     * Sends {@code commandLine} and opens the data connection it announces, or returns
     * {@code null} when the server does not answer with a 1xx reply.
     */
    Socket openDataConnection(String commandLine) throws IOException {
        return _openDataConnection_(commandLine, null);
    }

    /** As {@link #openDataConnection(String)} for {@code command} with its argument. */
    Socket openData(String command, String arg) throws IOException {
        return _openDataConnection_(command, arg);
    }

    /**
     * Closes the control socket without waiting for anything, so a thread blocked on it fails
     * at once. With {@code sayQuit} a QUIT is written first (never waiting for its reply).
     */
    void abortControl(boolean sayQuit) {
        Socket socket = _socket_;
        if (socket == null) {
            return;
        }
        if (sayQuit) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException | RuntimeException e) {
                // Closing anyway.
            }
        }
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
    }
}
