package io.github.winnet4j.marshal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Per-thread call memory: pieces live until their frame closes, frames nest, and no thread shares one. */
class ScratchMemoryTest {

    @Test
    void stringsAreUtf16LeWithATerminatorAndNullStaysNull() {
        try (ScratchMemory scratch = ScratchMemory.open()) {
            String value = "A\u20ac\ud800";
            Pointer p = scratch.utf16(value, "value");
            assertArrayEquals(new byte[] {0x41, 0, (byte) 0xac, 0x20, 0, (byte) 0xd8, 0, 0}, p.getByteArray(0, 8));
            assertEquals(value, Utf16.decode(p));
            assertNull(scratch.utf16(null, "value"));
        }
    }

    @Test
    void aNulInsideIsRefusedBeforeAnythingIsWritten() {
        try (ScratchMemory scratch = ScratchMemory.open()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scratch.utf16("a\0b", "path"));
            assertTrue(e.getMessage().startsWith("path contains a NUL"), e.getMessage());
        }
    }

    @Test
    void piecesOfOneFrameDoNotOverlap() {
        try (ScratchMemory scratch = ScratchMemory.open()) {
            Pointer a = scratch.dword(0x11111111);
            Pointer b = scratch.utf16("bb", "b");
            Pointer c = scratch.zeroed(16);
            IntByReference r1 = scratch.intRef(1);
            IntByReference r2 = scratch.intRef(2);
            assertEquals(0x11111111, a.getInt(0));
            assertEquals("bb", Utf16.decode(b));
            assertArrayEquals(new byte[16], c.getByteArray(0, 16));
            assertNotSame(r1, r2);
            assertEquals(1, r1.getValue());
            assertEquals(2, r2.getValue());
        }
    }

    @Test
    void aNestedFrameGetsFreshPiecesAndLeavesTheOuterOnesIntact() {
        try (ScratchMemory outer = ScratchMemory.open()) {
            Pointer kept = outer.utf16("outer", "v");
            IntByReference keptRef = outer.intRef(7);
            try (ScratchMemory inner = ScratchMemory.open()) {
                inner.utf16("inner-inner-inner", "v");
                inner.intRef(9).setValue(10);
            }
            assertEquals("outer", Utf16.decode(kept));
            assertEquals(7, keptRef.getValue());
            Pointer next = outer.utf16("x", "v");
            assertNotEquals(Pointer.nativeValue(kept), Pointer.nativeValue(next));
        }
    }

    @Test
    void aClosedFrameIsReusedByTheNextOne() {
        long first;
        try (ScratchMemory scratch = ScratchMemory.open()) {
            first = Pointer.nativeValue(scratch.dword(1));
        }
        try (ScratchMemory scratch = ScratchMemory.open()) {
            assertEquals(first, Pointer.nativeValue(scratch.dword(2)));
        }
    }

    @Test
    void aPieceLargerThanTheBlockGetsItsOwnMemory() {
        try (ScratchMemory scratch = ScratchMemory.open()) {
            Pointer big = scratch.zeroed(ScratchMemory.BLOCK_BYTES * 2L);
            big.setByte(ScratchMemory.BLOCK_BYTES * 2L - 1, (byte) 5);
            assertEquals(5, big.getByte(ScratchMemory.BLOCK_BYTES * 2L - 1));
            String longText = "x".repeat(ScratchMemory.BLOCK_BYTES);
            assertEquals(longText, Utf16.decode(scratch.utf16(longText, "v")));
        }
    }

    @Test
    void usingItOutsideAFrameOrClosingTooOftenFails() throws Exception {
        ScratchMemory scratch;
        try (ScratchMemory s = ScratchMemory.open()) {
            scratch = s;
        }
        assertThrows(IllegalStateException.class, () -> scratch.dword(1));
        assertThrows(IllegalStateException.class, scratch::close);
    }

    @Test
    void eachThreadHasItsOwnAndCannotUseAnothers() throws Exception {
        try (ScratchMemory mine = ScratchMemory.open()) {
            long here = Pointer.nativeValue(mine.dword(1));
            long there = CompletableFuture.supplyAsync(() -> {
                try (ScratchMemory theirs = ScratchMemory.open()) {
                    return Pointer.nativeValue(theirs.dword(2));
                }
            }).get(10, TimeUnit.SECONDS);
            assertNotEquals(here, there);
            Throwable refused = CompletableFuture.runAsync(() -> mine.dword(3))
                    .handle((ok, failure) -> failure).get(10, TimeUnit.SECONDS);
            assertInstanceOf(IllegalStateException.class, refused.getCause());
        }
    }
}
