package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WINHTTP_AUTOPROXY_OPTIONS;
import io.github.winnet4j.raw.WINHTTP_CURRENT_USER_IE_PROXY_CONFIG;
import io.github.winnet4j.raw.WINHTTP_PROXY_INFO;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.testing.AllBackends;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.winnet4j.api.winhttp.WinHttpSupport.assumeWinHttp;
import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.*;

/** Proxy configuration reads: values copied, and every string WinHTTP allocated freed exactly once. */
class WindowsProxyConfigTest {

    /** A backend over a Mockito mock of WinHttp that records what is freed. */
    private static final class ScriptedBackend implements Backend {
        final WinHttp api = mock(WinHttp.class);
        final AtomicInteger lastError = new AtomicInteger();
        final List<Pointer> freed = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public io.github.winnet4j.raw.WinInet wininet() {
            throw new UnsupportedOperationException("WinHTTP only");
        }

        @Override
        public WinHttp winhttp() {
            return api;
        }

        @Override
        public int lastError() {
            return lastError.get();
        }

        @Override
        public Optional<String> message(int code) {
            return Optional.empty();
        }

        @Override
        public Optional<String> winHttpMessage(int code) {
            return Optional.of("text " + code);
        }

        @Override
        public void globalFree(Pointer p) {
            freed.add(p);
        }
    }

    private static Memory text(String s) {
        return Utf16.encode(s, "s");
    }

    @Test
    void currentUserCopiesThenFreesEachStringOnce() throws Exception {
        ScriptedBackend b = new ScriptedBackend();
        Memory pac = text("http://127.0.0.1/proxy.pac");
        Memory proxy = text("127.0.0.1:3128");
        when(b.api.WinHttpGetIEProxyConfigForCurrentUser(any())).thenAnswer(inv -> {
            WINHTTP_CURRENT_USER_IE_PROXY_CONFIG c = inv.getArgument(0);
            c.fAutoDetect = true;
            c.lpszAutoConfigUrl = pac;
            c.lpszProxy = proxy;
            c.lpszProxyBypass = null;
            c.write();
            return true;
        });
        IeProxySettings s = WindowsProxyConfig.currentUser(b);
        assertEquals(new IeProxySettings(true, Optional.of("http://127.0.0.1/proxy.pac"),
                Optional.of("127.0.0.1:3128"), Optional.empty()), s);
        assertEquals(List.of(pac, proxy), b.freed);
    }

    @Test
    void noSettingsIsNone() throws Exception {
        ScriptedBackend b = new ScriptedBackend();
        b.lastError.set(2); // ERROR_FILE_NOT_FOUND
        assertEquals(IeProxySettings.none(), WindowsProxyConfig.currentUser(b));
        assertTrue(b.freed.isEmpty());
    }

    @Test
    void detectionFailureIsEmptyAndAFoundUrlIsFreedOnce() throws Exception {
        ScriptedBackend b = new ScriptedBackend();
        b.lastError.set(12180); // ERROR_WINHTTP_AUTODETECTION_FAILED
        assertEquals(Optional.empty(), WindowsProxyConfig.detectAutoConfigUrl(b));
        Memory url = text("http://127.0.0.1/wpad.dat");
        when(b.api.WinHttpDetectAutoProxyConfigUrl(anyInt(), any())).thenAnswer(inv -> {
            inv.<PointerByReference>getArgument(1).setValue(url);
            return true;
        });
        assertEquals(Optional.of("http://127.0.0.1/wpad.dat"), WindowsProxyConfig.detectAutoConfigUrl(b));
        assertEquals(List.of(url), b.freed);
    }

    @Test
    void loginChallengeOfThePacServerIsRetriedWithAutoLogon() throws Exception {
        ScriptedBackend b = new ScriptedBackend();
        when(b.api.WinHttpOpen(any(), anyInt(), any(), any(), anyInt())).thenReturn(HINTERNET.of(1));
        when(b.api.WinHttpSetOption(any(), anyInt(), any(), anyInt())).thenReturn(true);
        when(b.api.WinHttpCloseHandle(any())).thenReturn(true);
        Memory proxy = text("127.0.0.1:3128;127.0.0.1:3129");
        List<Boolean> autoLogon = new ArrayList<>();
        when(b.api.WinHttpGetProxyForUrl(any(), any(), any(), any())).thenAnswer(inv -> {
            WINHTTP_AUTOPROXY_OPTIONS o = inv.getArgument(2);
            autoLogon.add(o.fAutoLogonIfChallenged);
            if (!o.fAutoLogonIfChallenged) {
                b.lastError.set(12015); // ERROR_WINHTTP_LOGIN_FAILURE
                return false;
            }
            WINHTTP_PROXY_INFO info = inv.getArgument(3);
            info.dwAccessType = 3;
            info.lpszProxy = proxy;
            info.write();
            return true;
        });
        try (WinHttpSession session = WinHttpSession.builder().backend(b).access(ProxyAccess.noProxy()).open()) {
            WinHttpProxyInfo info = WindowsProxyConfig.proxyForUrl(session, "http://127.0.0.1/",
                    AutoProxy.pacUrl("http://127.0.0.1/proxy.pac"));
            assertEquals(Optional.of("127.0.0.1:3128;127.0.0.1:3129"), info.proxy());
            assertFalse(info.isDirect());
        }
        assertEquals(List.of(false, true), autoLogon);
        assertEquals(List.of(proxy), b.freed);
    }

    @Test
    void failureCarriesWinHttpsName() throws Exception {
        ScriptedBackend b = new ScriptedBackend();
        when(b.api.WinHttpOpen(any(), anyInt(), any(), any(), anyInt())).thenReturn(HINTERNET.of(1));
        when(b.api.WinHttpSetOption(any(), anyInt(), any(), anyInt())).thenReturn(true);
        when(b.api.WinHttpCloseHandle(any())).thenReturn(true);
        b.lastError.set(12167);
        try (WinHttpSession session = WinHttpSession.builder().backend(b).access(ProxyAccess.noProxy()).open()) {
            WinHttpException e = assertThrows(WinHttpException.class, () -> WindowsProxyConfig.proxyForUrl(session,
                    "http://127.0.0.1/", AutoProxy.pacUrl("http://127.0.0.1/proxy.pac")));
            assertEquals("ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT", e.errorName());
            assertTrue(e.getMessage().contains("text 12167"), e.getMessage());
        }
        verify(b.api, times(1)).WinHttpGetProxyForUrl(any(), any(), any(), any());
    }

    @AllBackends
    void currentUserAndDefaultAreReadable(Backend backend) throws Exception {
        assumeWinHttp(backend);
        assertNotNull(WindowsProxyConfig.currentUser(backend));
        assertNotNull(WindowsProxyConfig.winHttpDefault(backend));
    }
}
