package io.github.winnet4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Callback;
import com.sun.jna.LastErrorException;
import com.sun.jna.Structure;
import com.sun.jna.win32.StdCallLibrary;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Holds the raw binding to winhttp.h ({@link WinHttp}, {@link WinHttpConstants},
 * {@link WinHttpErrors}, the {@code WINHTTP_*} structures and callback) to the reference that
 * {@code tools/sdkref/generate.py} made from the mingw-w64 header ({@code sdk/winhttp.ref}): the
 * same checks {@link SdkConformanceTest} makes for wininet.h.
 *
 * <p>Every check collects all mismatches before failing. Structure sizes and offsets need a Windows
 * JVM and are checked in {@code native-tests/}.
 */
class WinHttpSdkConformanceTest {

    private static final String HEADER = "winhttp.h";
    private static final SdkReference SDK = SdkReference.load("/sdk/winhttp.ref");

    /**
     * Functions of winhttp.h that WinHttp deliberately does not declare, and why. Each must be marked
     * {@code unexported} in the reference (absent from mingw-w64's libwinhttp.a), so this list cannot
     * hide an export of the import library.
     */
    static final Map<String, String> NOT_BOUND = Map.of(
            // Documented for recent Windows only; neither libwinhttp.a nor Wine 8's winhttp.dll has it.
            // https://learn.microsoft.com/en-us/windows/win32/api/winhttp/nf-winhttp-winhttpishostinproxybypasslist
            "WinHttpIsHostInProxyBypassList", "not in mingw-w64's libwinhttp.a nor Wine's winhttp.dll; newer Windows only",
            // Declared by the SDK header without a reference page; not in libwinhttp.a nor Wine's winhttp.dll.
            "WinHttpQueryAuthParams", "undocumented; not in mingw-w64's libwinhttp.a nor Wine's winhttp.dll");

    /** Java classes whose name differs from the C typedef they bind (to avoid a clash with wininet.h's). */
    static final Map<String, String> C_NAMES = Map.of("WINHTTP_URL_COMPONENTS", "URL_COMPONENTS");

    @Test
    void referenceHasTheWholeHeader(TestReporter reporter) {
        reporter.publishEntry("reference", SDK.constants.size() + " constants, " + SDK.functions.size()
                + " functions, " + SDK.callbacks.size() + " callbacks, " + SDK.structures.size() + " structures");
        assertTrue(SDK.constants.size() >= 500, "constants in the reference: " + SDK.constants.size());
        assertTrue(SDK.functions.size() >= 45, "functions in the reference: " + SDK.functions.size());
        assertTrue(SDK.callbacks.containsKey("WINHTTP_STATUS_CALLBACK"), "callbacks: " + SDK.callbacks.keySet());
        assertEquals(12002L, SDK.constants.get("ERROR_WINHTTP_TIMEOUT"));
        assertEquals(Set.of("URL_COMPONENTS", "WINHTTP_ASYNC_RESULT", "WINHTTP_AUTOPROXY_OPTIONS",
                "WINHTTP_CERTIFICATE_INFO", "WINHTTP_CURRENT_USER_IE_PROXY_CONFIG", "WINHTTP_PROXY_INFO",
                "WINHTTP_PROXY_NETWORKING_KEY", "WINHTTP_PROXY_RESULT", "WINHTTP_PROXY_RESULT_ENTRY",
                "WINHTTP_PROXY_RESULT_EX", "WINHTTP_PROXY_SETTINGS", "WINHTTP_WEB_SOCKET_ASYNC_RESULT",
                "WINHTTP_WEB_SOCKET_STATUS"), SDK.structures.keySet());
    }

    @Test
    void everyConstantHasTheHeadersValue(TestReporter reporter) throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Field field : constantFields()) {
            checked++;
            String problem = BindingComparison.constantProblem(field, SDK.constants.get(field.getName()), HEADER);
            if (problem != null) {
                problems.add(problem);
            }
        }
        reporter.publishEntry("constants checked", String.valueOf(checked));
        assertTrue(problems.isEmpty(), () -> "constants differ from winhttp.h:\n" + String.join("\n", problems));
        assertTrue(checked >= 500, "constants checked: " + checked);
    }

    /** The constants interfaces are generated from the whole reference, so none may be missing. */
    @Test
    void everyHeaderConstantIsInTheJavaInterfaces() {
        Set<String> declared = new TreeSet<>();
        constantFields().forEach(f -> declared.add(f.getName()));
        Set<String> missing = new TreeSet<>(SDK.constants.keySet());
        missing.removeIf(name -> declared.contains(name) || name.startsWith("_"));
        assertTrue(missing.isEmpty(), () -> missing.size() + " constants of winhttp.h are not in WinHttpConstants "
                + "or WinHttpErrors (regenerate them, tools/sdkref/README.md): " + missing);
    }

    /**
     * WinHttp inherits only winhttp.h's constants. winhttp.h and wininet.h share names with different
     * values (INTERNET_SCHEME_HTTP is 1 in one and 3 in the other), so no interface of the raw
     * package may inherit both sets, and WinHttp's two interfaces must not overlap either.
     */
    @Test
    void winHttpConstantsAreKeptApartFromWinInets() {
        assertEquals(List.of(StdCallLibrary.class, WinHttpConstants.class, WinHttpErrors.class),
                List.of(WinHttp.class.getInterfaces()));
        for (Class<?> type : RawPackageClasses.all()) {
            boolean both = WinHttpConstants.class.isAssignableFrom(type)
                    && (WinInetConstants.class.isAssignableFrom(type) || WinInetErrors.class.isAssignableFrom(type));
            assertFalse(both, type.getSimpleName() + " inherits the constants of both wininet.h and winhttp.h");
        }
        Set<String> errors = new TreeSet<>();
        Arrays.stream(WinHttpErrors.class.getDeclaredFields()).forEach(f -> errors.add(f.getName()));
        List<String> twice = Arrays.stream(WinHttpConstants.class.getDeclaredFields()).map(Field::getName)
                .filter(errors::contains).toList();
        assertTrue(twice.isEmpty(), "in both WinHttpConstants and WinHttpErrors: " + twice);
    }

    @Test
    void everyDeclaredFunctionHasTheHeadersSignature(TestReporter reporter) {
        List<String> problems = new ArrayList<>();
        List<Method> methods = boundFunctions();
        for (Method method : methods) {
            SdkReference.Prototype c = SDK.functions.get(method.getName());
            if (c == null) {
                problems.add(method.getName() + ": winhttp.h declares no such function");
                continue;
            }
            if (SDK.unexported.contains(method.getName())) {
                problems.add(method.getName() + ": winhttp.dll does not export it (not in libwinhttp.a)");
            }
            problems.addAll(BindingComparison.signatureProblems(method, c, CTypeMapping.RETURNS));
        }
        reporter.publishEntry("functions checked", String.valueOf(methods.size()));
        assertTrue(problems.isEmpty(), () -> "WinHttp differs from winhttp.h:\n" + String.join("\n", problems));
        assertTrue(methods.size() >= 45, "functions declared by WinHttp: " + methods.size());
    }

    /** WinHTTP is Unicode-only, so every function winhttp.h declares is an entry point to bind. */
    @Test
    void everyEntryPointIsBound(TestReporter reporter) {
        Set<String> missing = new TreeSet<>(SDK.functions.keySet());
        missing.removeAll(NOT_BOUND.keySet());
        int required = missing.size();
        missing.removeAll(boundNames());
        reporter.publishEntry("entry points required", String.valueOf(required));
        assertTrue(missing.isEmpty(), () -> "WinHttp lacks these winhttp.h functions: " + missing);
        assertTrue(required >= 45, "entry points required: " + required);
    }

    @Test
    void functionsLeftUnboundAreNotWinhttpExports() {
        for (String name : NOT_BOUND.keySet()) {
            assertTrue(SDK.functions.containsKey(name), name + " is not declared by winhttp.h");
            assertTrue(SDK.unexported.contains(name),
                    name + " is exported by winhttp.dll (libwinhttp.a), so it must be bound");
            assertFalse(boundNames().contains(name), name + " is bound; remove it from NOT_BOUND");
        }
    }

    @Test
    void noRawMethodThrowsLastErrorException() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : RawPackageClasses.all()) {
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
        assertTrue(offenders.isEmpty(), () -> "declare throws LastErrorException: " + offenders);
    }

    @Test
    void everyCallbackHasTheHeadersSignature(TestReporter reporter) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : RawPackageClasses.of(HEADER)) {
            if (!type.isInterface() || !Callback.class.isAssignableFrom(type)) {
                continue;
            }
            checked++;
            SdkReference.Prototype c = SDK.callbacks.get(type.getSimpleName());
            List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> !m.isDefault() && !Modifier.isStatic(m.getModifiers())).toList();
            if (c == null) {
                problems.add(type.getSimpleName() + ": winhttp.h has no such callback typedef");
            } else if (methods.size() != 1) {
                problems.add(type.getSimpleName() + ": declares " + methods.size() + " abstract methods, not 1");
            } else {
                problems.addAll(BindingComparison.signatureProblems(methods.get(0), c, Map.of("void", void.class)));
            }
        }
        reporter.publishEntry("callbacks checked", String.valueOf(checked));
        assertTrue(problems.isEmpty(), () -> "callbacks differ from winhttp.h:\n" + String.join("\n", problems));
        assertEquals(SDK.callbacks.size(), checked, "callback typedefs of winhttp.h without an interface");
    }

    @Test
    void everyStructureHasTheHeadersMembersInOrder(TestReporter reporter) throws ReflectiveOperationException {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        int fields = 0;
        for (Class<?> type : RawPackageClasses.of(HEADER)) {
            if (!Structure.class.isAssignableFrom(type) || type.isMemberClass()) {
                continue;
            }
            String cName = C_NAMES.getOrDefault(type.getSimpleName(), type.getSimpleName());
            checked.add(cName);
            List<SdkReference.Member> members = SDK.structures.get(cName);
            if (members == null) {
                problems.add(type.getSimpleName() + ": " + cName + " is not in the reference (add it to STRUCTS "
                        + "in generate.py)");
                continue;
            }
            fields += members.size();
            problems.addAll(BindingComparison.structureProblems(type, members));
        }
        reporter.publishEntry("structures checked", checked + ", " + fields + " members");
        assertTrue(problems.isEmpty(), () -> "structures differ from the SDK:\n" + String.join("\n", problems));
        assertEquals(SDK.structures.keySet(), checked, "structures of the reference without a Java class");
    }

    /**
     * The committed reference is what the generator makes from the installed header today. Skipped,
     * and only this test, where mingw-w64 (the header and its cross compiler) or python3 is absent.
     */
    @Test
    void committedReferenceIsCurrent() {
        Assumptions.assumeTrue(ReferenceGenerator.available(HEADER), ReferenceGenerator.unavailableReason(HEADER));
        String fresh = ReferenceGenerator.generate(HEADER);
        assertEquals("", ReferenceGenerator.firstDifference(SDK.text, fresh),
                "src/test/resources/sdk/winhttp.ref is stale; regenerate it (tools/sdkref/README.md)");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static List<Field> constantFields() {
        List<Field> fields = new ArrayList<>();
        for (Class<?> holder : List.of(WinHttpConstants.class, WinHttpErrors.class)) {
            Arrays.stream(holder.getDeclaredFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()))
                    .forEach(fields::add);
        }
        return fields;
    }

    private static List<Method> boundFunctions() {
        return Arrays.stream(WinHttp.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !m.isDefault() && !Modifier.isStatic(m.getModifiers()))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    private static Set<String> boundNames() {
        Set<String> names = new TreeSet<>();
        boundFunctions().forEach(m -> names.add(m.getName()));
        return names;
    }
}
