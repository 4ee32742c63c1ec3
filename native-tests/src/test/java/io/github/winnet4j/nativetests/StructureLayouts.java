package io.github.winnet4j.nativetests;

import com.sun.jna.Structure;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What JNA makes of a structure on the running JVM: its size, field order and field offsets
 * ({@code fieldOffset} and {@code getFieldOrder} are protected in JNA, so they are read by
 * reflection), and the list of structure classes the raw package declares.
 */
final class StructureLayouts {
    private static final Method FIELD_OFFSET;
    private static final Method FIELD_ORDER;

    static {
        try {
            FIELD_OFFSET = Structure.class.getDeclaredMethod("fieldOffset", String.class);
            FIELD_ORDER = Structure.class.getDeclaredMethod("getFieldOrder");
            FIELD_OFFSET.setAccessible(true);
            FIELD_ORDER.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private StructureLayouts() {
    }

    static int offset(Structure s, String field) {
        try {
            return (Integer) FIELD_OFFSET.invoke(s, field);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("fieldOffset(" + field + ") of " + s.getClass().getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> fieldOrder(Structure s) {
        try {
            return (List<String>) FIELD_ORDER.invoke(s);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("getFieldOrder() of " + s.getClass().getName(), e);
        }
    }

    /**
     * The simple names of the concrete top-level {@link Structure} classes in the package of
     * {@code anchor}, from the directory or jar it was loaded from.
     */
    static List<String> structuresBeside(Class<?> anchor) throws IOException, URISyntaxException {
        String pkg = anchor.getPackageName();
        String dir = pkg.replace('.', '/');
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classFiles = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.list(root.resolve(dir))) {
                files.map(p -> p.getFileName().toString()).forEach(classFiles::add);
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(dir + "/") && n.indexOf('/', dir.length() + 1) < 0)
                        .map(n -> n.substring(dir.length() + 1)).forEach(classFiles::add);
            }
        }
        List<String> names = new ArrayList<>();
        for (String file : classFiles) {
            if (!file.endsWith(".class") || file.contains("$")) {
                continue;
            }
            String simple = file.substring(0, file.length() - ".class".length());
            try {
                Class<?> c = Class.forName(pkg + "." + simple, false, anchor.getClassLoader());
                if (Structure.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                    names.add(simple);
                }
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }
        names.sort(null);
        return names;
    }
}
