package io.github.winnet4j.nativetests;

import com.sun.jna.Structure;
import io.github.winnet4j.raw.URL_COMPONENTSW;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Holds the raw layer to the SDK headers on a Windows JVM, where JNA lays structures out as the
 * DLLs see them: every structure's size and field offsets, and every constant's value, against
 * what the mingw-w64 compiler printed in {@code abi.exe} for the class's own header
 * ({@link SdkHeader}, {@link AbiReport}). The structures come from the raw package itself and
 * the reports from the SDK references, so neither side has a hand-written list.
 */
@Tag("native-only")
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "JNA lays structures out for Windows only on a Windows JVM")
class AbiConformanceTest {
    /** A structure class, compared with one header's report under its C name. */
    private record StructureCheck(SdkHeader header, String cName, Class<? extends Structure> type) {
    }

    private static final Map<SdkHeader, AbiReport> REPORTS = new EnumMap<>(SdkHeader.class);
    private static final List<Class<? extends Structure>> RAW_STRUCTURES = new ArrayList<>();
    private static final List<StructureCheck> STRUCTURES = new ArrayList<>();

    @BeforeAll
    static void readReportsAndListStructures() throws Exception {
        for (SdkHeader header : SdkHeader.values()) {
            REPORTS.put(header, AbiReport.load(header));
        }
        RAW_STRUCTURES.addAll(StructureLayouts.structuresBeside(URL_COMPONENTSW.class));
        for (Class<? extends Structure> raw : RAW_STRUCTURES) {
            STRUCTURES.add(new StructureCheck(SdkHeader.of(raw), SdkHeader.cName(raw), raw));
        }
        for (SdkHeader header : SdkHeader.values()) {
            for (Class<? extends Structure> platform : SdkHeader.PLATFORM_STRUCTURES) {
                STRUCTURES.add(new StructureCheck(header, SdkHeader.cName(platform), platform));
            }
        }
    }

    @Test
    void everyStructureHasTheHeadersSizeAndFieldOffsets(TestReporter reporter) {
        List<String> mismatches = new ArrayList<>();
        Map<SdkHeader, int[]> counts = new EnumMap<>(SdkHeader.class); // structures, fields
        for (StructureCheck check : STRUCTURES) {
            int[] count = counts.computeIfAbsent(check.header(), h -> new int[2]);
            count[0]++;
            count[1] += compare(check, mismatches);
        }
        counts.forEach((header, count) -> reporter.publishEntry(header.fileName() + ".h structures",
                count[0] + " structures, " + count[1] + " fields checked"));
        reporter.publishEntry("structure mismatches", String.valueOf(mismatches.size()));
        assertEquals(List.of(), mismatches);
    }

    /** Compares one structure with its report; returns the number of fields checked. */
    private static int compare(StructureCheck check, List<String> mismatches) {
        String where = check.header().fileName() + ".h " + check.cName()
                + " (" + check.type().getSimpleName() + ")";
        AbiReport report = REPORTS.get(check.header());
        Integer size = report.sizes().get(check.cName());
        if (size == null) {
            mismatches.add(where + ": not in the ABI report");
            return 0;
        }
        Structure java = StructureLayouts.newInstance(check.type());
        if (size != java.size()) {
            mismatches.add(where + ": size " + java.size() + " in Java, " + size + " in the SDK");
        }
        Map<String, Integer> offsets = report.offsets().getOrDefault(check.cName(), Map.of());
        List<String> order = StructureLayouts.fieldOrder(java);
        if (!order.equals(new ArrayList<>(offsets.keySet()))) {
            mismatches.add(where + ": fields " + order + " in Java, " + offsets.keySet() + " in the SDK");
        }
        int fields = 0;
        for (Map.Entry<String, Integer> f : offsets.entrySet()) {
            fields++;
            if (!order.contains(f.getKey())) {
                continue;
            }
            int offset = StructureLayouts.offset(java, f.getKey());
            if (offset != f.getValue()) {
                mismatches.add(where + "." + f.getKey() + ": offset " + offset + " in Java, "
                        + f.getValue() + " in the SDK");
            }
        }
        return fields;
    }

    @Test
    void everyConstantHasTheHeadersValue(TestReporter reporter) throws IllegalAccessException {
        List<String> mismatches = new ArrayList<>();
        for (SdkHeader header : SdkHeader.values()) {
            AbiReport report = REPORTS.get(header);
            Set<String> checked = new HashSet<>();
            for (Class<?> holder : header.constantInterfaces()) {
                for (Field f : constantsOf(holder)) {
                    checked.add(f.getName());
                    String where = header.fileName() + ".h " + holder.getSimpleName() + "." + f.getName();
                    compare(where, f, report.constants().get(f.getName()), mismatches);
                }
            }
            for (String sdk : report.constants().keySet()) {
                if (!checked.contains(sdk)) {
                    mismatches.add(header.fileName() + ".h " + sdk + ": in the ABI report, in no Java interface");
                }
            }
            reporter.publishEntry(header.fileName() + ".h constants", checked.size() + " constants checked (of "
                    + report.constants().size() + " in the ABI report)");
        }
        reporter.publishEntry("constant mismatches", String.valueOf(mismatches.size()));
        assertEquals(List.of(), mismatches);
    }

    private static void compare(String where, Field f, Long sdk, List<String> mismatches)
            throws IllegalAccessException {
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

    /** The {@code int} and {@code long} constants a class declares itself. */
    private static List<Field> constantsOf(Class<?> holder) {
        List<Field> constants = new ArrayList<>();
        for (Field f : holder.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && (f.getType() == int.class || f.getType() == long.class)) {
                constants.add(f);
            }
        }
        return constants;
    }

    @Test
    void everyStructureOfTheRawPackageIsInTheReportOfItsHeader() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Structure> raw : RAW_STRUCTURES) {
            SdkHeader header = SdkHeader.of(raw);
            if (!REPORTS.get(header).sizes().containsKey(SdkHeader.cName(raw))) {
                missing.add("raw/" + raw.getSimpleName() + " is a Structure, but " + SdkHeader.cName(raw)
                        + " is not in abi-" + header.fileName() + ".txt (add its struct line to "
                        + header.fileName() + ".ref)");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyStructureOfEachReportHasAJavaClass() {
        List<String> missing = new ArrayList<>();
        for (SdkHeader header : SdkHeader.values()) {
            Set<String> covered = new HashSet<>();
            STRUCTURES.stream().filter(c -> c.header() == header).forEach(c -> covered.add(c.cName()));
            for (String sdk : REPORTS.get(header).sizes().keySet()) {
                if (!covered.contains(sdk)) {
                    missing.add(header.fileName() + ".h " + sdk + ": in the ABI report, no Structure class in raw/");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyConstantInterfaceOfTheRawPackageIsCheckedAgainstItsHeader() throws Exception {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Class<?> raw : RawClasses.beside(URL_COMPONENTSW.class)) {
            if (raw.isInterface() && !constantsOf(raw).isEmpty()
                    && !SdkHeader.of(raw).constantInterfaces().contains(raw)) {
                wrong.put(raw.getSimpleName(), "declares constants but is not checked against "
                        + SdkHeader.of(raw).fileName() + ".h (SdkHeader)");
            }
        }
        assertEquals(Map.of(), wrong);
    }
}
