package io.github.winnet4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Callback;
import com.sun.jna.LastErrorException;
import com.sun.jna.Structure;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The checks that hold the raw binding of one SDK header (constants, function signatures, the set
 * of entry points, callbacks, structure layouts) to the reference that {@code tools/sdkref/generate.py}
 * made from the mingw-w64 header. Written once for every header; a subclass per header supplies
 * only what differs (the reference, the binding interface, its exclusions with reasons, the
 * minimum counts) and any check that only its header needs.
 *
 * <p>Every check collects all mismatches before failing, so one run lists everything to fix.
 * Structure sizes and offsets need a Windows JVM and are checked in {@code native-tests/}.
 */
abstract class HeaderConformanceChecks {

    /**
     * Lower bounds that catch a truncated reference or binding (a parse that stopped early, a
     * filter that drops too much), where the exact sets are checked elsewhere.
     *
     * @param constants constants in the reference, and constants the Java interfaces declare
     * @param headerFunctions functions in the reference
     * @param boundFunctions functions the binding interface declares, and entry points it must bind
     */
    record Minimums(int constants, int headerFunctions, int boundFunctions) {
    }

    private final String header;
    private final SdkReference reference;
    private final Class<?> binding;
    private final List<Class<?>> constantInterfaces;
    private final Minimums minimums;

    /**
     * Names the header and what binds it; the subclass overrides the rest.
     *
     * @param header the header's file name, such as {@code wininet.h}
     * @param reference the reference made from it ({@code /sdk/<name>.ref} on the test classpath)
     * @param binding the JNA interface that declares the header's functions
     * @param constantInterfaces the generated interfaces that together hold every constant of the header
     * @param minimums lower bounds on the counts
     */
    HeaderConformanceChecks(String header, SdkReference reference, Class<?> binding,
                            List<Class<?>> constantInterfaces, Minimums minimums) {
        this.header = header;
        this.reference = reference;
        this.binding = binding;
        this.constantInterfaces = constantInterfaces;
        this.minimums = minimums;
    }

    /** Names of header constants that the binding inherits from jna-platform instead. */
    Set<String> constantsDeclaredElsewhere() {
        return Set.of();
    }

    /** A few constants whose values the reference must have, to show it was read correctly. */
    abstract Map<String, Long> landmarkConstants();

    /** The structure typedefs the reference must hold, exactly. */
    abstract Set<String> structures();

    /** Java structure classes named differently from the C typedef they bind, to that typedef. */
    Map<String, String> structureCNames() {
        return Map.of();
    }

    /** The callback typedef through which the DLL reports status; the reference must hold it. */
    abstract String statusCallback();

    /** The callback typedefs of the header that must each have a Java interface. */
    abstract Set<String> callbacksToBind();

    /** The functions an application calls, so the binding must declare them (unless {@link #notBound()}). */
    abstract boolean isEntryPoint(String function);

    /**
     * Header functions that the binding deliberately does not declare, each with the reason. Each
     * must be marked {@code unexported} in the reference (absent from mingw-w64's import library),
     * so this list cannot hide a real export.
     */
    abstract Map<String, String> notBound();

    @Test
    void referenceHasTheWholeHeader(TestReporter reporter) {
        SdkReference sdk = reference;
        reporter.publishEntry("reference", sdk.constants.size() + " constants, " + sdk.functions.size()
                + " functions, " + sdk.callbacks.size() + " callbacks, " + sdk.structures.size() + " structures");
        assertTrue(sdk.constants.size() >= minimums.constants(), "constants in the reference: " + sdk.constants.size());
        assertTrue(sdk.functions.size() >= minimums.headerFunctions(),
                "functions in the reference: " + sdk.functions.size());
        assertTrue(sdk.callbacks.containsKey(statusCallback()), "callbacks: " + sdk.callbacks.keySet());
        for (Map.Entry<String, Long> landmark : landmarkConstants().entrySet()) {
            assertEquals(landmark.getValue(), sdk.constants.get(landmark.getKey()),
                    landmark.getKey() + " in the reference");
        }
        assertEquals(structures(), sdk.structures.keySet());
    }

    @Test
    void everyConstantHasTheHeadersValue(TestReporter reporter) throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Field field : constantFields()) {
            checked++;
            String problem = BindingComparison.constantProblem(field, reference.constants.get(field.getName()), header);
            if (problem != null) {
                problems.add(problem);
            }
        }
        reporter.publishEntry("constants checked", String.valueOf(checked));
        assertTrue(problems.isEmpty(), () -> "constants differ from " + header + ":\n" + String.join("\n", problems));
        assertTrue(checked >= minimums.constants(), "constants checked: " + checked);
    }

    /** The constants interfaces are generated from the whole reference, so none may be missing. */
    @Test
    void everyHeaderConstantIsInTheJavaInterfaces() {
        Set<String> declared = new TreeSet<>(constantsDeclaredElsewhere());
        constantFields().forEach(f -> declared.add(f.getName()));
        Set<String> missing = new TreeSet<>(reference.constants.keySet());
        missing.removeIf(name -> declared.contains(name) || name.startsWith("_"));
        String holders = constantInterfaces.stream().map(Class::getSimpleName).collect(Collectors.joining(" or "));
        assertTrue(missing.isEmpty(), () -> missing.size() + " constants of " + header + " are not in " + holders
                + " (regenerate them, tools/sdkref/README.md): " + missing);
    }

    @Test
    void everyDeclaredFunctionHasTheHeadersSignature(TestReporter reporter) {
        List<String> problems = new ArrayList<>();
        List<Method> methods = boundFunctions();
        for (Method method : methods) {
            SdkReference.Prototype c = reference.functions.get(method.getName());
            if (c == null) {
                problems.add(method.getName() + ": " + header + " declares no such function");
                continue;
            }
            if (reference.unexported.contains(method.getName())) {
                problems.add(method.getName() + ": " + dll() + " does not export it (not in " + importLibrary() + ")");
            }
            problems.addAll(BindingComparison.signatureProblems(method, c, CTypeMapping.RETURNS));
        }
        reporter.publishEntry("functions checked", String.valueOf(methods.size()));
        assertTrue(problems.isEmpty(), () -> binding.getSimpleName() + " differs from " + header + ":\n"
                + String.join("\n", problems));
        assertTrue(methods.size() >= minimums.boundFunctions(),
                "functions declared by " + binding.getSimpleName() + ": " + methods.size());
    }

    @Test
    void everyEntryPointIsBound(TestReporter reporter) {
        Set<String> declared = boundNames();
        Set<String> missing = new TreeSet<>();
        int required = 0;
        for (String name : reference.functions.keySet()) {
            if (!isEntryPoint(name) || notBound().containsKey(name)) {
                continue;
            }
            required++;
            if (!declared.contains(name)) {
                missing.add(name);
            }
        }
        reporter.publishEntry("entry points required", String.valueOf(required));
        assertTrue(missing.isEmpty(), () -> binding.getSimpleName() + " lacks these " + header + " functions: "
                + missing);
        assertTrue(required >= minimums.boundFunctions(), "entry points required: " + required);
    }

    @Test
    void functionsLeftUnboundAreNotExports(TestReporter reporter) {
        reporter.publishEntry("left unbound", notBound().toString());
        Set<String> bound = boundNames();
        for (String name : notBound().keySet()) {
            assertTrue(reference.functions.containsKey(name), name + " is not declared by " + header);
            assertTrue(reference.unexported.contains(name),
                    name + " is exported by " + dll() + " (" + importLibrary() + "), so it must be bound");
            assertFalse(bound.contains(name), name + " is bound; remove it from NOT_BOUND");
        }
    }

    /**
     * JNA throws from a method declared {@code throws LastErrorException} whenever the last error
     * is non-zero, even after a call that succeeded. Each header's classes are scanned by its own
     * subclass; {@link RawPackageClasses#of} splits the whole package between the two headers.
     */
    @Test
    void noRawMethodThrowsLastErrorException(TestReporter reporter) {
        List<String> offenders = new ArrayList<>();
        List<Class<?>> types = RawPackageClasses.of(header);
        for (Class<?> type : types) {
            Set<Method> methods = new LinkedHashSet<>(Arrays.asList(type.getDeclaredMethods()));
            if (type.isInterface()) {
                methods.addAll(Arrays.asList(type.getMethods()));
            }
            for (Method method : methods) {
                for (Class<?> thrown : method.getExceptionTypes()) {
                    if (LastErrorException.class.isAssignableFrom(thrown)) {
                        offenders.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        reporter.publishEntry("classes scanned", String.valueOf(types.size()));
        assertTrue(offenders.isEmpty(), () -> "declare throws LastErrorException: " + offenders);
        assertTrue(types.contains(binding), "classes binding " + header + " lack " + binding.getSimpleName());
    }

    @Test
    void everyCallbackHasTheHeadersSignature(TestReporter reporter) {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Class<?> type : RawPackageClasses.of(header)) {
            if (!type.isInterface() || !Callback.class.isAssignableFrom(type)) {
                continue;
            }
            checked.add(type.getSimpleName());
            SdkReference.Prototype c = reference.callbacks.get(type.getSimpleName());
            List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> !m.isDefault() && !Modifier.isStatic(m.getModifiers())).toList();
            if (c == null) {
                problems.add(type.getSimpleName() + ": " + header + " has no such callback typedef");
            } else if (methods.size() != 1) {
                problems.add(type.getSimpleName() + ": declares " + methods.size() + " abstract methods, not 1");
            } else {
                problems.addAll(BindingComparison.signatureProblems(methods.get(0), c, Map.of("void", void.class)));
            }
        }
        reporter.publishEntry("callbacks checked", String.valueOf(checked.size()));
        assertTrue(problems.isEmpty(), () -> "callbacks differ from " + header + ":\n" + String.join("\n", problems));
        Set<String> unbound = new TreeSet<>(callbacksToBind());
        unbound.removeAll(checked);
        assertTrue(unbound.isEmpty(), () -> "callback typedefs of " + header + " without an interface: " + unbound);
    }

    @Test
    void everyStructureHasTheHeadersMembersInOrder(TestReporter reporter) throws ReflectiveOperationException {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        int fields = 0;
        for (Class<?> type : RawPackageClasses.of(header)) {
            if (!Structure.class.isAssignableFrom(type) || type.isMemberClass()) {
                continue;
            }
            String javaName = type.getSimpleName();
            String cName = structureCNames().getOrDefault(javaName, javaName);
            checked.add(cName);
            List<SdkReference.Member> members = reference.structures.get(cName);
            if (members == null) {
                problems.add(javaName + ": " + (cName.equals(javaName) ? "" : cName + " is ")
                        + "not in the reference (add it to STRUCTS in generate.py)");
                continue;
            }
            fields += members.size();
            problems.addAll(BindingComparison.structureProblems(type, members));
        }
        reporter.publishEntry("structures checked", checked + ", " + fields + " members");
        assertTrue(problems.isEmpty(), () -> "structures differ from the SDK:\n" + String.join("\n", problems));
        assertEquals(reference.structures.keySet(), checked, "structures of the reference without a Java class");
    }

    /**
     * The committed reference is what the generator makes from the installed header today. Skipped,
     * and only this test, where mingw-w64 (the header and its cross compiler) or python3 is absent.
     */
    @Test
    void committedReferenceIsCurrent() {
        Assumptions.assumeTrue(ReferenceGenerator.available(header), ReferenceGenerator.unavailableReason(header));
        String fresh = ReferenceGenerator.generate(header);
        assertEquals("", ReferenceGenerator.firstDifference(reference.text, fresh),
                "src/test/resources/sdk/" + stem() + ".ref is stale; regenerate it (tools/sdkref/README.md)");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The public static fields of the constants interfaces, in declaration order. */
    private List<Field> constantFields() {
        List<Field> fields = new ArrayList<>();
        for (Class<?> holder : constantInterfaces) {
            Arrays.stream(holder.getDeclaredFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()))
                    .forEach(fields::add);
        }
        return fields;
    }

    /** The functions the binding declares itself (methods inherited from jna-platform are not ours to check). */
    private List<Method> boundFunctions() {
        return Arrays.stream(binding.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !m.isDefault() && !Modifier.isStatic(m.getModifiers()))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    private Set<String> boundNames() {
        Set<String> names = new TreeSet<>();
        boundFunctions().forEach(m -> names.add(m.getName()));
        return names;
    }

    /** "wininet" for "wininet.h". */
    private String stem() {
        return header.substring(0, header.length() - ".h".length());
    }

    private String dll() {
        return stem() + ".dll";
    }

    private String importLibrary() {
        return "lib" + stem() + ".a";
    }
}
