package io.github.winnet4j.nativetests;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The top-level classes of a package, read from the directory or jar it was loaded from, so a
 * check covers every class the package declares without a hand-written list.
 */
final class RawClasses {
    private RawClasses() {
    }

    /** The top-level classes of the package of {@code anchor}, by simple name. */
    static List<Class<?>> beside(Class<?> anchor) throws IOException, URISyntaxException {
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
        List<Class<?>> classes = new ArrayList<>();
        for (String file : classFiles) {
            if (!file.endsWith(".class") || file.contains("$")) {
                continue;
            }
            String simple = file.substring(0, file.length() - ".class".length());
            try {
                classes.add(Class.forName(pkg + "." + simple, false, anchor.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }
        classes.sort(Comparator.comparing(Class::getSimpleName));
        return classes;
    }
}
