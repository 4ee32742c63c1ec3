package io.github.winnet4j.backends.java;

import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.raw.WinInetErrors;
import org.apache.commons.net.ftp.FTPClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * FTP data transfers: whole files (FtpGetFileW, FtpPutFileW), open file handles (FtpOpenFileW,
 * FtpCommandW with a response, ftp:// URLs) and their completion on close.
 *
 * <p>Bytes go over the wire as they are, in either transfer type: TYPE A or TYPE I is sent and the
 * server does any line-end conversion, as with WinINet (which never converts on the client). A
 * download goes to a temporary file beside the target and is moved into place only when the
 * server confirmed the transfer, so a failed download leaves no partial file.
 */
final class FtpTransfers {
    private static final int COPY_BYTES = 64 * 1024;

    private FtpTransfers() {
    }

    /** Sends {@code command arg} and opens the data connection it announces; a refusal fails. */
    static Socket openData(FtpControlClient c, String command, String arg) throws IOException, Win32Failure {
        Socket socket = arg == null ? c.openDataConnection(command) : c.openData(command, arg);
        if (socket == null) {
            throw FtpReplies.negative(c);
        }
        return socket;
    }

    /** FtpGetFileW: local checks first (ERROR_FILE_EXISTS before any traffic), then RETR. */
    static void get(FtpSessionObject s, String remote, Path local, boolean failIfExists, int flags) throws Win32Failure {
        if (failIfExists && Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
            throw new Win32Failure(WinError.ERROR_FILE_EXISTS);
        }
        Path dir = local.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new Win32Failure(WinError.ERROR_PATH_NOT_FOUND);
        }
        if (Files.isDirectory(local)) {
            throw new Win32Failure(WinError.ERROR_ACCESS_DENIED);
        }
        s.enter();
        Path temp;
        try {
            temp = Files.createTempFile(dir, ".winnet4j-", ".part");
        } catch (IOException e) {
            s.exit();
            throw LocalFileErrors.opening(local, e);
        }
        try {
            FtpEngine.setType(s.client, flags);
            Socket socket = openData(s.client, "RETR", remote);
            s.setActiveData(socket);
            try (InputStream in = socket.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                copy(s, in, out, false);
            } catch (Win32Failure f) {
                abandon(s, socket);
                throw f;
            } finally {
                s.setActiveData(null);
            }
            FtpReplies.requireCompletionAfter(s.client);
            try {
                if (failIfExists) {
                    Files.move(temp, local);
                } else {
                    Files.move(temp, local, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw LocalFileErrors.opening(local, e);
            }
        } catch (IOException e) {
            throw FtpFailures.during(s, e);
        } finally {
            deleteQuietly(temp);
            s.exit();
        }
    }

    /** FtpPutFileW: the local file is opened before any traffic (ERROR_FILE_NOT_FOUND), then STOR. */
    static void put(FtpSessionObject s, Path local, String remote, int flags) throws Win32Failure {
        InputStream in;
        try {
            if (Files.isDirectory(local)) {
                throw new Win32Failure(WinError.ERROR_ACCESS_DENIED);
            }
            in = Files.newInputStream(local);
        } catch (IOException e) {
            throw LocalFileErrors.opening(local, e);
        }
        try (in) {
            s.enter();
            try {
                FtpEngine.setType(s.client, flags);
                Socket socket = openData(s.client, "STOR", remote);
                s.setActiveData(socket);
                try (OutputStream out = socket.getOutputStream()) {
                    copy(s, in, out, true);
                } catch (Win32Failure f) {
                    abandon(s, socket);
                    throw f;
                } finally {
                    s.setActiveData(null);
                    FtpSessionObject.closeQuietly(socket);
                }
                FtpReplies.requireCompletionAfter(s.client);
            } catch (IOException e) {
                throw FtpFailures.during(s, e);
            } finally {
                s.exit();
            }
        } catch (IOException e) {
            throw LocalFileErrors.transfer(e, false);
        }
    }

    /**
     * FtpOpenFileW: TYPE, SIZE (for reads, kept for FtpGetFileSize), then RETR or STOR; the
     * returned handle holds the session until closed.
     */
    static FtpFileObject open(FtpSessionObject s, long handle, String name, boolean writing, int flags, long context)
            throws Win32Failure {
        s.enter();
        try {
            FtpEngine.setType(s.client, flags);
            long size = -1;
            LastResponseInfo.Info sizeFailure = null;
            if (!writing) {
                size = size(s.client, name);
                if (size < 0) {
                    sizeFailure = LastResponseInfo.get();
                }
            }
            Socket socket = openData(s.client, writing ? "STOR" : "RETR", name);
            FtpFileObject file = new FtpFileObject(handle, s, socket, writing, size, sizeFailure, context);
            s.beginTransfer(file);
            return file;
        } catch (IOException e) {
            throw FtpFailures.during(s, e);
        } finally {
            s.exit();
        }
    }

    /** FtpCommandW with a response: the command's data connection as a readable handle. */
    static FtpFileObject command(FtpSessionObject s, long handle, String line, int flags, long context)
            throws Win32Failure {
        s.enter();
        try {
            FtpEngine.setType(s.client, flags);
            Socket socket = openData(s.client, line, null);
            FtpFileObject file = new FtpFileObject(handle, s, socket, false, -1, null, context);
            s.beginTransfer(file);
            return file;
        } catch (IOException e) {
            throw FtpFailures.during(s, e);
        } finally {
            s.exit();
        }
    }

    /**
     * Completes {@code file}'s transfer after its handle was closed: reads the server's final
     * reply. Returns 0, or the error to report: a refused upload, or a download that had reached
     * its end, fails with ERROR_INTERNET_EXTENDED_ERROR, or ERROR_FTP_DROPPED when the server
     * answered 421 or dropped the control connection instead of confirming; a download abandoned
     * early ends quietly (the server's 426 is expected then). Nothing happens when the session is
     * closed too.
     */
    static int finish(FtpFileObject file) {
        FtpSessionObject s = file.session;
        if (s.isClosed()) {
            return 0;
        }
        s.enterToFinish();
        try {
            boolean complete = s.client.completePendingCommand();
            if (!complete && (file.writing || file.ended())) {
                FtpReplies.negative(s.client);
                return WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR;
            }
            return 0;
        } catch (IOException e) {
            // A download that reached the end of its data without the server's completion reply
            // (a 421 or a dropped control connection) may be short: report it, never a silent file.
            return file.writing || file.ended() ? FtpFailures.during(s, e).code : 0;
        } finally {
            s.endTransfer(file);
            s.exit();
        }
    }

    /** SIZE: the size, or -1 when the server does not tell. */
    static long size(FTPClient c, String name) throws IOException {
        int code = c.sendCommand("SIZE", name);
        if (code != 213) {
            return -1;
        }
        String text = c.getReplyString().substring(Math.min(4, c.getReplyString().length())).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void copy(FtpSessionObject s, InputStream in, OutputStream out, boolean upload) throws Win32Failure {
        byte[] buffer = new byte[COPY_BYTES];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                throw upload ? LocalFileErrors.transfer(e, false) : FtpFailures.during(s, e);
            }
            if (n < 0) {
                return;
            }
            try {
                out.write(buffer, 0, n);
            } catch (IOException e) {
                throw upload ? FtpFailures.during(s, e) : LocalFileErrors.transfer(e, true);
            }
        }
    }

    /** After a failed copy: drops the data connection and reads the server's final reply, if it can. */
    private static void abandon(FtpSessionObject s, Socket socket) {
        FtpSessionObject.closeQuietly(socket);
        if (s.isClosed()) {
            return;
        }
        LastResponseInfo.Info kept = LastResponseInfo.get();
        try {
            s.client.completePendingCommand();
        } catch (IOException e) {
            // The failure already being reported matters more.
        }
        LastResponseInfo.set(kept.code(), kept.text());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover temporary file is all that remains.
        }
    }
}
