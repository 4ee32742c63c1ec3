package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;

/** The object behind an InternetOpenW handle: the user agent, proxy settings and session flags. */
final class SessionObject extends InternetObject {
    final String agent;
    final int flags;
    private volatile ProxySettings proxy;

    SessionObject(long handle, InternetObject root, String agent, ProxySettings proxy, int flags) {
        super(handle, root, 0);
        this.agent = agent;
        this.proxy = proxy;
        this.flags = flags;
    }

    @Override
    int handleType() {
        return WinInetConstants.INTERNET_HANDLE_TYPE_INTERNET;
    }

    ProxySettings proxy() {
        return proxy;
    }

    void setProxy(ProxySettings proxy) {
        this.proxy = proxy;
    }
}
