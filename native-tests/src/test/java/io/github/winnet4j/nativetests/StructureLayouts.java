package io.github.winnet4j.nativetests;

import com.sun.jna.Structure;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * What JNA makes of a structure on the running JVM: its size, field order and field offsets
 * ({@code fieldOffset} and {@code getFieldOrder} are protected in JNA, so they are read by
 * reflection), and the structure classes the raw package declares.
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

    /** The concrete top-level {@link Structure} classes in the package of {@code anchor}. */
    static List<Class<? extends Structure>> structuresBeside(Class<?> anchor) throws IOException, URISyntaxException {
        List<Class<? extends Structure>> structures = new ArrayList<>();
        for (Class<?> c : RawClasses.beside(anchor)) {
            if (Structure.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                structures.add(c.asSubclass(Structure.class));
            }
        }
        return structures;
    }

    /** A new instance of a structure class, through its public no-argument constructor. */
    static Structure newInstance(Class<? extends Structure> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " has no public no-argument constructor", e);
        }
    }
}
