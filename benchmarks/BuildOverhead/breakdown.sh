#!/usr/bin/env bash
# Where a Schemata consumer's compile time goes (issue 21): the compiler's own time (MSBuild's Csc task) on each part
# of the generated code for the 720 Stytch schemas, beside NSwag's DTOs for the same documents.
#
#   benchmarks/BuildOverhead/breakdown.sh [rounds]      (default 3 rounds of all variants, interleaved)
#
# Run compare-nswag.sh first: this uses its consumers (artifacts/compare-nswag): the Schemata consumer, built once more
# with validation off and its generated files written out, and NSwag's generated DTOs. Each variant is a net10.0 console
# project (as there: Nullable, TreatWarningsAsErrors, Release) that compiles pre-generated .cs files, no generator:
#   empty         Program.cs only: what the compiler costs for any project
#   nswag         NSwag's DTOs (compare-nswag.sh's B)
#   declarations  Schemata's output with validation off, the bodies of the readers and writers replaced by
#                 `=> throw null!;` (compiles, does not run): records, enums and their converters, PrintMembers, resolver
#   serializers   Schemata's output with validation off (SchemataValidation=false): declarations and readers/writers
#   defaults      Schemata's output with defaults: all that and validation
# A measured run is a clean build without build server (as in compare-nswag.sh); the time is the Csc task's, from
# -clp:PerformanceSummary, so MSBuild's own start-up is left out. Prints every run, the medians, each variant's
# compile time above `empty` and its ratio to NSwag's above `empty`.
set -euo pipefail
rounds=${1:-3}
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [rounds]   (rounds: a positive integer)" >&2; exit 2; }
repo=$(cd "$(dirname "$0")/../.." && pwd)
source_work="$repo/artifacts/compare-nswag"
[ -d "$source_work/Schemata" ] && [ -d "$source_work/NSwag/generated" ] && [ -d "$source_work/schemata-generated" ] \
  || { echo "run benchmarks/BuildOverhead/compare-nswag.sh first: this uses its consumers in $source_work" >&2; exit 1; }
work="$repo/artifacts/build-breakdown"
rm -rf "$work" && mkdir -p "$work"
exec > >(tee "$work/output.txt") 2>&1
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"
echo "== $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) cores, dotnet $(dotnet --version), $rounds rounds"
echo "load at start: $(uptime)"

# Schemata's output with validation off: one more build of compare-nswag.sh's consumer, its files written out here.
dotnet build "$source_work/Schemata" -c Release --no-restore -v:q -nologo -p:SchemataValidation=false \
  -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/no-validation-generated" > "$work/prepare.log" 2>&1 \
  || { tail -n 30 "$work/prepare.log"; echo "the Schemata consumer does not build with validation off" >&2; exit 1; }
runtime=$(find "$source_work/Schemata/bin/Release" -name Schemata.dll | head -n 1)
[ -n "$runtime" ] || { echo "no Schemata.dll beside the Schemata consumer's build" >&2; exit 1; }
# The consumer builds again with defaults, so that compare-nswag.sh's folder is left as it was.
dotnet build "$source_work/Schemata" -c Release --no-restore -v:q -nologo >> "$work/prepare.log" 2>&1

variant() { # name, then the folders whose .cs files it compiles
  local name=$1; shift
  mkdir -p "$work/$name/src"
  for folder in "$@"; do cp -r "$folder" "$work/$name/src/"; done
  cat > "$work/$name/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ImplicitUsings>disable</ImplicitUsings>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$runtime" />
  </ItemGroup>
</Project>
XML
  echo 'internal static class Program { private static void Main() { } }' > "$work/$name/Program.cs"
}
generated_of() { find "$1" -path '*Schemata.Generator.SchemataGenerator' -type d | head -n 1; }
variant empty
variant nswag "$source_work/NSwag/generated"
variant serializers "$(generated_of "$work/no-validation-generated")"
variant defaults "$(generated_of "$source_work/schemata-generated")"
variant declarations "$(generated_of "$work/no-validation-generated")"
# A reader's or writer's body is the block after its `static ... .ReadValue(ref` / `.WriteValue(` line, at one tab.
stripped=0
while IFS= read -r -d '' file; do
  awk '
    skip { if ($0 == "\t}") skip = 0; next }
    /^\tstatic .*\.(ReadValue\(ref |WriteValue\()/ { held = $0; next }
    held != "" { if ($0 == "\t{") { print held " => throw null!;"; skip = 1; held = ""; n++; next } print held; held = "" }
    { print }
    END { if (held != "") print held; print n + 0 > "/dev/stderr" }
  ' "$file" > "$file.tmp" 2> "$file.count"
  stripped=$((stripped + $(cat "$file.count"))); rm "$file.count"; mv "$file.tmp" "$file"
done < <(find "$work/declarations/src" -name '*.cs' -print0)
[ "$stripped" -gt 0 ] || { echo "no reader or writer body found to strip: has the generated code's shape changed?" >&2; exit 1; }
echo "declarations: $stripped reader and writer bodies replaced"

variants=(empty nswag declarations serializers defaults)
for name in "${variants[@]}"; do
  dotnet restore "$work/$name" -v:q -nologo > "$work/restore-$name.log" 2>&1 || { cat "$work/restore-$name.log"; exit 1; }
  dotnet build "$work/$name" -c Release --no-restore -v:q -nologo > "$work/prepare-$name.log" 2>&1 \
    || { tail -n 30 "$work/prepare-$name.log"; echo "the $name variant does not build" >&2; exit 1; }
  echo "$name: $(find "$work/$name/src" -name '*.cs' 2>/dev/null -exec cat {} + | wc -c) bytes of generated C#"
done

declare -A times
for round in $(seq 1 "$rounds"); do
  for name in "${variants[@]}"; do
    rm -rf "$work/$name/bin" "$work/$name/obj/Release"
    load=$(cut -d' ' -f1 /proc/loadavg)
    ms=$(dotnet build "$work/$name" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo \
      -clp:PerformanceSummary -v:m 2>&1 | awk '$3 == "Csc" { print $1 }')
    [ -n "$ms" ] || { echo "no Csc time for $name" >&2; exit 1; }
    times[$name]+="$ms "
    echo "round $round  $name  ${ms} ms  (load $load)"
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
empty=$(echo "${times[empty]}" | median)
nswag=$(echo "${times[nswag]}" | median)
echo "== medians of the Csc task (ms); above empty; ratio to NSwag's above empty"
for name in "${variants[@]}"; do
  m=$(echo "${times[$name]}" | median)
  awk -v n="$name" -v m="$m" -v e="$empty" -v s="$nswag" \
    'BEGIN { printf "%-13s %7.0f  %7.0f  %5.2fx\n", n, m, m - e, ((s - e) > 0 ? (m - e) / (s - e) : 0) }'
done
echo "load at end: $(uptime)"
