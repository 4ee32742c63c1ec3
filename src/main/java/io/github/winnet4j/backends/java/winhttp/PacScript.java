package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.raw.WinHttpErrors;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * Runs a PAC script's {@code FindProxyForURL(url, host)} with Mozilla Rhino, interpreted, in a
 * scope with only JavaScript's standard objects (no access to Java classes) plus the standard PAC
 * helpers ({@code pac-functions.js} beside this class; {@code dnsResolve} and {@code myIpAddress}
 * answered by the JDK's resolver). Evaluation stops at a deadline: a script that runs past it fails
 * with ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR, as does one that throws; a script that does not
 * compile or defines no FindProxyForURL fails with ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT.
 */
final class PacScript {
    private static final String HELPERS = loadHelpers();
    private static final int OBSERVE_EVERY_INSTRUCTIONS = 10_000;

    /** A context factory whose contexts stop at their deadline. */
    private static final class DeadlineFactory extends ContextFactory {
        @Override
        protected Context makeContext() {
            Context cx = super.makeContext();
            cx.setOptimizationLevel(-1);
            cx.setInstructionObserverThreshold(OBSERVE_EVERY_INSTRUCTIONS);
            return cx;
        }

        @Override
        protected void observeInstructionCount(Context cx, int instructionCount) {
            Object deadline = cx.getThreadLocal(DeadlineFactory.class);
            if (deadline instanceof Long d && System.nanoTime() > d) {
                throw new DeadlineExceeded();
            }
        }
    }

    /** Thrown into the interpreter when the script runs past its deadline. */
    private static final class DeadlineExceeded extends Error {
        private static final long serialVersionUID = 1L;

        DeadlineExceeded() {
            super("the PAC script ran past its time limit", null, false, false);
        }
    }

    private static final DeadlineFactory FACTORY = new DeadlineFactory();

    private PacScript() {
    }

    /** The script's answer for a URL, e.g. {@code "PROXY host:8080; DIRECT"}. */
    static String findProxyForUrl(String source, String url, String host, long timeoutMillis) throws Win32Failure {
        Context cx = FACTORY.enterContext();
        try {
            cx.putThreadLocal(DeadlineFactory.class,
                    System.nanoTime() + Math.max(1, timeoutMillis) * 1_000_000L);
            ScriptableObject scope = cx.initSafeStandardObjects();
            ScriptableObject.putProperty(scope, "dnsResolve", new JavaFunction(true));
            ScriptableObject.putProperty(scope, "myIpAddress", new JavaFunction(false));
            cx.evaluateString(scope, HELPERS, "pac-functions.js", 1, null);
            try {
                cx.evaluateString(scope, source, "proxy.pac", 1, null);
            } catch (RhinoException e) {
                throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT, e);
            }
            Object f = ScriptableObject.getProperty(scope, "FindProxyForURL");
            if (!(f instanceof Function function)) {
                throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT);
            }
            Object result = function.call(cx, scope, scope, new Object[]{url, host});
            return Context.toString(result);
        } catch (RhinoException | DeadlineExceeded e) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR, e);
        } finally {
            Context.exit();
        }
    }

    /** dnsResolve(host) (IPv4 text or null) and myIpAddress(). */
    private static final class JavaFunction extends BaseFunction {
        private static final long serialVersionUID = 1L;
        private final boolean resolve;

        JavaFunction(boolean resolve) {
            this.resolve = resolve;
        }

        @Override
        public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
            if (!resolve) {
                try {
                    InetAddress local = InetAddress.getLocalHost();
                    return local instanceof Inet4Address ? local.getHostAddress() : "127.0.0.1";
                } catch (UnknownHostException e) {
                    return "127.0.0.1";
                }
            }
            if (args.length == 0) {
                return null;
            }
            try {
                for (InetAddress a : InetAddress.getAllByName(Context.toString(args[0]))) {
                    if (a instanceof Inet4Address) {
                        return a.getHostAddress();
                    }
                }
                return null;
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }

    private static String loadHelpers() {
        try (InputStream in = PacScript.class.getResourceAsStream("pac-functions.js")) {
            if (in == null) {
                throw new IllegalStateException("pac-functions.js is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
