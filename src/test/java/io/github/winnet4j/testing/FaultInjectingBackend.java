package io.github.winnet4j.testing;

import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.raw.WinInet;
import io.github.winnet4j.raw.WinInetErrors;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A backend that passes every raw WinINet and WinHTTP call to a real one, except the N-th, which
 * fails with the {@link Fault} chosen for its entry point: the call returns failure without
 * reaching the real backend, and {@link #lastError()} gives the fault's code on the failing call's
 * thread, as GetLastError would. For ERROR_INTERNET_EXTENDED_ERROR, InternetGetLastResponseInfoW on
 * that thread then gives the fault's server text.
 *
 * <p>Closing calls (InternetCloseHandle, WinHttpCloseHandle) are the exception: a failing close
 * still closes the real handle and then reports failure, since the wrappers never retry a close
 * (a handle value is recycled once closed) and the fault under test is the report, not a leak the
 * fake itself would cause.
 *
 * <p>It counts every raw call (in {@link #calls()}, by entry point name) and tracks the handle
 * values the real backend returned and that were not closed yet ({@link #openHandles()}), so that
 * a test can run a flow once cleanly, then once per call index with that call failing, and check
 * that every handle opened so far was closed.
 */
public final class FaultInjectingBackend implements Backend {
    private static final Set<String> CLOSERS = Set.of("InternetCloseHandle", "WinHttpCloseHandle");

    private final Backend real;
    private final Function<String, Fault> faults;
    private final WinInet wininet;
    private final WinHttp winhttp;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<Long, String> open = new ConcurrentHashMap<>();
    private final List<String> strayCloses = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Fault> injected = new ThreadLocal<>();
    private volatile int failAt = -1;
    private volatile String failed;

    /**
     * @param real   the backend that does the work
     * @param faults the fault for an entry point's name (e.g. {@code "HttpSendRequestW"})
     */
    public FaultInjectingBackend(Backend real, Function<String, Fault> faults) {
        this.real = real;
        this.faults = faults;
        this.wininet = proxy(WinInet.class, real::wininet);
        this.winhttp = proxy(WinHttp.class, real::winhttp);
    }

    /** Fails the call with this 0-based index (counted from the last {@link #reset}); -1 for none. */
    public void failAt(int index) {
        this.failAt = index;
    }

    /** Forgets the counted calls, the open handles and the fault; the next call has index 0. */
    public void reset() {
        counter.set(0);
        calls.clear();
        open.clear();
        strayCloses.clear();
        failAt = -1;
        failed = null;
        injected.remove();
    }

    /** The entry points called since {@link #reset}, in order. */
    public List<String> calls() {
        return new ArrayList<>(calls);
    }

    /** The entry point that was made to fail, or {@code null} when none was (yet). */
    public String failedCall() {
        return failed;
    }

    /** The handle values returned and not closed yet, each with the entry point that opened it. */
    public Map<Long, String> openHandles() {
        return Map.copyOf(open);
    }

    /** Closes of values that were not open (a double close or a value never returned). */
    public List<String> strayCloses() {
        return List.copyOf(strayCloses);
    }

    @Override
    public String name() {
        return "faults(" + real.name() + ")";
    }

    @Override
    public WinInet wininet() {
        return wininet;
    }

    @Override
    public WinHttp winhttp() {
        real.winhttp(); // throws as the real backend does when it has no WinHTTP
        return winhttp;
    }

    @Override
    public int lastError() {
        Fault f = injected.get();
        return f != null ? f.code() : real.lastError();
    }

    @Override
    public Optional<String> message(int code) {
        return real.message(code);
    }

    @Override
    public Optional<String> winHttpMessage(int code) {
        return real.winHttpMessage(code);
    }

    @Override
    public void globalFree(Pointer p) {
        real.globalFree(p);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, java.util.function.Supplier<T> target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "FaultInjecting" + type.getSimpleName();
                };
            }
            return call(target.get(), method, args == null ? new Object[0] : args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private Object call(Object target, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        Fault pending = injected.get();
        if (pending != null && name.equals("InternetGetLastResponseInfoW")) {
            // The reply of the injected ERROR_INTERNET_EXTENDED_ERROR, per thread as in WinINet.
            return responseInfo(pending, args);
        }
        injected.remove();
        int index = counter.getAndIncrement();
        calls.add(name);
        if (index != failAt) {
            Object result = invoke(target, method, args);
            track(name, args, result);
            return result;
        }
        failed = name;
        Fault fault = faults.apply(name);
        if (CLOSERS.contains(name)) {
            Object result = invoke(target, method, args);
            track(name, args, result);
        }
        injected.set(fault);
        return failure(method, fault);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** What a failing call returns: FALSE, NULL, INVALID_FILE_SIZE, or the code for calls that return it. */
    private static Object failure(Method method, Fault fault) {
        Class<?> type = method.getReturnType();
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return method.getName().equals("FtpGetFileSize") ? -1 : fault.code();
        }
        if (method.getName().equals("InternetSetStatusCallbackW") || method.getName().equals("WinHttpSetStatusCallback")) {
            return new Pointer(-1); // INTERNET_INVALID_STATUS_CALLBACK
        }
        if (type == void.class || !type.isPrimitive()) {
            return null;
        }
        throw new IllegalStateException("no failure value for " + method);
    }

    private void track(String name, Object[] args, Object result) {
        if (result instanceof HINTERNET h && h.getPointer() != null) {
            open.put(h.value(), name);
        }
        if (name.equals("FtpCommandW") && Boolean.TRUE.equals(result)
                && args[5] instanceof PointerByReference data && data.getValue() != null) {
            open.put(Pointer.nativeValue(data.getValue()), name);
        }
        if (CLOSERS.contains(name) && Boolean.TRUE.equals(result) && args[0] instanceof PointerType p) {
            long value = Pointer.nativeValue(p.getPointer());
            if (open.remove(value) == null) {
                strayCloses.add(name + "(0x" + Long.toHexString(value) + ")");
            }
        }
    }

    /** InternetGetLastResponseInfoW's contract for the injected reply text. */
    private static Object responseInfo(Fault fault, Object[] args) {
        String text = fault.serverText() == null ? "" : fault.serverText();
        IntByReference error = (IntByReference) args[0];
        Pointer buffer = (Pointer) args[1];
        IntByReference length = (IntByReference) args[2];
        if (error != null) {
            error.setValue(fault.code() == WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR && text.length() >= 3
                    && text.substring(0, 3).chars().allMatch(Character::isDigit) ? Integer.parseInt(text.substring(0, 3)) : 0);
        }
        if (buffer == null || length.getValue() < text.length() + 1) {
            length.setValue(text.length());
            return false;
        }
        Utf16.write(buffer, text);
        length.setValue(text.length());
        return true;
    }
}
