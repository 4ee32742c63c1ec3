package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;

import java.util.Arrays;

import static io.github.winnet4j.raw.WinInetConstants.INTERNET_DEFAULT_FTP_PORT;
import static io.github.winnet4j.raw.WinInetConstants.INTERNET_FLAG_PASSIVE;
import static io.github.winnet4j.raw.WinInetConstants.INTERNET_SERVICE_FTP;

/**
 * Settings for an {@link FtpSession}; see {@link InternetSession#ftp(String)}. Defaults: port 21,
 * passive mode, anonymous login.
 *
 * <p>Credentials follow InternetConnect's rules for FTP: no user and no password log in as
 * {@code anonymous} (WinINet supplies the password); a user without a password sends a blank
 * password; a password without a user is refused here, before any traffic.
 *
 * <pre>{@code
 * char[] password = readPassword();
 * try (FtpSession ftp = session.ftp("127.0.0.1").port(2121).user("alice").password(password).open()) {
 *     System.out.println(ftp.currentDirectory());
 * } // password is wiped by open()
 * }</pre>
 */
public final class FtpSessionBuilder {
    private final InternetSession session;
    private final String host;
    private int port = INTERNET_DEFAULT_FTP_PORT;
    private boolean passive = true;
    private String user;
    private char[] password;

    FtpSessionBuilder(InternetSession session, String host) {
        Arguments.requireNonNull(host, "host");
        FtpArguments.remote(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        this.session = session;
        this.host = host;
    }

    /** The control port (default 21). */
    public FtpSessionBuilder port(int port) {
        Arguments.requirePort(port, "port");
        this.port = port == 0 ? INTERNET_DEFAULT_FTP_PORT : port;
        return this;
    }

    /** Passive (PASV, the default: the client opens data connections) or active (PORT) mode. */
    public FtpSessionBuilder passive(boolean passive) {
        this.passive = passive;
        return this;
    }

    /** The user name; without {@link #password(char[])} a blank password is sent. */
    public FtpSessionBuilder user(String user) {
        this.user = FtpArguments.remote(user, "user");
        return this;
    }

    /**
     * The password. The array is copied; {@link #open()} wipes the copy and the native copy once
     * WinINet has them. Wipe your own array when you no longer need it.
     */
    public FtpSessionBuilder password(char[] password) {
        char[] copy = Secrets.copy(password, "password");
        for (char c : copy) {
            if (c == '\r' || c == '\n') {
                Arrays.fill(copy, '\0');
                throw new IllegalArgumentException("password contains CR or LF; it would end the PASS command early");
            }
        }
        if (this.password != null) {
            Arrays.fill(this.password, '\0');
        }
        this.password = copy;
        return this;
    }

    /**
     * Connects and logs in (InternetConnectW with INTERNET_SERVICE_FTP: unlike HTTP, this is
     * network traffic).
     *
     * @throws IllegalArgumentException if a password was given without a user
     * @throws WinInetException ERROR_INTERNET_LOGIN_FAILURE ({@link ErrorCategory#LOGIN}) for
     *                          wrong credentials, ERROR_INTERNET_CANNOT_CONNECT and so on
     */
    public FtpSession open() throws WinInetException {
        if (password != null && user == null) {
            Arrays.fill(password, '\0');
            password = null;
            throw new IllegalArgumentException("a password was given without a user; "
                    + "InternetConnect refuses that (give user(...) too, or neither for anonymous)");
        }
        String description = "FtpSession(ftp://" + (user == null ? "" : user + "@") + host + ":" + port + ")";
        DWORD_PTR context = session.contextFor(description);
        Memory hostMemory = Utf16.encode(host, "host");
        Memory userMemory = Utf16.encode(user, "user");
        Memory passwordMemory = password == null ? null : Secrets.encode(password);
        try {
            HINTERNET h;
            try (HandleUse u = session.useToOpen()) {
                h = session.backend().wininet().InternetConnectW(u.value(), hostMemory,
                        (short) port, userMemory, passwordMemory, INTERNET_SERVICE_FTP,
                        passive ? INTERNET_FLAG_PASSIVE : 0, context);
            }
            if (h == null) {
                throw FtpFailure.capture(session.backend(), "InternetConnectW", description);
            }
            return new FtpSession(new HandleState(session.backend(), h, description, session.state), session);
        } finally {
            if (passwordMemory != null) {
                passwordMemory.clear();
            }
            if (password != null) {
                Arrays.fill(password, '\0');
                password = null;
            }
        }
    }
}
