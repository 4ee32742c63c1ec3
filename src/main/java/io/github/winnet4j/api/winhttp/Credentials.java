package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.marshal.Arguments;

/**
 * A user name and password for server (401) or proxy (407) authentication. {@link #toString()}
 * hides the password.
 *
 * <pre>{@code
 * server.request("GET", "/private").credentials(new Credentials("alice", secret)).open();
 * }</pre>
 *
 * @param user     e.g. {@code "alice"} or {@code "DOMAIN\\alice"}
 * @param password the password
 */
public record Credentials(String user, String password) {
    public Credentials {
        Arguments.requireNonNull(user, "user");
        Arguments.requireNonNull(password, "password");
        Arguments.requireNoNul(user, "user");
        Arguments.requireNoNul(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
