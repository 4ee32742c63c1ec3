package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;
import com.sun.jna.platform.win32.WinBase.FILETIME;

/**
 * {@code WINHTTP_PROXY_SETTINGS}: the machine's stored WinHTTP proxy settings, as
 * WinHttpReadProxySettings fills them and WinHttpWriteProxySettings takes them.
 *
 * <pre>
 * typedef struct _WINHTTP_PROXY_SETTINGS {
 *   DWORD dwStructSize; DWORD dwFlags; DWORD dwCurrentSettingsVersion; PWSTR pwszConnectionName;
 *   PWSTR pwszProxy; PWSTR pwszProxyBypass; PWSTR pwszAutoconfigUrl; PWSTR pwszAutoconfigSecondaryUrl;
 *   DWORD dwAutoDiscoveryFlags; PWSTR pwszLastKnownGoodAutoConfigUrl; DWORD dwAutoconfigReloadDelayMins;
 *   FILETIME ftLastKnownDetectTime; DWORD dwDetectedInterfaceIpCount; PDWORD pdwDetectedInterfaceIp;
 *   DWORD cNetworkKeys; PWINHTTP_PROXY_NETWORKING_KEY pNetworkKeys;
 * } WINHTTP_PROXY_SETTINGS;
 * </pre>
 *
 * <p>What WinHttpReadProxySettings allocates here is released exactly once with
 * WinHttpFreeProxySettings. Microsoft documents the functions that use this structure only by their
 * prototypes; the raw layer relies on nothing beyond the layout.
 */
@FieldOrder({"dwStructSize", "dwFlags", "dwCurrentSettingsVersion", "pwszConnectionName", "pwszProxy",
        "pwszProxyBypass", "pwszAutoconfigUrl", "pwszAutoconfigSecondaryUrl", "dwAutoDiscoveryFlags",
        "pwszLastKnownGoodAutoConfigUrl", "dwAutoconfigReloadDelayMins", "ftLastKnownDetectTime",
        "dwDetectedInterfaceIpCount", "pdwDetectedInterfaceIp", "cNetworkKeys", "pNetworkKeys"})
public class WINHTTP_PROXY_SETTINGS extends Structure {
    public int dwStructSize;
    public int dwFlags;
    public int dwCurrentSettingsVersion;
    public Pointer pwszConnectionName;
    public Pointer pwszProxy;
    public Pointer pwszProxyBypass;
    public Pointer pwszAutoconfigUrl;
    public Pointer pwszAutoconfigSecondaryUrl;
    public int dwAutoDiscoveryFlags;
    public Pointer pwszLastKnownGoodAutoConfigUrl;
    public int dwAutoconfigReloadDelayMins;
    public FILETIME ftLastKnownDetectTime;
    public int dwDetectedInterfaceIpCount;
    public Pointer pdwDetectedInterfaceIp;
    public int cNetworkKeys;
    public Pointer pNetworkKeys;

    /** A zeroed structure with {@code dwStructSize} set. */
    public WINHTTP_PROXY_SETTINGS() {
        dwStructSize = size();
    }
}
