package io.github.winnet4j.cli;

/**
 * A user name and password from {@code -u} or the URL. A missing password is read from the console
 * without echo; with no console the command refuses rather than send an empty password.
 *
 * @param user     the user name
 * @param password the password
 */
record Credentials(String user, char[] password) {

    /**
     * The credentials to use: {@code -u} wins over the URL's; {@code null} when there are none.
     *
     * @param option   the value of {@code -u}, or {@code null}
     * @param target   the URL, whose user and password are used when {@code -u} is absent
     * @param terminal where to ask for a missing password
     */
    static Credentials resolve(String option, Target target, Terminal terminal) {
        String user;
        String password;
        if (option != null) {
            int colon = option.indexOf(':');
            user = colon < 0 ? option : option.substring(0, colon);
            password = colon < 0 ? null : option.substring(colon + 1);
        } else if (!target.user().isEmpty()) {
            user = target.user();
            password = target.password().isEmpty() ? null : target.password();
        } else {
            return null;
        }
        if (user.isEmpty()) {
            throw new IllegalArgumentException("-u has an empty user name");
        }
        if (password != null) {
            return new Credentials(user, password.toCharArray());
        }
        char[] typed = terminal.readPassword("Enter host password for user '" + user + "': ");
        if (typed == null) {
            throw new CliFailure(ExitCodes.USAGE, "no password for user '" + user + "' and no console to ask for"
                    + " one; give -u " + user + ":PASSWORD");
        }
        return new Credentials(user, typed);
    }
}
