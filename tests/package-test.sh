#!/usr/bin/env bash
# The package test: what a user gets from NuGet, checked from the packed .nupkg, outside this repository.
#   1. pack runtime/Schemata.csproj (the package "Schemata") into a local folder;
#   2. pack it again from a clone whose remote is a stand-in GitHub URL, to check Source Link and the repository URL;
#   3. copy the two integration test projects (with the schemas/ and Directory.Build.props they use) to a folder
#      outside the repository and run them against the package instead of the project references:
#      - tests/Schemata.IntegrationTests: the generated code through the real compiler (payloads, bad payloads,
#        round trips). The shared corpora are not linked there, so its corpus round trips, which test the generator
#        rather than the package, run only in `dotnet test Generator.sln`;
#      - tests/Schemata.ConsumerTests: the schemas/ convention and the MSBuild options, plus Package/, compiled only
#        here: the .nupkg's layout, the packed generator run on its own, and the README's quick start in a new
#        console project that installs the package with `dotnet add package`, and a console project holding only a
#        Stytch OpenAPI document (YAML, from ../shared, which the script names to the tests) that round-trips a payload.
# Prints dotnet test's summary lines, which .ci/run adds to its count. KEEP=1 keeps the temporary folder.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# A version of its own for every run: a package of the same id and version already in a NuGet cache would be
# used instead of the one just packed.
base="$(dotnet msbuild runtime/Schemata.csproj -getProperty:Version)"
version="$base-ci.$(date -u +%Y%m%d%H%M%S).$$"
work="$(mktemp -d "${TMPDIR:-/tmp}/schemata-package-test.XXXXXX")"
feed="$work/feed"
sourcelink_feed="$work/feed-sourcelink"
cache="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')"
trap '[ "${KEEP:-0}" = 1 ] && echo "kept $work" || rm -rf "$work"' EXIT

fail() { echo "package test: $1" >&2; echo "Failed!  - Failed:     1, Passed:     0, Skipped:     0, Total:     1 - package test setup"; exit 1; }

echo "== pack Schemata $version"
dotnet pack runtime/Schemata.csproj -c Release -o "$feed" -p:Version="$version" -p:ContinuousIntegrationBuild=true \
  -warnaserror -nologo > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; fail "dotnet pack failed"; }
grep -E "Successfully created package" "$work/pack.log"

echo "== pack from a clone with a GitHub remote (Source Link)"
git clone -q "$root" "$work/clone" && git -C "$work/clone" remote set-url origin "https://github.com/sourcelink-test/schemata.git" \
  || fail "could not clone the repository"
dotnet pack "$work/clone/runtime/Schemata.csproj" -c Release -o "$sourcelink_feed" -p:Version="$version" \
  -p:ContinuousIntegrationBuild=true -warnaserror -nologo > "$work/pack-sourcelink.log" 2>&1 \
  || { cat "$work/pack-sourcelink.log"; fail "dotnet pack of the clone failed"; }

echo "== integration tests against the package, outside the repository"
mirror="$work/repo"
mkdir -p "$mirror/tests"
cp Directory.Build.props "$mirror/"
cp -r schemas "$mirror/schemas"
cp -r tests/Shared "$mirror/tests/Shared"
projects=(Schemata.IntegrationTests Schemata.ConsumerTests)
for project in "${projects[@]}"; do
  cp -r "tests/$project" "$mirror/tests/$project"
  rm -rf "$mirror/tests/$project/bin" "$mirror/tests/$project/obj"
done
# Adds the local folder to the sources the machine already has (the registry serves everything else) and
# restores into a folder of this run; packages already in the machine's cache are used from there.
cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$work/packages" />
  </config>
  <packageSources>
    <add key="schemata-local" value="$feed" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="machine-cache" value="$cache" />
  </fallbackPackageFolders>
</configuration>
EOF
status=0
for project in "${projects[@]}"; do
  echo "== $project, built from the package"
  dotnet test "$mirror/tests/$project" -nologo \
    -p:SchemataPackageVersion="$version" -p:SchemataPackageSource="$feed" \
    -p:SchemataSourceLinkPackageSource="$sourcelink_feed" -p:SchemataSharedFolder="$(cd "$root/.." && pwd)/shared" 2>&1 | tee "$work/test-$project.log"
  project_status=${PIPESTATUS[0]}
  grep -qE '^(Passed|Failed)!' "$work/test-$project.log" || fail "$project did not run against the package (exit code $project_status)"
  [ "$project_status" -ne 0 ] && status=$project_status
done
exit "$status"
