#!/usr/bin/env python3
"""Generates the SDK reference that the raw layer is checked against.

For a header (wininet.h, winhttp.h) it writes, from the mingw-w64 SDK headers:
  const NAME VALUE             every integer macro and enumerator the header defines, as the x86_64 Windows
                               compiler folds it (so (DWORD)-1 is 4294967295, sizeof counts)
  func NAME RET TYPE,TYPE...   every function the header declares, with its parameter types as
                               the header spells them (one space between words, '*' attached:
                               `CONST SYSTEMTIME*`, `unsigned long*`)
  callback NAME RET TYPE,...   every function-pointer typedef of the header (application
                               callbacks such as INTERNET_STATUS_CALLBACK)
  struct NAME TYPE name,...    the members, in order, of the structures listed in STRUCTS for
                               the header (arrays keep their folded length: `WCHAR cFileName[260]`);
                               a structure may come from another header (WIN32_FIND_DATAW is
                               in minwinbase.h)
  unexported NAME              a function the header declares but the DLL does not export, by
                               the mingw-w64 import library (lib<stem>.a) of the header's DLL

Values are computed by the cross compiler itself, not by re-implementing C arithmetic: each
macro becomes `const long long v = (long long)(NAME);` in an assembly-only compile, and the
folded `.quad` values are read back. Macros that are not integer constant expressions are
dropped by retrying without the lines the compiler rejects.

usage: generate.py wininet.h > src/test/resources/sdk/wininet.ref
"""
import re
import subprocess
import sys
import tempfile
import os

CC = "x86_64-w64-mingw32-gcc"
NM = "x86_64-w64-mingw32-nm"
IMPORT_LIBS = "/usr/x86_64-w64-mingw32/lib"

# The structures the Java binding declares for each header, checked member by member.
STRUCTS = {
    "wininet.h": ["URL_COMPONENTSW", "INTERNET_BUFFERSW", "WIN32_FIND_DATAW",
                  "INTERNET_PROXY_INFO", "INTERNET_ASYNC_RESULT"],
    # Every structure a winhttp.h function takes, plus the callback's status information
    # (WINHTTP_ASYNC_RESULT, WINHTTP_WEB_SOCKET_*) and WINHTTP_CERTIFICATE_INFO (an option's value).
    "winhttp.h": ["URL_COMPONENTS", "WINHTTP_PROXY_INFO", "WINHTTP_AUTOPROXY_OPTIONS",
                  "WINHTTP_CURRENT_USER_IE_PROXY_CONFIG", "WINHTTP_ASYNC_RESULT",
                  "WINHTTP_CERTIFICATE_INFO", "WINHTTP_PROXY_RESULT", "WINHTTP_PROXY_RESULT_ENTRY",
                  "WINHTTP_PROXY_RESULT_EX", "WINHTTP_PROXY_SETTINGS", "WINHTTP_PROXY_NETWORKING_KEY",
                  "WINHTTP_WEB_SOCKET_ASYNC_RESULT", "WINHTTP_WEB_SOCKET_STATUS"],
}


def run(args, stdin=None):
    return subprocess.run(args, input=stdin, capture_output=True, text=True)


def preprocess(header, extra):
    src = "#include <windows.h>\n" + "".join(f"#include <{h}>\n" for h in extra) + f"#include <{header}>\n"
    out = run([CC, "-E", "-dD", "-x", "c", "-"], stdin=src)
    if out.returncode != 0:
        sys.exit(out.stderr)
    return out.stdout


def own_regions(text, header):
    """Yields the lines that come from `header` itself (by the preprocessor's line markers)."""
    mine = False
    for line in text.splitlines():
        m = re.match(r'^# \d+ "([^"]+)"', line)
        if m:
            mine = os.path.basename(m.group(1)) == header
            continue
        if mine:
            yield line


def macro_names(lines):
    names = []
    for line in lines:
        m = re.match(r"^#define ([A-Za-z_][A-Za-z0-9_]*)\s+(.+)$", line)
        if m and not m.group(2).startswith("__MINGW_NAME"):
            names.append(m.group(1))
    return names


def fold(header, extra, names):
    names = list(dict.fromkeys(names))
    prelude = "#include <windows.h>\n" + "".join(f"#include <{h}>\n" for h in extra) + f"#include <{header}>\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "fold.c")
        for _ in range(50):
            body = "".join(f"const long long v_{n} = (long long)({n});\n" for n in names)
            with open(path, "w") as f:
                f.write(prelude + body)
            out = run([CC, "-S", "-O0", "-w", path, "-o", os.path.join(tmp, "fold.s")])
            if out.returncode == 0:
                break
            offset = prelude.count("\n")
            bad = set()
            for m in re.finditer(r"fold\.c:(\d+):\d+: error", out.stderr):
                i = int(m.group(1)) - offset - 1
                if 0 <= i < len(names):
                    bad.add(names[i])
            if not bad:
                sys.exit(out.stderr)
            names = [n for n in names if n not in bad]
        asm = open(os.path.join(tmp, "fold.s")).read()
    values = {}
    # A zero is emitted as `.space 8`, anything else as `.quad N`.
    for m in re.finditer(r"^v_(\w+):\s*\n\s*(?:\.quad\s+(-?\d+)|\.space\s+8)", asm, re.M):
        values[m.group(1)] = int(m.group(2)) if m.group(2) is not None else 0
    return values


def functions(lines):
    text = " ".join(l for l in lines if not l.startswith("#"))
    text = re.sub(r"__attribute__\s*\(\(.*?\)\)", " ", text)
    text = re.sub(r"\s+", " ", text)
    funcs = {}
    for m in re.finditer(r"([A-Za-z_][\w ]*?\*?)\s*\b([A-Z][A-Za-z0-9_]+)\s*\(([^()]*)\)\s*;", text):
        ret, name, params = m.group(1).strip(), m.group(2), m.group(3).strip()
        ret = ret.replace("extern ", "").strip().split(" ")[-1]
        if ret in ("typedef",) or name in funcs:
            continue
        types = []
        if params and params != "void":
            for p in params.split(","):
                p = p.strip().replace("const ", "CONST ")
                p = re.sub(r"\s*\*\s*", " * ", p)
                words = p.split()
                # Drop the parameter name: the last word unless it is a '*' or the only word.
                if len(words) > 1 and words[-1] != "*":
                    words = words[:-1]
                types.append(spell(words))
        funcs[name] = (ret, types)
    return funcs


def spell(words):
    """One space between words, '*' attached to what it follows: `CONST SYSTEMTIME*`."""
    return " ".join(words).replace(" *", "*")


def declaration_words(decl):
    """The words of a C declaration with the '*'s split off: `struct _X *Next` -> [struct, _X, *, Next]."""
    decl = decl.strip().replace("const ", "CONST ")
    return re.sub(r"\s*\*\s*", " * ", decl).split()


def code_text(text):
    """The preprocessed text without line markers, attributes or repeated whitespace."""
    body = " ".join(l for l in text.splitlines() if not l.startswith("#"))
    body = re.sub(r"__attribute__\s*\(\(.*?\)\)", " ", body)
    return re.sub(r"\s+", " ", body)


def callbacks(lines):
    """Function-pointer typedefs: `typedef VOID (CALLBACK *NAME)(params);`."""
    found = {}
    for m in re.finditer(r"typedef ([A-Za-z_][\w ]*?\*?) ?\( ?\* ?([A-Za-z_]\w*) ?\) ?\(([^()]*)\) ?;",
                         code_text("\n".join(lines))):
        ret, name, params = m.group(1).strip(), m.group(2), m.group(3).strip()
        types = []
        if params and params != "void":
            for p in params.split(","):
                words = declaration_words(p)
                if len(words) > 1 and words[-1] != "*":
                    words = words[:-1]
                types.append(spell(words))
        found[name] = (spell(declaration_words(ret)), types)
    return found


def structs(text, names):
    """The members of `typedef struct [tag] { ... } NAME, ...;` for each name, from any header."""
    code = code_text(text)
    found = {}
    for m in re.finditer(r"typedef struct (?:[A-Za-z_]\w* )?\{([^{}]*)\} ?([^;]*);", code):
        declarators = {d.strip() for d in m.group(2).split(",")}
        for name in names:
            if name in declarators and name not in found:
                members = []
                for decl in m.group(1).split(";"):
                    if not decl.strip():
                        continue
                    words = declaration_words(decl)
                    member = words[-1].replace(" ", "")
                    members.append(spell(words[:-1]) + " " + member)
                found[name] = members
    missing = [n for n in names if n not in found]
    if missing:
        sys.exit(f"structures not found: {missing}")
    return found


def unexported(header, names):
    """The declared functions that the DLL's import library does not export (None: no library)."""
    lib = os.path.join(IMPORT_LIBS, "lib" + os.path.splitext(header)[0] + ".a")
    if not os.path.exists(lib):
        return None
    out = run([NM, lib])
    exports = set(re.findall(r"^[0-9a-fA-F]+ T (\S+)$", out.stdout, re.M))
    return sorted(n for n in names if n not in exports)


def enumerators(lines):
    """The enumerator names of every enum the header defines (INTERNET_SCHEME_HTTP, ...)."""
    text = " ".join(l for l in lines if not l.startswith("#"))
    names = []
    for body in re.findall(r"\benum\b[^{;]*\{([^}]*)\}", text):
        for item in body.split(","):
            m = re.match(r"\s*([A-Za-z_]\w*)", item)
            if m:
                names.append(m.group(1))
    return names


def main():
    header = sys.argv[1]
    extra = sys.argv[2:]
    text = preprocess(header, extra)
    lines = list(own_regions(text, header))
    names = macro_names(lines)
    values = fold(header, extra, names + enumerators(lines))
    print(f"# Generated by tools/sdkref/generate.py from mingw-w64 {header}; do not edit.")
    # Macros the compiler does not fold to an integer (API decorations, strings, or, like
    # INTERNET_FLAGS_MASK, expressions naming a macro the header never defines) are listed, not lost.
    dropped = sorted(n for n in set(names) if n not in values)
    for i in range(0, len(dropped), 8):
        print("# not an integer constant: " + " ".join(dropped[i:i + 8]))
    for name in sorted(values):
        print(f"const {name} {values[name]}")
    funcs = functions(lines)
    for name, (ret, types) in sorted(funcs.items()):
        print(f"func {name} {ret} {','.join(types)}".rstrip())
    for name, (ret, types) in sorted(callbacks(lines).items()):
        print(f"callback {name} {ret} {','.join(types)}".rstrip())
    for name, members in sorted(structs(text, STRUCTS.get(header, [])).items()):
        print(f"struct {name} {','.join(members)}")
    for name in unexported(header, funcs) or []:
        print(f"unexported {name}")


if __name__ == "__main__":
    main()
