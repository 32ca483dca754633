#!/usr/bin/env bash
# Build overhead of the generator: `dotnet build` of a consumer whose 720 Stytch schemas go through Schemata,
# against the same consumer with the generated .cs files added as plain sources and no generator.
#
#   benchmarks/BuildOverhead/measure.sh [runs]      (default 6 runs of each, alternating A B A B ...)
#
# Each run edits a C# file and builds, so that the compiler runs in full (as after any edit); restore and the
# referenced projects are done once beforehand. Prints each run's wall time, the medians and their ratio, and the
# generator's own time as the compiler reports it (-p:ReportAnalyzer=true).
set -euo pipefail
runs=${1:-6}
repo=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$(cd "$repo/../shared/corpus/stytch" 2>/dev/null && pwd) || { echo "needs ../shared/corpus/stytch beside the repository" >&2; exit 1; }
work="$repo/artifacts/build-overhead"
rm -rf "$work" && mkdir -p "$work/WithGenerator" "$work/Pregenerated/generated"

common='<TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ImplicitUsings>disable</ImplicitUsings>
    <IsPackable>false</IsPackable>'
program='namespace Consumer;

internal static class Program
{
    private static void Main() => System.Console.WriteLine(typeof(ApiOrganizationV1Member).Name);
}'

cat > "$work/WithGenerator/WithGenerator.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/build/Schemata.props" />
  <PropertyGroup>
    $common
    <OutputType>Exe</OutputType>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/generator/Schemata.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/runtime/Schemata.csproj" />
    <AdditionalFiles Include="$corpus/*.json" />
  </ItemGroup>
</Project>
XML
cat > "$work/Pregenerated/Pregenerated.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    $common
    <OutputType>Exe</OutputType>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/runtime/Schemata.csproj" />
  </ItemGroup>
</Project>
XML
echo "$program" > "$work/WithGenerator/Program.cs"
echo "$program" > "$work/Pregenerated/Program.cs"

echo "== preparing (restore, referenced projects, generated sources)"
# The generated files are written to disk once, to make the other project; the measured builds do not write them.
dotnet build "$work/WithGenerator" -c Release -nologo -v:q -p:EmitCompilerGeneratedFiles=true > "$work/prepare.log"
cp "$work"/WithGenerator/obj/Release/net10.0/generated/Schemata.Generator/Schemata.Generator.SchemataGenerator/*.cs "$work/Pregenerated/generated/"
dotnet build "$work/Pregenerated" -c Release -nologo -v:q >> "$work/prepare.log"
echo "$(ls "$work/Pregenerated/generated" | wc -l) generated files, $(cat "$work"/Pregenerated/generated/*.cs | wc -c) bytes"

build() { # project, run number: edit a C# file, then build only this project
  echo "$program // run $2" > "$work/$1/Program.cs"
  local start end
  start=$(date +%s.%N)
  dotnet build "$work/$1" -c Release --no-restore -p:BuildProjectReferences=false -nologo -v:q > "$work/$1.log"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

a=(); b=()
for i in $(seq 1 "$runs"); do
  a+=("$(build WithGenerator "$i")")
  b+=("$(build Pregenerated "$i")")
  echo "run $i: generator ${a[-1]} s, pre-generated ${b[-1]} s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
echo "median: generator $ma s, pre-generated $mb s, ratio $(echo "scale=3; $ma / $mb" | bc)"

echo "== the generator's own time in one more build (ReportAnalyzer)"
echo "$program // report" > "$work/WithGenerator/Program.cs"
dotnet build "$work/WithGenerator" -c Release --no-restore -p:BuildProjectReferences=false -p:ReportAnalyzer=true -nologo -v:d \
  | grep -A3 -E "Total analyzer execution time|Total generator execution time|Schemata.Generator" | grep -E "execution time|SchemataGenerator" | head -4
