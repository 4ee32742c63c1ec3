package io.github.winnet4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Holds the raw binding to wininet.h: constants, function signatures, the set of entry points,
 * callbacks and structure layouts (member order and types) against the reference that
 * {@code tools/sdkref/generate.py} made from the mingw-w64 header ({@code sdk/wininet.ref}).
 *
 * <p>Every check collects all mismatches before failing, so one run lists everything to fix.
 * Structure sizes and offsets need a Windows JVM and are checked in {@code native-tests/}.
 */
class SdkConformanceTest {

    private static final SdkReference SDK = SdkReference.load("/sdk/wininet.ref");

    /**
     * Functions of wininet.h that WinInet deliberately does not declare, and why. Each must be
     * marked {@code unexported} in the reference (absent from mingw-w64's libwininet.a), so this
     * list cannot hide a real wininet.dll export.
     */
    static final Map<String, String> NOT_BOUND = Map.of(
            // The header declares the prototype of the function an application supplies as
            // INTERNET_AUTH_NOTIFY_DATA.pfnNotify (typedef PFN_AUTH_NOTIFY); wininet.dll has no such export.
            // https://learn.microsoft.com/en-us/windows/win32/api/wininet/ns-wininet-internet_auth_notify_data
            "InternetAuthNotifyCallback", "prototype of an application callback (PFN_AUTH_NOTIFY), not an export",
            // ANSI only; "can be called only by explicitly loading JSProxy.dll".
            // https://learn.microsoft.com/en-us/windows/win32/wininet/internetgetproxyinfo
            "InternetGetProxyInfo", "ANSI-only autoproxy helper exported by jsproxy.dll, not wininet.dll",
            // ANSI only; "can be called only by dynamically linking to JSProxy.dll".
            // https://learn.microsoft.com/en-us/previous-versions/windows/desktop/legacy/aa384580(v=vs.85)
            "InternetDeInitializeAutoProxyDll", "ANSI-only autoproxy helper exported by jsproxy.dll, not wininet.dll");

    @Test
    void referenceHasTheWholeHeader(TestReporter reporter) {
        reporter.publishEntry("reference", SDK.constants.size() + " constants, " + SDK.functions.size()
                + " functions, " + SDK.callbacks.size() + " callbacks, " + SDK.structures.size() + " structures");
        assertTrue(SDK.constants.size() >= 700, "constants in the reference: " + SDK.constants.size());
        assertTrue(SDK.functions.size() >= 170, "functions in the reference: " + SDK.functions.size());
        assertTrue(SDK.callbacks.containsKey("INTERNET_STATUS_CALLBACK"), "callbacks: " + SDK.callbacks.keySet());
        assertEquals(Set.of("URL_COMPONENTSW", "INTERNET_BUFFERSW", "WIN32_FIND_DATAW", "INTERNET_PROXY_INFO",
                "INTERNET_ASYNC_RESULT"), SDK.structures.keySet());
    }

    @Test
    void everyConstantHasTheHeadersValue(TestReporter reporter) throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> holder : List.of(WinInetConstants.class, WinInetErrors.class)) {
            for (Field field : holder.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())) {
                    continue;
                }
                checked++;
                String name = holder.getSimpleName() + "." + field.getName();
                Long expected = SDK.constants.get(field.getName());
                if (expected == null) {
                    problems.add(name + ": not a constant of wininet.h");
                } else if (field.getType() == int.class) {
                    long actual = Integer.toUnsignedLong(field.getInt(null));
                    boolean fits = expected >= Integer.MIN_VALUE && expected <= 0xFFFF_FFFFL;
                    if (!fits || actual != (expected & 0xFFFF_FFFFL)) {
                        problems.add(name + " = " + actual + " (as unsigned 32-bit), header: " + expected);
                    }
                } else if (field.getType() == long.class) {
                    if (field.getLong(null) != expected) {
                        problems.add(name + " = " + field.getLong(null) + ", header: " + expected);
                    }
                } else {
                    problems.add(name + ": type " + field.getType() + " is neither int nor long");
                }
            }
        }
        reporter.publishEntry("constants checked", String.valueOf(checked));
        assertTrue(problems.isEmpty(), () -> "constants differ from wininet.h:\n" + String.join("\n", problems));
        assertTrue(checked >= 700, "constants checked: " + checked);
    }

    /** The constants interfaces are generated from the whole reference, so none may be missing. */
    @Test
    void everyHeaderConstantIsInTheJavaInterfaces() {
        Set<String> declared = new TreeSet<>();
        for (Class<?> holder : List.of(WinInetConstants.class, WinInetErrors.class)) {
            Arrays.stream(holder.getDeclaredFields()).forEach(f -> declared.add(f.getName()));
        }
        // The URL-cache entry types jna-platform's Wininet already declares are inherited from it
        // (declaring them twice makes WinInet.NORMAL_CACHE_ENTRY ambiguous). Names only: reading
        // Wininet's fields would initialise it and load the DLL.
        Arrays.stream(com.sun.jna.platform.win32.Wininet.class.getDeclaredFields())
                .filter(f -> f.getName().endsWith("_CACHE_ENTRY")).forEach(f -> declared.add(f.getName()));
        Set<String> missing = new TreeSet<>(SDK.constants.keySet());
        missing.removeIf(name -> declared.contains(name) || name.startsWith("_"));
        assertTrue(missing.isEmpty(), () -> missing.size() + " constants of wininet.h are not in WinInetConstants "
                + "or WinInetErrors (regenerate them, tools/sdkref/README.md): " + missing);
    }

    @Test
    void everyDeclaredFunctionHasTheHeadersSignature(TestReporter reporter) {
        List<String> problems = new ArrayList<>();
        List<Method> methods = boundFunctions();
        for (Method method : methods) {
            SdkReference.Prototype c = SDK.functions.get(method.getName());
            if (c == null) {
                problems.add(method.getName() + ": wininet.h declares no such function");
                continue;
            }
            if (SDK.unexported.contains(method.getName())) {
                problems.add(method.getName() + ": wininet.dll does not export it (not in libwininet.a)");
            }
            problems.addAll(BindingComparison.signatureProblems(method, c, CTypeMapping.RETURNS));
        }
        reporter.publishEntry("functions checked", String.valueOf(methods.size()));
        assertTrue(problems.isEmpty(), () -> "WinInet differs from wininet.h:\n" + String.join("\n", problems));
        assertTrue(methods.size() >= 60, "functions declared by WinInet: " + methods.size());
    }

    @Test
    void everyUnicodeOrNeutralEntryPointIsBound(TestReporter reporter) {
        Set<String> declared = boundNames();
        Set<String> missing = new TreeSet<>();
        int required = 0;
        for (String name : SDK.functions.keySet()) {
            if (!isUnicodeOrNeutralEntryPoint(name) || NOT_BOUND.containsKey(name)) {
                continue;
            }
            required++;
            if (!declared.contains(name)) {
                missing.add(name);
            }
        }
        reporter.publishEntry("entry points required", String.valueOf(required));
        assertTrue(missing.isEmpty(), () -> "WinInet lacks these wininet.h functions: " + missing);
        assertTrue(required >= 60, "entry points required: " + required);
    }

    @Test
    void functionsLeftUnboundAreNotWininetExports() {
        for (String name : NOT_BOUND.keySet()) {
            assertTrue(SDK.functions.containsKey(name), name + " is not declared by wininet.h");
            assertTrue(SDK.unexported.contains(name),
                    name + " is exported by wininet.dll (libwininet.a), so it must be bound");
            assertTrue(!boundNames().contains(name), name + " is bound; remove it from NOT_BOUND");
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
        for (Class<?> type : RawPackageClasses.of("wininet.h")) {
            if (!type.isInterface() || !Callback.class.isAssignableFrom(type)) {
                continue;
            }
            checked++;
            SdkReference.Prototype c = SDK.callbacks.get(type.getSimpleName());
            List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> !m.isDefault() && !Modifier.isStatic(m.getModifiers())).toList();
            if (c == null) {
                problems.add(type.getSimpleName() + ": wininet.h has no such callback typedef");
            } else if (methods.size() != 1) {
                problems.add(type.getSimpleName() + ": declares " + methods.size() + " abstract methods, not 1");
            } else {
                problems.addAll(BindingComparison.signatureProblems(methods.get(0), c, Map.of("void", void.class)));
            }
        }
        reporter.publishEntry("callbacks checked", String.valueOf(checked));
        assertTrue(problems.isEmpty(), () -> "callbacks differ from wininet.h:\n" + String.join("\n", problems));
        assertTrue(checked >= 1, "no callback interface found in raw");
    }

    @Test
    void everyStructureHasTheHeadersMembersInOrder(TestReporter reporter) throws ReflectiveOperationException {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        int fields = 0;
        for (Class<?> type : RawPackageClasses.of("wininet.h")) {
            if (!Structure.class.isAssignableFrom(type) || type.isMemberClass()) {
                continue;
            }
            checked.add(type.getSimpleName());
            List<SdkReference.Member> members = SDK.structures.get(type.getSimpleName());
            if (members == null) {
                problems.add(type.getSimpleName() + ": not in the reference (add it to STRUCTS in generate.py)");
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
        Assumptions.assumeTrue(ReferenceGenerator.available("wininet.h"), ReferenceGenerator.unavailableReason("wininet.h"));
        String fresh = ReferenceGenerator.generate("wininet.h");
        assertEquals("", ReferenceGenerator.firstDifference(SDK.text, fresh),
                "src/test/resources/sdk/wininet.ref is stale; regenerate it (tools/sdkref/README.md)");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The functions WinInet declares itself (jna-platform's Wininet methods are not ours to check). */
    private static List<Method> boundFunctions() {
        return Arrays.stream(WinInet.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !m.isDefault() && !Modifier.isStatic(m.getModifiers()))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    private static Set<String> boundNames() {
        Set<String> names = new TreeSet<>();
        boundFunctions().forEach(m -> names.add(m.getName()));
        return names;
    }

    /**
     * Internet*, Http* and Ftp* functions that an application calls as they are named: the W form,
     * or a name without A/W forms. {@code …A} is skipped when {@code …W} exists, and a plain name is
     * skipped when a {@code …W} exists (the header declares the plain name as the ANSI alias).
     */
    static boolean isUnicodeOrNeutralEntryPoint(String name) {
        if (!name.matches("^(Internet|Http|Ftp).*")) {
            return false;
        }
        if (name.endsWith("A") && SDK.functions.containsKey(name.substring(0, name.length() - 1) + "W")) {
            return false;
        }
        return !SDK.functions.containsKey(name + "W");
    }
}
