package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

import java.io.IOException;
import java.time.Duration;

/**
 * The FTP control-connection operations of the java backend over Commons Net: connect and log in
 * (InternetConnectW), and the single-command calls (CWD, PWD, MKD, RMD, DELE, RNFR/RNTO, raw
 * commands). Each operation takes the session for its duration ({@link FtpSessionObject#enter()}).
 */
final class FtpEngine {
    /**
     * The password sent for anonymous log-in when InternetConnectW gets neither user nor password.
     * WinINet derives one from the user's e-mail-like name; "IEUser@" is what Internet Explorer
     * historically sent, is accepted by anonymous servers that want an address-like password, and
     * reveals nothing about the user.
     */
    static final String ANONYMOUS_PASSWORD = "IEUser@";
    static final String ANONYMOUS_USER = "anonymous";

    private FtpEngine() {
    }

    /** A step on the control connection. */
    interface Step<T> {
        T run(FTPClient client) throws IOException, Win32Failure;
    }

    /**
     * Connects and logs in. The login reply stays the thread's last response text.
     *
     * @throws Win32Failure ERROR_INTERNET_LOGIN_FAILURE when the server refuses the credentials,
     *                      ERROR_INTERNET_EXTENDED_ERROR when it refuses the connection (e.g. 421),
     *                      the transport codes as for HTTP otherwise
     */
    static void connect(FtpSessionObject s, String user, String password) throws Win32Failure {
        FtpControlClient c = s.client;
        c.setConnectTimeout(Timeouts.millis(s, WinInetConstants.INTERNET_OPTION_CONNECT_TIMEOUT));
        c.setDefaultTimeout(Timeouts.millis(s, WinInetConstants.INTERNET_OPTION_RECEIVE_TIMEOUT));
        c.setDataTimeout(Duration.ofMillis(Timeouts.millis(s, WinInetConstants.INTERNET_OPTION_DATA_RECEIVE_TIMEOUT)));
        try {
            c.connect(s.host, s.port);
            if (!FTPReply.isPositiveCompletion(c.getReplyCode())) {
                throw FtpReplies.negative(c);
            }
            if (!c.login(user, password)) {
                LastResponseInfo.set(c.getReplyCode(), c.getReplyString());
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_LOGIN_FAILURE);
            }
            LastResponseInfo.Info login = LastResponseInfo.get();
            if (s.passive) {
                c.enterLocalPassiveMode();
            } else {
                c.enterLocalActiveMode();
            }
            if (c.hasFeature("UTF8")) {
                c.sendCommand("OPTS UTF8 ON");
            }
            s.mlst = c.hasFeature("MLST");
            LastResponseInfo.set(login.code(), login.text());
        } catch (IOException e) {
            throw FtpFailures.connecting(s, e);
        }
    }

    /** Runs {@code step} with the session taken; IOExceptions become the codes of {@link FtpFailures}. */
    static <T> T run(FtpSessionObject s, Step<T> step) throws Win32Failure {
        s.enter();
        try {
            return step.run(s.client);
        } catch (IOException e) {
            throw FtpFailures.during(s, e);
        } finally {
            s.exit();
        }
    }

    /** Runs a command whose success is a boolean from Commons Net; FALSE fails with the last reply. */
    static void simple(FtpSessionObject s, Step<Boolean> step) throws Win32Failure {
        run(s, c -> {
            if (!step.run(c)) {
                throw FtpReplies.negative(c);
            }
            return null;
        });
    }

    /** PWD: the current directory, as the server quotes it. */
    static String currentDirectory(FtpSessionObject s) throws Win32Failure {
        return run(s, c -> {
            String dir = c.printWorkingDirectory();
            if (dir == null) {
                throw FtpReplies.negative(c);
            }
            return dir;
        });
    }

    /** A raw command without a data connection; a 4xx or 5xx reply fails. */
    static void command(FtpSessionObject s, String line) throws Win32Failure {
        run(s, c -> {
            c.sendCommand(line);
            FtpReplies.requireNotNegative(c);
            return null;
        });
    }

    /** TYPE A or TYPE I for {@code flags}' FTP_TRANSFER_TYPE_* (UNKNOWN is binary, as with WinINet). */
    static void setType(FTPClient c, int flags) throws IOException, Win32Failure {
        boolean ascii = (flags & WinInetConstants.FTP_TRANSFER_TYPE_MASK) == WinInetConstants.FTP_TRANSFER_TYPE_ASCII;
        if (!c.setFileType(ascii ? FTP.ASCII_FILE_TYPE : FTP.BINARY_FILE_TYPE)) {
            throw FtpReplies.negative(c);
        }
    }
}
