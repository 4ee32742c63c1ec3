package io.github.winnet4j.raw;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every class compiled into the {@code raw} package (from the output directory or the jar that holds
 * {@link WinInet}), loaded without initialising it: a class added to the package later is checked
 * without anyone having to list it.
 *
 * <p>The package binds two headers. What binds winhttp.h is named after it: {@code WINHTTP_*}
 * (structures, the callback; winhttp.h's {@code URL_COMPONENTS} is {@code WINHTTP_URL_COMPONENTS})
 * and {@code WinHttp*} (the interfaces); everything else binds wininet.h.
 */
final class RawPackageClasses {

    private RawPackageClasses() {
    }

    /** The classes that bind {@code header} ("wininet.h" or "winhttp.h"). */
    static List<Class<?>> of(String header) {
        boolean winHttp = switch (header) {
            case "winhttp.h" -> true;
            case "wininet.h" -> false;
            default -> throw new IllegalArgumentException("the raw package binds no " + header);
        };
        return all().stream().filter(c -> bindsWinHttp(c) == winHttp).toList();
    }

    private static boolean bindsWinHttp(Class<?> type) {
        String name = type.getSimpleName();
        return name.startsWith("WINHTTP_") || name.startsWith("WinHttp");
    }

    static List<Class<?>> all() {
        String packagePath = WinInet.class.getPackageName().replace('.', '/');
        try {
            URI location = WinInet.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path root = Path.of(location);
            if (Files.isDirectory(root)) {
                return load(root.resolve(packagePath));
            }
            try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location), Map.of())) {
                return load(jar.getPath(packagePath));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the classes of " + packagePath, e);
        }
    }

    private static List<Class<?>> load(Path dir) throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.equals("package-info.class")) {
                    String className = WinInet.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length());
                    try {
                        classes.add(Class.forName(className, false, WinInet.class.getClassLoader()));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException("listed but not loadable: " + className, e);
                    }
                }
            }
        }
        return classes;
    }
}
