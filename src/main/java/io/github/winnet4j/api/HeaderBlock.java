package io.github.winnet4j.api;

import io.github.winnet4j.marshal.Arguments;

/** Builds the CR LF separated header block WinINet takes, validating each header. */
final class HeaderBlock {
    private HeaderBlock() {
    }

    /** {@code "Name: value"} lines joined by CR LF, or {@code null} for none. */
    static String of(String[] headers, String argument) {
        if (headers == null || headers.length == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < headers.length; i++) {
            String arg = argument + "[" + i + "]";
            String line = Arguments.requireNonNull(headers[i], arg);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(arg + " '" + line + "' is not of the form 'Name: value'");
            }
            Arguments.requireHeaderName(line.substring(0, colon), arg + " name");
            Arguments.requireHeaderValue(line.substring(colon + 1), arg + " value");
            sb.append(line).append("\r\n");
        }
        return sb.toString();
    }

    /** One validated header line {@code "Name: value\r\n"}. */
    static String line(String name, String value) {
        Arguments.requireHeaderName(name, "name");
        Arguments.requireHeaderValue(value, "value");
        return name + ": " + value + "\r\n";
    }
}
