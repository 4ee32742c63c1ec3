/*
 * Prints the Windows x64 ABI facts that the raw layer (src/main/java/io/github/winnet4j/raw)
 * must reproduce, as the SDK headers define them:
 *
 *   struct NAME SIZE            sizeof(NAME)
 *   field NAME MEMBER OFFSET    offsetof(NAME, MEMBER), for every member
 *   const NAME VALUE            a constant, folded by the compiler to a 64-bit signed value
 *
 * The constant list (constants.inc, one C(NAME) per line) is generated from the Java sources by
 * native-tests/abi/constants.sh, so every constant the Java interfaces declare is checked.
 * Build: x86_64-w64-mingw32-gcc -I<dir of constants.inc> -o abi.exe abi.c
 */
#include <windows.h>
#include <wininet.h>
#include <stddef.h>
#include <stdio.h>

#define STRUCT(T) printf("struct %s %u\n", #T, (unsigned) sizeof(T))
#define FIELD(T, M) printf("field %s %s %u\n", #T, #M, (unsigned) offsetof(T, M))
#define C(NAME) printf("const %s %lld\n", #NAME, (long long) (NAME));

int main(void) {
    STRUCT(URL_COMPONENTSW);
    FIELD(URL_COMPONENTSW, dwStructSize);
    FIELD(URL_COMPONENTSW, lpszScheme);
    FIELD(URL_COMPONENTSW, dwSchemeLength);
    FIELD(URL_COMPONENTSW, nScheme);
    FIELD(URL_COMPONENTSW, lpszHostName);
    FIELD(URL_COMPONENTSW, dwHostNameLength);
    FIELD(URL_COMPONENTSW, nPort);
    FIELD(URL_COMPONENTSW, lpszUserName);
    FIELD(URL_COMPONENTSW, dwUserNameLength);
    FIELD(URL_COMPONENTSW, lpszPassword);
    FIELD(URL_COMPONENTSW, dwPasswordLength);
    FIELD(URL_COMPONENTSW, lpszUrlPath);
    FIELD(URL_COMPONENTSW, dwUrlPathLength);
    FIELD(URL_COMPONENTSW, lpszExtraInfo);
    FIELD(URL_COMPONENTSW, dwExtraInfoLength);

    STRUCT(INTERNET_BUFFERSW);
    FIELD(INTERNET_BUFFERSW, dwStructSize);
    FIELD(INTERNET_BUFFERSW, Next);
    FIELD(INTERNET_BUFFERSW, lpcszHeader);
    FIELD(INTERNET_BUFFERSW, dwHeadersLength);
    FIELD(INTERNET_BUFFERSW, dwHeadersTotal);
    FIELD(INTERNET_BUFFERSW, lpvBuffer);
    FIELD(INTERNET_BUFFERSW, dwBufferLength);
    FIELD(INTERNET_BUFFERSW, dwBufferTotal);
    FIELD(INTERNET_BUFFERSW, dwOffsetLow);
    FIELD(INTERNET_BUFFERSW, dwOffsetHigh);

    STRUCT(WIN32_FIND_DATAW);
    FIELD(WIN32_FIND_DATAW, dwFileAttributes);
    FIELD(WIN32_FIND_DATAW, ftCreationTime);
    FIELD(WIN32_FIND_DATAW, ftLastAccessTime);
    FIELD(WIN32_FIND_DATAW, ftLastWriteTime);
    FIELD(WIN32_FIND_DATAW, nFileSizeHigh);
    FIELD(WIN32_FIND_DATAW, nFileSizeLow);
    FIELD(WIN32_FIND_DATAW, dwReserved0);
    FIELD(WIN32_FIND_DATAW, dwReserved1);
    FIELD(WIN32_FIND_DATAW, cFileName);
    FIELD(WIN32_FIND_DATAW, cAlternateFileName);

    STRUCT(INTERNET_PROXY_INFO);
    FIELD(INTERNET_PROXY_INFO, dwAccessType);
    FIELD(INTERNET_PROXY_INFO, lpszProxy);
    FIELD(INTERNET_PROXY_INFO, lpszProxyBypass);

    STRUCT(INTERNET_ASYNC_RESULT);
    FIELD(INTERNET_ASYNC_RESULT, dwResult);
    FIELD(INTERNET_ASYNC_RESULT, dwError);

    STRUCT(SYSTEMTIME);
    FIELD(SYSTEMTIME, wYear);
    FIELD(SYSTEMTIME, wMonth);
    FIELD(SYSTEMTIME, wDayOfWeek);
    FIELD(SYSTEMTIME, wDay);
    FIELD(SYSTEMTIME, wHour);
    FIELD(SYSTEMTIME, wMinute);
    FIELD(SYSTEMTIME, wSecond);
    FIELD(SYSTEMTIME, wMilliseconds);

    STRUCT(FILETIME);
    FIELD(FILETIME, dwLowDateTime);
    FIELD(FILETIME, dwHighDateTime);

#include "constants.inc"
    return 0;
}
