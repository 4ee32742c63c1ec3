package io.github.winnet4j.backends.jna;

import com.sun.jna.Platform;
import io.github.winnet4j.backends.BackendProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Availability of the native backend and how it is registered. */
class NativeBackendProviderTest {
    private final NativeBackendProvider provider = new NativeBackendProvider();

    @Test
    void isRegisteredAsAServiceWithItsNameAndPriority() throws IOException {
        String services = "META-INF/services/" + BackendProvider.class.getName();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(services)) {
            assertTrue(in != null, services);
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).toList();
            assertTrue(lines.contains(NativeBackendProvider.class.getName()), lines.toString());
        }
        assertEquals("native", provider.name());
        assertEquals(100, provider.priority());
    }

    @Test
    void offWindowsItSaysWhyAndCannotBeCreated() {
        assumeFalse(Platform.isWindows(), "off Windows only");
        String reason = provider.unavailableReason().orElseThrow();
        assertEquals("wininet.dll exists only on Windows (os.name=" + System.getProperty("os.name") + ")", reason);

        assertThrows(UnsatisfiedLinkError.class, provider::create);
    }

    @Test
    void onWindowsItIsAvailableAndLoadsWininet() {
        assumeTrue(Platform.isWindows(), "on Windows only");
        assertEquals(java.util.Optional.empty(), provider.unavailableReason());
        assertEquals("native", provider.create().name());
    }
}
