package io.github.winnet4j.hardening;

import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServerFactory;
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
 * An Apache FtpServer on 127.0.0.1 (a free port) serving {@code home} to {@value #USER} /
 * {@value #PASSWORD}, who may write; generous login limits, since a fault sweep logs in once per
 * raw call of its flow.
 */
final class FaultInjectionFtpServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    static final String USER = "alice";
    static final String PASSWORD = "s3cret";

    final Path home;
    final int port;
    private final DefaultFtpServer server;

    private FaultInjectionFtpServer(Path home, DefaultFtpServer server) {
        this.home = home;
        this.server = server;
        this.port = server.getListener("default").getPort();
    }

    static FaultInjectionFtpServer start(Path home) throws IOException {
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
            listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
            factory.addListener("default", listener.createListener());
            ConnectionConfigFactory connections = new ConnectionConfigFactory();
            connections.setMaxLogins(500);
            connections.setMaxLoginFailures(500);
            connections.setLoginFailureDelay(0);
            factory.setConnectionConfig(connections.createConnectionConfig());
            PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
            users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
            UserManager manager = users.createUserManager();
            BaseUser user = new BaseUser();
            user.setName(USER);
            user.setPassword(PASSWORD);
            user.setHomeDirectory(home.toAbsolutePath().toString());
            user.setEnabled(true);
            user.setMaxIdleTime(60);
            user.setAuthorities(List.of(new WritePermission()));
            manager.save(user);
            factory.setUserManager(manager);
            DefaultFtpServer server = (DefaultFtpServer) factory.createServer();
            server.start();
            return new FaultInjectionFtpServer(home, server);
        } catch (FtpException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
