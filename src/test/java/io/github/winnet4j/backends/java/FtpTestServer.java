package io.github.winnet4j.backends.java;

import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

import java.nio.file.Path;
import java.util.List;

/**
 * An Apache FtpServer on 127.0.0.1 (a free port) serving {@code home} to "alice"/"secret" (who may
 * write) and to anonymous users (who may only read).
 */
final class FtpTestServer implements AutoCloseable {
    static final String USER = "alice";
    static final String PASSWORD = "secret";

    private final FtpServer server;
    final int port;
    final Path home;

    FtpTestServer(Path home) throws FtpException {
        this.home = home;
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setActiveEnabled(true);
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        ConnectionConfigFactory connections = new ConnectionConfigFactory();
        connections.setAnonymousLoginEnabled(true);
        connections.setLoginFailureDelay(0);
        connections.setMaxLoginFailures(100);
        factory.setConnectionConfig(connections.createConnectionConfig());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager manager = users.createUserManager();
        manager.save(user(USER, PASSWORD, true));
        manager.save(user("anonymous", null, false));
        factory.setUserManager(manager);
        server = factory.createServer();
        server.start();
        Listener started = factory.getListener("default");
        port = started.getPort();
    }

    private BaseUser user(String name, String password, boolean write) {
        BaseUser user = new BaseUser();
        user.setName(name);
        user.setPassword(password);
        user.setHomeDirectory(home.toString());
        List<Authority> authorities = write ? List.of(new WritePermission()) : List.of();
        user.setAuthorities(authorities);
        return user;
    }

    @Override
    public void close() {
        server.stop();
    }
}
