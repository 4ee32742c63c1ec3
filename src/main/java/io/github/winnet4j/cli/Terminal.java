package io.github.winnet4j.cli;

import java.io.Console;

/**
 * The interactive terminal, when there is one: it decides whether progress is drawn and lets a
 * password be read without echo. Tests substitute their own.
 */
interface Terminal {

    /** Whether a person is likely watching (a console is attached). */
    boolean interactive();

    /**
     * Reads a password without echo.
     *
     * @return the password, or {@code null} when there is no console to ask
     */
    char[] readPassword(String prompt);

    /** The process's console ({@link System#console()}), or none. */
    static Terminal system() {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return System.console() != null;
            }

            @Override
            public char[] readPassword(String prompt) {
                Console console = System.console();
                return console == null ? null : console.readPassword("%s", prompt);
            }
        };
    }

    /** No console: not interactive, no password prompts (pipes, services, tests). */
    static Terminal none() {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public char[] readPassword(String prompt) {
                return null;
            }
        };
    }
}
