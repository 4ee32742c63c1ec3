package io.github.winnet4j.testing;

import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An Apache FtpServer on 127.0.0.1 (any free port), serving a temporary home directory to
 * {@code anonymous} (writable) and to {@value #USER} / {@value #PASSWORD}; {@value #BLANK_USER}
 * has an empty password. Shared by the API and CLI tests so both meet the same server.
 */
public final class FtpLoopback implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final String USER = "alice";
    public static final String PASSWORD = "s3cret";
    public static final String BLANK_USER = "bob";

    public final Path home;
    public final int port;
    private final FtpServer server;

    private FtpLoopback(Path home, FtpServer server, int port) {
        this.home = home;
        this.server = server;
        this.port = port;
    }

    public static FtpLoopback start(Path home) throws IOException {
        try {
            Files.createDirectories(home);
            FtpServerFactory factory = new FtpServerFactory();
            ListenerFactory listener = new ListenerFactory();
            listener.setServerAddress(HOST);
            listener.setPort(0);
            listener.setIdleTimeout(30);
            DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
            data.setPassiveAddress(HOST);
            data.setPassiveExternalAddress(HOST);
            data.setActiveLocalAddress(HOST);
            listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
            factory.addListener("default", listener.createListener());
            ConnectionConfigFactory connections = new ConnectionConfigFactory();
            connections.setAnonymousLoginEnabled(true);
            connections.setMaxLoginFailures(100);
            connections.setLoginFailureDelay(0);
            factory.setConnectionConfig(connections.createConnectionConfig());
            PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
            users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
            UserManager manager = users.createUserManager();
            manager.save(user("anonymous", null, home));
            manager.save(user(USER, PASSWORD, home));
            manager.save(user(BLANK_USER, "", home));
            factory.setUserManager(manager);
            DefaultFtpServer server = (DefaultFtpServer) factory.createServer();
            server.start();
            return new FtpLoopback(home, server, server.getListener("default").getPort());
        } catch (FtpException e) {
            throw new IOException(e);
        }
    }

    private static BaseUser user(String name, String password, Path home) {
        BaseUser u = new BaseUser();
        u.setName(name);
        u.setPassword(password);
        u.setHomeDirectory(home.toAbsolutePath().toString());
        u.setEnabled(true);
        u.setMaxIdleTime(60);
        List<Authority> authorities = List.of(new WritePermission());
        u.setAuthorities(authorities);
        return u;
    }

    @Override
    public void close() {
        server.stop();
    }
}
