package io.github.winnet4j.raw;

import com.sun.jna.Structure;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Compares one Java declaration of the raw layer (a method, a structure class) with its C
 * declaration from the SDK reference, through {@link CTypeMapping}, and describes every difference.
 */
final class BindingComparison {

    private BindingComparison() {
    }

    /**
     * What is wrong with one {@code static} field of a constants interface, given the header's value
     * ({@code null}: the header has no such constant), or {@code null} when it agrees. An {@code int}
     * is compared as unsigned 32-bit, so that 0x80000000 matches the header's 2147483648.
     */
    static String constantProblem(Field field, Long expected, String header) throws IllegalAccessException {
        String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
        if (expected == null) {
            return name + ": not a constant of " + header;
        }
        if (field.getType() == int.class) {
            long actual = Integer.toUnsignedLong(field.getInt(null));
            boolean fits = expected >= Integer.MIN_VALUE && expected <= 0xFFFF_FFFFL;
            return fits && actual == (expected & 0xFFFF_FFFFL) ? null
                    : name + " = " + actual + " (as unsigned 32-bit), header: " + expected;
        }
        if (field.getType() == long.class) {
            return field.getLong(null) == expected ? null : name + " = " + field.getLong(null) + ", header: " + expected;
        }
        return name + ": type " + field.getType() + " is neither int nor long";
    }

    static List<String> signatureProblems(Method method, SdkReference.Prototype c,
                                                  Map<String, Class<?>> returns) {
        List<String> problems = new ArrayList<>();
        String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Class<?>[] params = method.getParameterTypes();
        if (params.length != c.parameterTypes().size()) {
            problems.add(where + ": " + params.length + " parameters, header: " + c.parameterTypes());
            return problems;
        }
        for (int i = 0; i < params.length; i++) {
            String cType = c.parameterTypes().get(i);
            Class<?> expected = CTypeMapping.PARAMETERS.get(cType);
            if (expected == null) {
                problems.add(where + " parameter " + (i + 1) + ": C type '" + cType + "' has no mapping in CTypeMapping");
            } else if (params[i] != expected) {
                problems.add(where + " parameter " + (i + 1) + ": " + params[i].getName() + ", but " + cType
                        + " maps to " + expected.getName());
            }
        }
        Class<?> expectedReturn = returns.get(c.returnType());
        if (expectedReturn == null) {
            problems.add(where + " return: C type '" + c.returnType() + "' has no mapping in CTypeMapping");
        } else if (method.getReturnType() != expectedReturn) {
            problems.add(where + " return: " + method.getReturnType().getName() + ", but " + c.returnType()
                    + " maps to " + expectedReturn.getName());
        }
        return problems;
    }

    static List<String> structureProblems(Class<?> type, List<SdkReference.Member> members)
            throws ReflectiveOperationException {
        List<String> problems = new ArrayList<>();
        String name = type.getSimpleName();
        List<String> headerOrder = members.stream().map(SdkReference.Member::name).toList();
        Structure.FieldOrder order = type.getAnnotation(Structure.FieldOrder.class);
        if (order == null) {
            problems.add(name + ": no @FieldOrder");
            return problems;
        }
        if (!List.of(order.value()).equals(headerOrder)) {
            problems.add(name + ": @FieldOrder " + List.of(order.value()) + ", header: " + headerOrder);
        }
        List<String> publicFields = Arrays.stream(type.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).sorted().toList();
        if (!publicFields.equals(headerOrder.stream().sorted().toList())) {
            problems.add(name + ": public fields " + publicFields + ", header members: " + headerOrder);
        }
        Structure instance = (Structure) type.getDeclaredConstructor().newInstance();
        for (SdkReference.Member member : members) {
            Field field;
            try {
                field = type.getField(member.name());
            } catch (NoSuchFieldException e) {
                continue; // reported above with the whole member list
            }
            String where = name + "." + member.name();
            if (member.arrayLength() >= 0) {
                Integer bytes = CTypeMapping.BYTE_ARRAY_ELEMENTS.get(member.type());
                Object value = field.get(instance);
                if (bytes == null) {
                    problems.add(where + ": array of C type '" + member.type() + "' has no mapping in CTypeMapping");
                } else if (field.getType() != byte[].class || value == null
                        || ((byte[]) value).length != bytes * member.arrayLength()) {
                    problems.add(where + ": must be byte[" + bytes * member.arrayLength() + "] for "
                            + member.type() + "[" + member.arrayLength() + "], is " + field.getType().getSimpleName()
                            + (value instanceof byte[] b ? " of length " + b.length : ""));
                }
                continue;
            }
            Class<?> expected = CTypeMapping.FIELDS.get(member.type());
            if (expected == null) {
                problems.add(where + ": C type '" + member.type() + "' has no mapping in CTypeMapping");
            } else if (field.getType() != expected) {
                problems.add(where + ": " + field.getType().getName() + ", but " + member.type() + " maps to "
                        + expected.getName());
            }
        }
        return problems;
    }}
