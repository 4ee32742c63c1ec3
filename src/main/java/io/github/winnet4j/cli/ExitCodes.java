package io.github.winnet4j.cli;

/**
 * The exit codes, by class of failure. Where curl has a number for the same class, it is curl's,
 * so that scripts written for curl read winnet's codes the same way.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int OTHER = 1;
    static final int USAGE = 2;
    static final int BAD_URL = 3;
    static final int PROXY_DISCOVERY = 5;
    static final int NAME_NOT_RESOLVED = 6;
    static final int CANNOT_CONNECT = 7;
    static final int PROTOCOL = 8;
    static final int HTTP_ERROR = 22;
    static final int WRITE_ERROR = 23;
    static final int READ_ERROR = 26;
    static final int TIMEOUT = 28;
    static final int TLS = 35;
    static final int TOO_MANY_REDIRECTS = 47;
    static final int LOGIN = 67;
    static final int REMOTE_FILE = 78;

    /** The table shown at the end of {@code --help} (and in the README). */
    static final String[] HELP = {
        "Exit codes:",
        "   0  success",
        "   1  any other failure",
        "   2  usage: bad option or argument, backend unavailable, no password (no console)",
        "   3  the URL is malformed or its scheme is not supported",
        "   5  proxy discovery failed (proxy settings unreadable; PAC script not found, not downloaded or broken)",
        "   6  the host name could not be resolved",
        "   7  could not connect (refused, reset, unreachable)",
        "   8  the server broke the protocol (invalid response, bad redirect)",
        "  22  HTTP status 400 or above, with -f/--fail",
        "  23  could not write the output (-o)",
        "  26  could not read the input (-d @file)",
        "  28  timed out (--connect-timeout, --timeout, --max-time)",
        "  35  TLS: certificate not trusted, expired, wrong name, handshake failed",
        "  47  more redirects than --max-redirs",
        "  67  login denied (wrong user name or password; FTP 530)",
        "  78  FTP: no such remote file or directory, or no access to it (550)",
    };

    private ExitCodes() {
    }
}
