package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;

/**
 * The object behind an InternetConnectW handle for HTTP: a server and the credentials to offer
 * it. Nothing goes over the network until a request is sent.
 */
final class ConnectionObject extends InternetObject {
    final SessionObject session;
    final String host;
    /** The port given, or 0 for the scheme's default. */
    final int port;
    final int flags;
    /** True for the connection InternetOpenUrlW creates behind its request (no handle is returned). */
    final boolean implicit;

    ConnectionObject(long handle, SessionObject session, String host, int port, String user,
                     String password, int flags, long context, boolean implicit) {
        super(handle, session, context);
        this.session = session;
        this.host = host;
        this.port = port;
        this.flags = flags;
        this.implicit = implicit;
        if (user != null) {
            setOption(WinInetConstants.INTERNET_OPTION_USERNAME, user);
        }
        if (password != null) {
            setOption(WinInetConstants.INTERNET_OPTION_PASSWORD, password);
        }
    }

    @Override
    int handleType() {
        return WinInetConstants.INTERNET_HANDLE_TYPE_CONNECT_HTTP;
    }

    String user() {
        return (String) option(WinInetConstants.INTERNET_OPTION_USERNAME);
    }

    String password() {
        return (String) option(WinInetConstants.INTERNET_OPTION_PASSWORD);
    }
}
