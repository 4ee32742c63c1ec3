package io.github.winnet4j.bench;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The per-call cost of the raw read path's binding: JNA interface mapping (what {@code raw/WinInet}
 * uses) against direct mapping. wininet.dll is absent on Linux, so libc's {@code memset} into the
 * same 64 KiB {@link Memory} the read path uses stands in for {@code InternetReadFile}: a proxy for
 * the binding's cost, not for WinINet's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BindingBenchmark {

    /** libc through a JNA interface proxy, as {@code Native.load} maps {@code WinInet}. */
    public interface InterfaceMapped extends Library {
        InterfaceMapped C = Native.load("c", InterfaceMapped.class);

        Pointer memset(Pointer target, int value, long count);
    }

    /** libc through {@code Native.register}: native methods bound directly. */
    public static final class DirectMapped {
        static {
            Native.register("c");
        }

        private DirectMapped() {
        }

        public static native Pointer memset(Pointer target, int value, long count);
    }

    @Param({"16", "65536"})
    public int bytes;

    private final Memory buffer = new Memory(64 * 1024);

    @Setup
    public void load() {
        InterfaceMapped.C.memset(buffer, 0, 1);
        DirectMapped.memset(buffer, 0, 1);
    }

    @Benchmark
    public Pointer interfaceMapping() {
        return InterfaceMapped.C.memset(buffer, 1, bytes);
    }

    @Benchmark
    public Pointer directMapping() {
        return DirectMapped.memset(buffer, 1, bytes);
    }
}
