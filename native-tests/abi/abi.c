/*
 * Prints the Windows x64 ABI facts that the raw layer (src/main/java/io/github/winnet4j/raw)
 * must reproduce, as one SDK header defines them:
 *
 *   struct NAME SIZE            sizeof(NAME)
 *   field NAME MEMBER OFFSET    offsetof(NAME, MEMBER), for every member
 *   const NAME VALUE            a constant, folded by the compiler to a 64-bit signed value
 *
 * wininet.h and winhttp.h cannot share a translation unit (both define INTERNET_SCHEME and
 * URL_COMPONENTS, and constants such as INTERNET_SCHEME_HTTP differ), so this file is compiled
 * once per header, named by ABI_HEADER. The two lists it includes are generated per header:
 *   structs.inc    STRUCT(NAME); FIELD(NAME, MEMBER); ... from the SDK reference's "struct" lines
 *                  (native-tests/abi/structs.sh), so every structure the reference lists is checked;
 *   constants.inc  C(NAME) for every constant the header's Java interfaces declare
 *                  (native-tests/abi/constants.sh).
 * Build: x86_64-w64-mingw32-gcc '-DABI_HEADER=<winhttp.h>' -I<dir of the .inc files> -o abi.exe abi.c
 */
#include <windows.h>
#ifndef ABI_HEADER
#error "compile with -DABI_HEADER=<wininet.h> or -DABI_HEADER=<winhttp.h>"
#endif
#include ABI_HEADER
#include <stddef.h>
#include <stdio.h>

#define STRUCT(T) printf("struct %s %u\n", #T, (unsigned) sizeof(T))
#define FIELD(T, M) printf("field %s %s %u\n", #T, #M, (unsigned) offsetof(T, M))
#define C(NAME) printf("const %s %lld\n", #NAME, (long long) (NAME));

int main(void) {
#include "structs.inc"
#include "constants.inc"
    return 0;
}
