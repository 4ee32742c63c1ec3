#!/usr/bin/env bash
# Writes structs.inc for abi.c: STRUCT(NAME) and one FIELD(NAME, MEMBER) per member, in order, for
# every "struct NAME TYPE MEMBER,TYPE MEMBER,..." line of the given SDK references
# (src/test/resources/sdk/*.ref, generated from the headers by tools/sdkref; platform.ref here
# for the windows.h structures that jna-platform supplies). A structure added to a reference is
# checked without editing C.
# usage: structs.sh OUT.inc REF...
set -euo pipefail
out=$1; shift
awk '
    $1 == "struct" {
        name = $2
        members = $0
        sub(/^struct[ \t]+[^ \t]+[ \t]+/, "", members)
        n = split(members, m, ",")
        printf "STRUCT(%s);\n", name
        for (i = 1; i <= n; i++) {
            member = m[i]
            sub(/\[[^]]*\][ \t]*$/, "", member)   # WCHAR cFileName[260] -> cFileName
            sub(/^.*[ \t*]/, "", member)           # the last word is the member name
            if (member !~ /^[A-Za-z_][A-Za-z0-9_]*$/) {
                printf "structs.sh: cannot read member %d of %s: %s\n", i, name, m[i] > "/dev/stderr"
                exit 1
            }
            printf "FIELD(%s, %s);\n", name, member
        }
        structs++
        fields += n
    }
    END { printf "structs.sh: %d structures, %d fields\n", structs, fields > "/dev/stderr" }
' "$@" > "$out"
