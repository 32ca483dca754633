#!/usr/bin/env bash
# Clean-build time of a consumer of the packed Schemata package against the same consumer with NSwag's DTOs (issue 21).
#
#   benchmarks/BuildOverhead/compare-nswag.sh [rounds]      (default 3 rounds, each "Schemata, NSwag, NSwag + STJ": A B C A B C ...)
#
# Both consumers are the same net10.0 console project (Nullable enable, TreatWarningsAsErrors, ImplicitUsings disable,
# Release), under artifacts/compare-nswag, where empty Directory.Build.props/targets keep the repository's own out:
#   A  Schemata: the package packed from runtime/Schemata.csproj (a version of its own, so that no package of the same
#      id and version in a NuGet cache is used instead), taken from a local folder that a generated NuGet.config adds to
#      the machine's sources; the 720 Stytch schemas (../shared/corpus/stytch/*.json) copied under schemas/, which the
#      package's convention (buildTransitive/Schemata.props) turns into AdditionalFiles. Defaults: validation on.
#   B  NSwag: NSwag.ConsoleCore 14.8.0, installed here as a local dotnet tool (a tool manifest in the work folder),
#      `openapi2csclient` over the three documents the schemas were cut from
#      (../shared/corpus/stytch-openapi/api-evangelist/*.yml), DTO classes only (no client or exception classes),
#      System.Text.Json attributes, each document into a namespace of its own. NSwag's output needs nothing beyond the
#      framework (System.Text.Json and System.ComponentModel.DataAnnotations); the script fails if it uses Newtonsoft
#      (NSwag names it in comments and in its GeneratedCode attribute, which do not count).
#   C  NSwag + STJ: B's DTOs made Native-AOT safe the way System.Text.Json asks, with a JsonSerializerContext that lists
#      every DTO class and enum ([JsonSerializable], one context per document's namespace), so System.Text.Json's
#      own source generator writes their metadata and converters. This is the peer that does what Schemata's defaults do
#      without validation: reflection-free reading and writing.
#
# A measured run is a clean build: bin/ and obj/Release/ are deleted and `dotnet build --no-restore` runs, so the
# restore assets in obj/ (project.assets.json, nuget.g.props/targets) stay and nothing else does, as in a CI build
# after restore. That is what `--no-incremental` means to do, without relying on the Clean target's file list. No
# build server is used (-nodeReuse:false, UseSharedCompilation=false, whatever the environment says): every build starts
# its own MSBuild and compiler processes, as a clean build on a CI agent does, and each run is alike.
#
# Also prints, from builds outside the timed runs: the generated C# (bytes in all and per schema file; Schemata's
# written out by one build with EmitCompilerGeneratedFiles=true into a folder of its own), and the compiler's own
# account of analyzers and generators (-p:ReportAnalyzer=true, one more clean build of each at -v:d): the total and
# the five slowest analyzers and generators. The load (uptime) is printed at the start and the end, and the one-minute
# load average before every run: the machine may be shared. Everything printed is also in artifacts/compare-nswag/output.txt.
set -euo pipefail
rounds=${1:-3}
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [rounds]   (rounds: a positive integer)" >&2; exit 2; }
nswag_version=14.8.0
repo=$(cd "$(dirname "$0")/../.." && pwd)
stytch=$(cd "$repo/../shared/corpus/stytch" 2>/dev/null && pwd) || { echo "needs ../shared/corpus/stytch beside the repository" >&2; exit 1; }
openapi=$(cd "$repo/../shared/corpus/stytch-openapi/api-evangelist" 2>/dev/null && pwd) || { echo "needs ../shared/corpus/stytch-openapi/api-evangelist beside the repository" >&2; exit 1; }
schemas=("$stytch"/*.json)
documents=("$openapi"/*.yml)
[ -e "${schemas[0]}" ] || { echo "no schemas in $stytch" >&2; exit 1; }
[ -e "${documents[0]}" ] || { echo "no OpenAPI documents in $openapi" >&2; exit 1; }
work="$repo/artifacts/compare-nswag"
rm -rf "$work" && mkdir -p "$work"
exec > >(tee "$work/output.txt") 2>&1
# The consumers stand for a user's projects: the repository's Directory.Build.props/targets must not reach them.
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"

echo "== $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) cores, dotnet $(dotnet --version), $rounds rounds"
echo "load at start: $(uptime)"

common='<TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ImplicitUsings>disable</ImplicitUsings>
    <IsPackable>false</IsPackable>'

echo "== pack the Schemata package"
version="$(dotnet msbuild "$repo/runtime/Schemata.csproj" -getProperty:Version)-nswagcompare.$(date -u +%Y%m%d%H%M%S)"
dotnet pack "$repo/runtime/Schemata.csproj" -c Release -o "$work/package" -p:Version="$version" -nologo > "$work/pack.log" 2>&1 \
  || { tail -n 30 "$work/pack.log"; echo "dotnet pack failed" >&2; exit 1; }
ls "$work/package/Schemata.$version.nupkg" > /dev/null
echo "Schemata $version"
# The local folder is added to the sources the machine already has (nothing is cleared); packages are restored into
# a folder of this run, so the package just packed is the one used.
cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$work/packages" />
  </config>
  <packageSources>
    <add key="schemata-local" value="$work/package" />
  </packageSources>
</configuration>
XML

mkdir -p "$work/Schemata/schemas" "$work/NSwag/generated" "$work/NSwagStj"
cat > "$work/Schemata/Schemata.Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    $common
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Schemata" Version="$version" />
  </ItemGroup>
</Project>
XML
cp "${schemas[@]}" "$work/Schemata/schemas/"
cat > "$work/Schemata/Program.cs" <<'CS'
namespace Consumer;

internal static class Program
{
    private static void Main() => System.Console.WriteLine(typeof(ApiOrganizationV1Member).FullName);
}
CS

echo "== NSwag $nswag_version (local tool) over ${#documents[@]} OpenAPI documents"
(cd "$work" && dotnet new tool-manifest > "$work/nswag-install.log" 2>&1 \
  && dotnet tool install NSwag.ConsoleCore --version "$nswag_version" >> "$work/nswag-install.log" 2>&1) \
  || { cat "$work/nswag-install.log"; echo "could not install NSwag.ConsoleCore $nswag_version" >&2; exit 1; }
for document in "${documents[@]}"; do
  # stytch-b2b-openapi.yml -> namespace Stytch.B2b, file B2b.cs: one namespace per document, so duplicates don't clash.
  part=$(basename "$document" .yml); part=${part#stytch-}; part=${part%-openapi}; part=${part//[^A-Za-z0-9]/}; part=${part^}
  (cd "$work" && dotnet nswag openapi2csclient "/input:$document" "/output:$work/NSwag/generated/$part.cs" "/namespace:Stytch.$part" \
    /GenerateClientClasses:false /GenerateExceptionClasses:false /GenerateDtoTypes:true /JsonLibrary:SystemTextJson) \
    > "$work/nswag-$part.log" 2>&1 || { cat "$work/nswag-$part.log"; echo "NSwag failed on $document" >&2; exit 1; }
  [ -s "$work/NSwag/generated/$part.cs" ] || { echo "NSwag wrote nothing for $document" >&2; exit 1; }
  echo "$(basename "$document") -> Stytch.$part: $(grep -cE '^    public (partial class|enum) ' "$work/NSwag/generated/$part.cs") types"
done
# The consumer needs only the framework: fail if NSwag's code uses Newtonsoft (it names it in its GeneratedCode text).
if grep -vE '^\s*//|GeneratedCode\(' "$work"/NSwag/generated/*.cs | grep -q 'Newtonsoft'; then
  echo "NSwag's output uses Newtonsoft.Json; the consumer would need the package" >&2; exit 1
fi
cat > "$work/NSwag/NSwag.Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    $common
  </PropertyGroup>
</Project>
XML
cat > "$work/NSwag/Program.cs" <<'CS'
namespace Consumer;

internal static class Program
{
    private static void Main() => System.Console.WriteLine(typeof(Stytch.B2b.Api_organization_v1_Member).FullName);
}
CS

# C: the same DTOs (linked, not copied) and a JsonSerializerContext over every class and enum they declare.
cat > "$work/NSwagStj/NSwagStj.Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    $common
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="../NSwag/generated/*.cs" />
  </ItemGroup>
</Project>
XML
# One context per document's namespace, as a user would write them: types of the same name in two namespaces (and the
# collections of them that System.Text.Json reaches) would otherwise collide (SYSLIB1031).
for file in "$work"/NSwag/generated/*.cs; do
  namespace=$(grep -m1 -oE '^namespace [A-Za-z0-9_.]+' "$file" | cut -d' ' -f2)
  part=$(basename "$file" .cs)
  {
    echo "namespace $namespace;"
    echo
    grep -oE '^    public (partial class|enum) [A-Za-z_][A-Za-z0-9_]*' "$file" | awk '{ print $NF }' | while read -r type; do
      echo "[System.Text.Json.Serialization.JsonSerializable(typeof($type))]"
    done
    # Names unique across the project: System.Text.Json names its files after the context's simple name.
    echo "internal partial class ${part}JsonContext : System.Text.Json.Serialization.JsonSerializerContext;"
  } > "$work/NSwagStj/${part}Context.cs"
done
cat > "$work/NSwagStj/Program.cs" <<'CS'
namespace Consumer;

internal static class Program
{
    private static void Main() => System.Console.WriteLine(Stytch.B2b.B2bJsonContext.Default.Api_organization_v1_Member.Type.FullName);
}
CS
echo "NSwag + STJ: a JsonSerializerContext per namespace over $(cat "$work"/NSwagStj/*Context.cs | grep -c 'JsonSerializable(typeof') types"

clean() { rm -rf "$work/$1/bin" "$work/$1/obj/Release"; }
build() { # project, then extra arguments: a clean build of the project in Release, restore assets kept
  local project=$1; shift
  clean "$project"
  dotnet build "$work/$project" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo "$@"
}

echo "== prepare: restore, one untimed build of each, the generated files"
dotnet restore "$work/Schemata" -nologo > "$work/restore.log" 2>&1 && dotnet restore "$work/NSwag" -nologo >> "$work/restore.log" 2>&1 \
  && dotnet restore "$work/NSwagStj" -nologo >> "$work/restore.log" 2>&1 \
  || { cat "$work/restore.log"; echo "restore failed" >&2; exit 1; }
build Schemata -v:q -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/schemata-generated" > "$work/prepare-Schemata.log" 2>&1 \
  || { tail -n 30 "$work/prepare-Schemata.log"; echo "the Schemata consumer does not build" >&2; exit 1; }
build NSwag -v:q > "$work/prepare-NSwag.log" 2>&1 || { tail -n 30 "$work/prepare-NSwag.log"; echo "the NSwag consumer does not build" >&2; exit 1; }
build NSwagStj -v:q -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/stj-generated" > "$work/prepare-NSwagStj.log" 2>&1 \
  || { tail -n 30 "$work/prepare-NSwagStj.log"; echo "the NSwag + STJ consumer does not build" >&2; exit 1; }
stj_bytes=$(find "$work/stj-generated" -path '*System.Text.Json.SourceGeneration*' -name '*.cs' -exec cat {} + | wc -c)
[ "$stj_bytes" -gt 0 ] || { echo "System.Text.Json's generator wrote nothing for the NSwag + STJ consumer" >&2; exit 1; }
# What each consumer compiles besides its Program.cs. Schemata's: only its own generator's files (CS9057 or a
# generator that silently generates nothing would make the timings meaningless).
generated_files=$(find "$work/schemata-generated" -path '*/Schemata.Generator*/*.cs' | wc -l)
[ "$generated_files" -gt 0 ] || { echo "the Schemata generator wrote no files (see $work/prepare-Schemata.log)" >&2; exit 1; }
schemata_bytes=$(find "$work/schemata-generated" -path '*/Schemata.Generator*/*.cs' -exec cat {} + | wc -c)
nswag_files=$(find "$work/NSwag/generated" -name '*.cs' | wc -l)
nswag_bytes=$(cat "$work"/NSwag/generated/*.cs | wc -c)
n=${#schemas[@]}
echo "generated C# for the same $n schemas:"
printf '  Schemata: %9d bytes in %4d files, %6d bytes per schema\n' "$schemata_bytes" "$generated_files" $((schemata_bytes / n))
printf '  NSwag:    %9d bytes in %4d files, %6d bytes per schema\n' "$nswag_bytes" "$nswag_files" $((nswag_bytes / n))
printf '  NSwag + STJ: %6d bytes more from System.Text.Json'"'"'s generator, %6d bytes per schema in all\n' "$stj_bytes" $(((nswag_bytes + stj_bytes) / n))
echo "  ratio (bytes): $(echo "scale=2; $schemata_bytes / $nswag_bytes" | bc) to NSwag, $(echo "scale=2; $schemata_bytes / ($nswag_bytes + $stj_bytes)" | bc) to NSwag + STJ"

timed() { # project, round: prints the wall time in seconds of one clean build
  local start end
  start=$(date +%s.%N)
  build "$1" -v:q > "$work/run-$1-$2.log" 2>&1 || { tail -n 30 "$work/run-$1-$2.log" >&2; echo "the $1 consumer failed to build in round $2" >&2; return 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
load1() { cut -d' ' -f1 /proc/loadavg; }

echo "== clean builds, interleaved"
a=(); b=(); c=()
for i in $(seq 1 "$rounds"); do
  la=$(load1); a+=("$(timed Schemata "$i")")
  lb=$(load1); b+=("$(timed NSwag "$i")")
  lc=$(load1); c+=("$(timed NSwagStj "$i")")
  printf 'round %d: Schemata %6.1f s (load %s), NSwag %6.1f s (load %s), NSwag + STJ %6.1f s (load %s)\n' "$i" "${a[-1]}" "$la" "${b[-1]}" "$lb" "${c[-1]}" "$lc"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}"); mc=$(median "${c[@]}")
printf 'median: Schemata %.1f s, NSwag %.1f s, NSwag + STJ %.1f s; ratio Schemata/NSwag %sx, Schemata/(NSwag + STJ) %sx\n' \
  "$ma" "$mb" "$mc" "$(echo "scale=2; $ma / $mb" | bc)" "$(echo "scale=2; $ma / $mc" | bc)"

# The compiler's report (-p:ReportAnalyzer=true at -v:d) has, per compilation, a block for analyzers and one for
# generators: "Total analyzer execution time: 0.854 seconds.", then rows "<time> <percent> <name>", an assembly
# (its name has "Version=") followed by its analyzers (with their rule ids) or generators.
report() { # project, "analyzer" or "generator"
  awk -v kind="$2" '
    $0 ~ "Total " kind " execution time:" { inside = 1; for (i = 1; i <= NF; i++) if ($i == "time:") total = $(i + 1); next }
    inside && /Time \(s\)/ { next }
    inside && /^[[:space:]]*<?[0-9.]+[[:space:]]+<?[0-9]+[[:space:]]+[^[:space:]]/ {
      t = $1; sub(/^</, "", t); name = $0; sub(/^[[:space:]]*[^[:space:]]+[[:space:]]+[^[:space:]]+[[:space:]]+/, "", name)
      if (name !~ /Version=/) printf "%s\t%s\n", t, name; next }
    inside && /[^[:space:]]/ { inside = 0 }
    END { if (total == "") exit 1; printf "TOTAL\t%s\n", total }' "$work/report-$1.log" > "$work/report-$1-$2.tsv" \
    || { echo "no \"Total $2 execution time\" in $work/report-$1.log" >&2; return 1; }
  printf '  %s: total %s s; slowest:\n' "$2s" "$(awk -F'\t' '$1 == "TOTAL" { print $2 }' "$work/report-$1-$2.tsv")"
  awk -F'\t' '$1 != "TOTAL"' "$work/report-$1-$2.tsv" | sort -t$'\t' -k1,1gr | awk -F'\t' 'NR <= 5 { printf "    %8.3f s  %s\n", $1, $2 }'
}
echo "== the compiler's account of analyzers and generators (one more clean build of each, -p:ReportAnalyzer=true)"
for project in Schemata NSwag NSwagStj; do
  build "$project" -v:d -p:ReportAnalyzer=true > "$work/report-$project.log" 2>&1 \
    || { tail -n 30 "$work/report-$project.log"; echo "the report build of $project failed" >&2; exit 1; }
  echo "$project:"
  report "$project" analyzer
  report "$project" generator
done

echo "load at end: $(uptime)"
