package io.github.winnet4j.nativetests;

import com.sun.jna.Structure;
import com.sun.jna.platform.win32.WinBase.FILETIME;
import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;
import io.github.winnet4j.raw.INTERNET_ASYNC_RESULT;
import io.github.winnet4j.raw.INTERNET_BUFFERSW;
import io.github.winnet4j.raw.INTERNET_PROXY_INFO;
import io.github.winnet4j.raw.Kernel32Messages;
import io.github.winnet4j.raw.URL_COMPONENTSW;
import io.github.winnet4j.raw.WIN32_FIND_DATAW;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds the raw layer to the SDK headers on a Windows JVM, where JNA lays structures out as the
 * DLLs see them: every structure's size and field offsets, and every constant's value, against
 * what the mingw-w64 compiler printed in {@code abi.exe} (see {@link AbiReport}).
 */
@Tag("native-only")
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "JNA lays structures out for Windows only on a Windows JVM")
class AbiConformanceTest {
    /** The structures the raw layer uses, by their C name. */
    private static final Map<String, Supplier<Structure>> STRUCTURES = new LinkedHashMap<>();
    /** The interfaces whose constants must equal the header's. */
    private static final List<Class<?>> CONSTANTS = List.of(WinInetConstants.class, WinInetErrors.class,
            Kernel32Messages.class);

    static {
        STRUCTURES.put("URL_COMPONENTSW", URL_COMPONENTSW::new);
        STRUCTURES.put("INTERNET_BUFFERSW", INTERNET_BUFFERSW::new);
        STRUCTURES.put("WIN32_FIND_DATAW", WIN32_FIND_DATAW::new);
        STRUCTURES.put("INTERNET_PROXY_INFO", INTERNET_PROXY_INFO::new);
        STRUCTURES.put("INTERNET_ASYNC_RESULT", INTERNET_ASYNC_RESULT::new);
        STRUCTURES.put("SYSTEMTIME", SYSTEMTIME::new);
        STRUCTURES.put("FILETIME", FILETIME::new);
    }

    private static AbiReport report;

    @BeforeAll
    static void readReport() throws Exception {
        report = AbiReport.load();
    }

    @Test
    void everyStructureHasTheHeadersSizeAndFieldOffsets(TestReporter reporter) {
        List<String> mismatches = new ArrayList<>();
        int fields = 0;
        for (Map.Entry<String, Supplier<Structure>> e : STRUCTURES.entrySet()) {
            String name = e.getKey();
            Structure java = e.getValue().get();
            Integer size = report.sizes().get(name);
            Map<String, Integer> offsets = report.offsets().getOrDefault(name, Map.of());
            if (size == null) {
                mismatches.add(name + ": not in the ABI report");
                continue;
            }
            if (size != java.size()) {
                mismatches.add(name + ": size " + java.size() + " in Java, " + size + " in the SDK");
            }
            List<String> order = StructureLayouts.fieldOrder(java);
            if (!order.equals(new ArrayList<>(offsets.keySet()))) {
                mismatches.add(name + ": fields " + order + " in Java, " + offsets.keySet() + " in the SDK");
            }
            for (Map.Entry<String, Integer> f : offsets.entrySet()) {
                fields++;
                if (!order.contains(f.getKey())) {
                    continue;
                }
                int offset = StructureLayouts.offset(java, f.getKey());
                if (offset != f.getValue()) {
                    mismatches.add(name + "." + f.getKey() + ": offset " + offset + " in Java, "
                            + f.getValue() + " in the SDK");
                }
            }
        }
        reporter.publishEntry("structures", STRUCTURES.size() + " structures, " + fields
                + " fields checked, " + mismatches.size() + " mismatches");
        assertEquals(List.of(), mismatches);
        assertEquals(STRUCTURES.size(), report.sizes().size(), "structures in the ABI report");
    }

    @Test
    void everyConstantHasTheHeadersValue(TestReporter reporter) throws IllegalAccessException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Class<?> holder : CONSTANTS) {
            for (Field f : holder.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())
                        || (f.getType() != int.class && f.getType() != long.class)) {
                    continue;
                }
                checked++;
                Long sdk = report.constants().get(f.getName());
                String where = holder.getSimpleName() + "." + f.getName();
                if (sdk == null) {
                    mismatches.add(where + ": not in the ABI report");
                } else if (f.getType() == int.class) {
                    int java = f.getInt(null);
                    boolean fits = sdk >= Integer.MIN_VALUE && sdk <= 0xFFFF_FFFFL;
                    if (!fits || (int) (long) sdk != java) {
                        mismatches.add(where + ": " + java + " in Java, " + sdk + " in the SDK");
                    }
                } else if (f.getLong(null) != sdk) {
                    mismatches.add(where + ": " + f.getLong(null) + " in Java, " + sdk + " in the SDK");
                }
            }
        }
        reporter.publishEntry("constants", checked + " constants checked (of " + report.constants().size()
                + " in the ABI report), " + mismatches.size() + " mismatches");
        assertEquals(List.of(), mismatches);
        assertTrue(checked >= report.constants().size(), "every constant in the report was checked");
    }

    @Test
    void everyStructureOfTheRawPackageIsInTheReport() throws Exception {
        for (String raw : StructureLayouts.structuresBeside(URL_COMPONENTSW.class)) {
            assertTrue(STRUCTURES.containsKey(raw) && report.sizes().containsKey(raw),
                    "raw/" + raw + " is a Structure; add it to abi.c and to this test");
        }
    }
}
