package io.github.winnet4j.backends.java;

import org.apache.commons.net.ftp.FTPClient;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The passive-mode policy: a PASV reply's address is always replaced by the control
 * connection's peer, whatever it names, and only its port is used.
 *
 * <p>Why rewrite rather than refuse: servers behind NAT routinely announce a private address
 * they cannot be reached at, and a hostile server could otherwise make the client open
 * connections to any host (the FTP "bounce" family of attacks, or scanning of an internal
 * network). Connecting only to the peer we already talk to is safe and keeps NATed servers
 * working; curl does the same by default ({@code --ftp-skip-pasv-ip}). EPSV replies carry no
 * address, so they need nothing.
 */
final class ControlPeerResolver implements FTPClient.HostnameResolver {
    private final FTPClient client;

    ControlPeerResolver(FTPClient client) {
        this.client = client;
    }

    @Override
    public String resolve(String announced) throws UnknownHostException {
        InetAddress peer = client.getRemoteAddress();
        if (peer == null) {
            throw new UnknownHostException("no control connection to take the data address from");
        }
        return peer.getHostAddress();
    }
}
