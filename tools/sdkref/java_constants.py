#!/usr/bin/env python3
"""Writes a Java constants interface from an SDK reference made by generate.py.

usage: java_constants.py REF PACKAGE NAME PREFIX-REGEX [EXCLUDE-REGEX] > Name.java
Every `const` whose name matches PREFIX-REGEX (and not EXCLUDE-REGEX) becomes an `int` (or a
`long` when it does not fit in 32 bits); unsigned 32-bit values are written in hex so that they
keep their bit pattern.
"""
import re
import sys

ref, package, name, include = sys.argv[1:5]
exclude = sys.argv[5] if len(sys.argv) > 5 else r"^$"
header = re.search(r"from mingw-w64 ([\w.]+)", open(ref).readline()).group(1)
# The test that holds the interface to its header.
test = {"winhttp.h": "WinHttpSdkConformanceTest"}.get(header, "SdkConformanceTest")
consts = []
for line in open(ref):
    parts = line.split()
    if parts[:1] == ["const"] and re.match(include, parts[1]) and not re.match(exclude, parts[1]) \
            and not parts[1].startswith("_"):
        consts.append((parts[1], int(parts[2])))

print(f"package {package};\n")
print("/**")
print(f" * Constants of {header}, with the SDK's exact values (generated from the mingw-w64 header")
print(f" * by tools/sdkref; {{@code {test}}} holds every value to the header).")
print(" */")
print("@SuppressWarnings(\"unused\")")
print(f"public interface {name} {{")
for cname, value in consts:
    if -2**31 <= value < 2**31:
        lit = str(value) if -1 <= value < 0x10000 else hex(value)
        print(f"    int {cname} = {lit};")
    elif 2**31 <= value < 2**32:
        print(f"    int {cname} = {hex(value)};")
    else:
        print(f"    long {cname} = {value}L;")
print("}")
