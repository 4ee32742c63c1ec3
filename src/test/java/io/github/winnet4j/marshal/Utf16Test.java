package io.github.winnet4j.marshal;

import com.sun.jna.Memory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Strings cross to native memory as UTF-16LE code units, exactly. */
class Utf16Test {

    @Test
    void everyCodeUnitSurvivesTheRoundTripIncludingUnpairedSurrogates() {
        String value = "a\u00e9\u4e2d\ud83d\ude00\udd99x\ud800";
        Memory m = Utf16.encode(value, "value");
        assertEquals(value.length() * 2L + 2, m.size());
        assertEquals(value, Utf16.decode(m));
        assertEquals((short) 0xdd99, m.getShort(5 * 2), "the unpaired low surrogate is passed as it is");
    }

    @Test
    void encodingIsLittleEndianWithATerminator() {
        Memory m = Utf16.encode("A\u20ac", "value");
        assertArrayEquals(new byte[] {0x41, 0, (byte) 0xac, 0x20, 0, 0}, m.getByteArray(0, 6));
    }

    @Test
    void decodeStopsAtTheFirstNulOrTheBound() {
        Memory m = Utf16.allocate(8);
        Utf16.write(m, "abc");
        assertEquals("abc", Utf16.decode(m));
        assertEquals("ab", Utf16.decode(m, 2));
        Memory withNul = new Memory(6);
        withNul.write(0, Utf16.bytes("a\0b"), 0, 6);
        assertEquals("a\0b", Utf16.decodeExact(withNul, 3));
    }

    @Test
    void aNulInsideIsRefusedWithTheArgumentsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Utf16.encode("a\0b", "host"));
        assertTrue(e.getMessage().startsWith("host contains a NUL"), e.getMessage());
    }

    @Test
    void fixedFieldsAreTruncatedToKeepTheirTerminator() {
        byte[] field = new byte[8];
        Utf16.write(field, "abcdef");
        assertEquals("abc", Utf16.decode(field));
    }
}
