package io.github.winnet4j.backends;

import com.sun.jna.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Which backend wins, and how a requested one that cannot load fails. */
class BackendsTest {

    @AfterEach
    void reset() {
        Backends.setDefault(null);
    }

    @Test
    void bothProvidersAreRegisteredNativeFirst() {
        var names = Backends.providers().stream().map(BackendProvider::name).toList();
        assertEquals(java.util.List.of("native", "java"), names);
    }

    @Test
    void javaIsAlwaysAvailable() {
        assertEquals("java", Backends.byName("java").name());
        assertTrue(Backends.available().stream().anyMatch(b -> b.name().equals("java")));
    }

    @Test
    void theDefaultIsNativeOnWindowsAndJavaElsewhere() {
        String requested = System.getProperty(Backends.PROPERTY);
        if (requested == null || requested.isBlank()) {
            assertEquals(Platform.isWindows() ? "native" : "java", Backends.defaultBackend().name());
        } else {
            assertEquals(requested, Backends.defaultBackend().name());
        }
    }

    @Test
    void aProgrammaticChoiceWins() {
        Backends.setDefault("java");
        assertEquals("java", Backends.defaultBackend().name());
    }

    @Test
    void anUnknownBackendIsRefusedWithTheKnownNames() {
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> Backends.byName("carrier-pigeon"));
        assertTrue(e.getMessage().contains("native") && e.getMessage().contains("java"), e.getMessage());
    }

    @Test
    void nativeOutsideWindowsFailsWithTheReasonInsteadOfFallingBack() {
        if (Platform.isWindows()) {
            assertEquals("native", Backends.byName("native").name());
            return;
        }
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> Backends.byName("native"));
        assertTrue(e.getMessage().contains("not available"), e.getMessage());
        assertThrows(BackendUnavailableException.class, () -> Backends.setDefault("native"));
    }
}
