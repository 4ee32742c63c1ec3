package io.github.winnet4j.api;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a name from a server may become a file directly inside a local directory.
 * Refuses rather than repairs: a name that needs repair came from a server that is broken or
 * hostile.
 */
final class LocalNames {
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private LocalNames() {
    }

    /**
     * The file {@code name} inside {@code directory}.
     *
     * @throws UnsafeFileNameException if the name is empty, {@code .} or {@code ..}, contains a
     *         path separator, a colon (drive letters, alternate data streams) or a control
     *         character, ends in a dot or space (Windows strips them), is a Windows device name, or
     *         would otherwise resolve anywhere but directly inside {@code directory}
     */
    static Path resolve(Path directory, String name) throws UnsafeFileNameException {
        if (name == null || name.isEmpty()) {
            throw new UnsafeFileNameException(name, "it is empty");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new UnsafeFileNameException(name, "it names a directory, not a file in it");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\') {
                throw new UnsafeFileNameException(name, "it contains a path separator at index " + i);
            }
            if (c == ':') {
                throw new UnsafeFileNameException(name, "it contains ':' (a drive letter or stream name) at index " + i);
            }
            if (c < 0x20 || c == 0x7f) {
                throw new UnsafeFileNameException(name, "it contains the control character U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == ' ') {
            throw new UnsafeFileNameException(name, "it ends in '" + last + "', which Windows strips");
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICES.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            throw new UnsafeFileNameException(name, "it is a Windows device name");
        }
        Path base = directory.toAbsolutePath().normalize();
        Path target;
        try {
            target = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new UnsafeFileNameException(name, "it is not a valid local file name (" + e.getReason() + ")");
        }
        if (!target.startsWith(base) || !base.equals(target.getParent())) {
            throw new UnsafeFileNameException(name, "it resolves outside " + base);
        }
        return target;
    }
}
