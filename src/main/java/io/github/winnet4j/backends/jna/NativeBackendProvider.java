package io.github.winnet4j.backends.jna;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.win32.W32APIOptions;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.BackendProvider;

import java.util.Optional;

/**
 * Provides the {@code native} backend: preferred (priority 100) wherever wininet.dll can be
 * loaded, which is only on Windows. {@link #unavailableReason()} says why it cannot be used, so an
 * explicit request for it fails with that reason instead of falling back.
 */
public final class NativeBackendProvider implements BackendProvider {
    /** The backend's name for {@code -Dwinnet4j.backend}. */
    public static final String NAME = "native";
    /** Above the java backend's priority. */
    public static final int PRIORITY = 100;

    private volatile Optional<String> reason;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Optional<String> unavailableReason() {
        Optional<String> known = reason;
        if (known == null) {
            known = probe();
            reason = known;
        }
        return known;
    }

    @Override
    public Backend create() {
        return new NativeBackend();
    }

    private static Optional<String> probe() {
        try {
            if (!Platform.isWindows()) {
                return Optional.of("wininet.dll exists only on Windows (os.name="
                        + System.getProperty("os.name") + ")");
            }
            NativeLibrary.getInstance("wininet", W32APIOptions.UNICODE_OPTIONS);
            return Optional.empty();
        } catch (UnsatisfiedLinkError e) {
            return Optional.of("wininet.dll cannot be loaded: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return Optional.of("JNA cannot load native code: " + e);
        }
    }
}
