/*
 * iphlpwne.dll: iphlpapi.dll for the JDK's net.dll under Wine 8.0, which lacks one export.
 *
 * JDK 22 and later enumerate network interfaces on Windows with GetIfTable2,
 * GetUnicastIpAddressTable and GetAnycastIpAddressTable, delay-loaded from IPHLPAPI.DLL. Wine 8.0
 * (Debian 12) does not export GetAnycastIpAddressTable, so the first NetworkInterface call
 * (InetAddress.getLoopbackAddress(), every SecureRandom seeding, every temporary file) ends the JVM
 * with exception 0xC06D007F (delay-load procedure not found).
 *
 * native-tests/run points the cached runtime's net.dll at this DLL (the delay-import name
 * IPHLPAPI.DLL becomes IPHLPWNE.DLL, same length) and puts it beside net.dll. Every other function
 * is forwarded to Wine's iphlpapi.dll (iphlpwne.def); the missing one reports no anycast
 * addresses, which is what a host without anycast addresses has. Only the Wine stage uses this.
 */
#include <winsock2.h>
#include <ws2ipdef.h>
#include <iphlpapi.h>
#include <netioapi.h>

DWORD WINAPI wne_GetAnycastIpAddressTable(ADDRESS_FAMILY family, PMIB_ANYCASTIPADDRESS_TABLE *table)
{
    MIB_ANYCASTIPADDRESS_TABLE *empty;
    (void) family;
    if (!table) return ERROR_INVALID_PARAMETER;
    /* Released with FreeMibTable, which frees from the process heap in Wine. */
    empty = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(*empty));
    if (!empty) return ERROR_NOT_ENOUGH_MEMORY;
    *table = empty;
    return NO_ERROR;
}
