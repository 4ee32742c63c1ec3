package io.github.winnet4j.backends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses and caches backends.
 *
 * <p>The default is, in order: the backend named by {@link #setDefault(String)}, the one named by
 * the system property {@value #PROPERTY} ({@code native} or {@code java}), or else the available
 * backend with the highest priority (native on Windows, java elsewhere). A backend that is asked for
 * by name and cannot load fails with {@link BackendUnavailableException} giving the reason; there is
 * never a silent fallback to another backend.
 *
 * <pre>{@code
 * Backend java = Backends.byName("java");
 * try (InternetSession session = InternetSession.builder().backend(java).open()) { ... }
 * }</pre>
 */
public final class Backends {
    /** The system property that selects the default backend. */
    public static final String PROPERTY = "winnet4j.backend";

    private static final System.Logger LOG = System.getLogger(Backends.class.getName());
    private static final Map<String, Backend> CREATED = new ConcurrentHashMap<>();
    private static volatile String programmaticDefault;

    private Backends() {
    }

    /** Every provider on the class path, highest priority first. */
    public static List<BackendProvider> providers() {
        List<BackendProvider> list = new ArrayList<>();
        Iterator<BackendProvider> it = ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader()).iterator();
        // Bounded: a ServiceLoader that keeps failing without advancing must not spin forever.
        for (int i = 0; i < 100; i++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                list.add(it.next());
            } catch (ServiceConfigurationError e) {
                // One broken registration must not hide the others; it is reported where it matters.
                LOG.log(System.Logger.Level.WARNING, "winnet4j: a backend provider could not be loaded: " + e.getMessage());
            }
        }
        list.sort(Comparator.comparingInt(BackendProvider::priority).reversed());
        return list;
    }

    /** The backends that can be used on this machine, highest priority first. */
    public static List<Backend> available() {
        List<Backend> list = new ArrayList<>();
        for (BackendProvider p : providers()) {
            if (p.unavailableReason().isEmpty()) {
                list.add(byName(p.name()));
            }
        }
        return list;
    }

    /**
     * The backend with this name.
     *
     * @throws BackendUnavailableException if no provider has the name or it cannot load here
     */
    public static Backend byName(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        Backend cached = CREATED.get(key);
        if (cached != null) {
            return cached;
        }
        List<String> known = new ArrayList<>();
        for (BackendProvider p : providers()) {
            known.add(p.name());
            if (p.name().equals(key)) {
                String reason = p.unavailableReason().orElse(null);
                if (reason != null) {
                    throw new BackendUnavailableException("winnet4j backend '" + key + "' is not available: " + reason);
                }
                return CREATED.computeIfAbsent(key, k -> p.create());
            }
        }
        throw new BackendUnavailableException("winnet4j backend '" + key + "' is unknown; known backends: " + known);
    }

    /**
     * The default backend (see the class description).
     *
     * @throws BackendUnavailableException if the requested backend cannot load
     */
    public static Backend defaultBackend() {
        String requested = programmaticDefault;
        if (requested == null) {
            requested = System.getProperty(PROPERTY);
        }
        if (requested != null && !requested.isBlank() && !requested.trim().equalsIgnoreCase("auto")) {
            return byName(requested);
        }
        for (BackendProvider p : providers()) {
            if (p.unavailableReason().isEmpty()) {
                return byName(p.name());
            }
        }
        throw new BackendUnavailableException("no winnet4j backend is available on this machine");
    }

    /** Sets (or with {@code null} clears) the default backend by name, over the system property. */
    public static void setDefault(String name) {
        if (name != null) {
            byName(name);
        }
        programmaticDefault = name;
    }
}
