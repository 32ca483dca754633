using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests.Package;

/// <summary>The packed .nupkg has what a consumer's build needs, where NuGet and the compiler look for it.</summary>
public class PackageLayoutTests
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    /// <summary>Assemblies every compiler host (csc, Visual Studio, Rider) loads itself, with the analyzers.</summary>
    private static readonly HashSet<string> CompilerProvided = new(StringComparer.Ordinal)
    {
        "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp",
        "System.Collections.Immutable", "System.Reflection.Metadata",
    };

    private static PackedPackage Package => PackedPackage.Main;

    private static Dictionary<string, AssemblyFacts> AnalyzerAssemblies()
        => Package.FilesUnder(AnalyzerFolder)
            .Where(f => f.EndsWith(".dll", StringComparison.Ordinal))
            .Select(f => new AssemblyFacts(f, Package.Read(f)))
            .ToDictionary(a => a.Name, StringComparer.Ordinal);

    [Fact]
    public void Lib_holds_the_runtime_library_from_net8_on_and_nothing_else()
    {
        Package.FilesUnder("lib/").ShouldContain("lib/net8.0/Schemata.dll");
        Package.FilesUnder("lib/").ShouldAllBe(f => Regex.IsMatch(f, @"^lib/net\d+\.\d+/Schemata\.(dll|xml)$"));
        new AssemblyFacts("Schemata.dll", Package.Read("lib/net8.0/Schemata.dll")).Name.ShouldBe("Schemata");
    }

    [Fact]
    public void The_analyzer_folder_holds_the_generator_and_every_assembly_it_loads()
    {
        var assemblies = AnalyzerAssemblies();
        assemblies.ShouldContainKey("Schemata.Generator");

        // Walk the references from the generator: each one is either the compiler's or in the folder, at least
        // at the version asked for. A missing one fails in Visual Studio (.NET Framework), where the framework
        // has no System.Text.Json to fall back on.
        var problems = new List<string>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<AssemblyFacts>(new[] { assemblies["Schemata.Generator"] });
        while (pending.Count > 0)
        {
            var assembly = pending.Dequeue();
            if (!reached.Add(assembly.Name))
            {
                continue;
            }

            foreach (var (name, version) in assembly.References)
            {
                if (CompilerProvided.Contains(name))
                {
                    continue;
                }

                if (!assemblies.TryGetValue(name, out var dependency))
                {
                    problems.Add($"{assembly.Name} needs {name} {version}, which the package does not carry");
                }
                else if (dependency.Version < version)
                {
                    problems.Add($"{assembly.Name} needs {name} {version}, the package carries {dependency.Version}");
                }
                else
                {
                    pending.Enqueue(dependency);
                }
            }
        }

        problems.ShouldBeEmpty();
        assemblies.Keys.Except(reached).ShouldBeEmpty("the package carries assemblies the generator never loads");
        reached.ShouldContain("System.Text.Json");
        reached.ShouldContain("YamlDotNet");
    }

    [Fact]
    public void The_analyzer_folder_carries_nothing_of_the_compiler()
    {
        // A second copy of Roslyn beside the generator would be loaded instead of the compiler's own.
        AnalyzerAssemblies().Keys.ShouldAllBe(name => !CompilerProvided.Contains(name));
        Package.FilesUnder("analyzers/").ShouldAllBe(f => f.StartsWith(AnalyzerFolder, StringComparison.Ordinal) && f.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generator_is_netstandard20_against_roslyn_48()
    {
        var generator = AnalyzerAssemblies()["Schemata.Generator"];

        // netstandard2.0 assemblies reference netstandard 2.0 and no .NET (Core) contract: every host loads them.
        generator.References.ShouldContain(r => r.Name == "netstandard" && r.Version == new Version(2, 0, 0, 0));
        generator.References.ShouldNotContain(r => r.Name == "System.Runtime");

        // Built against a newer Roslyn than the user's compiler, it would be refused (CS9057) and generate nothing.
        generator.References.Single(r => r.Name == "Microsoft.CodeAnalysis").Version.ShouldBeLessThanOrEqualTo(new Version(4, 8, 0, 0));
    }

    [Fact]
    public void BuildTransitive_props_make_every_option_of_the_readme_visible_to_the_generator()
    {
        Package.FilesUnder("build/").ShouldBeEmpty();
        Package.FilesUnder("buildTransitive/").ShouldBe(new[] { "buildTransitive/Schemata.props" });
        var props = XDocument.Parse(Package.ReadText("buildTransitive/Schemata.props"));
        var properties = props.Descendants().Where(e => e.Name.LocalName == "CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!).ToList();
        var metadata = props.Descendants().Where(e => e.Name.LocalName == "CompilerVisibleItemMetadata" && (string?)e.Attribute("Include") == "AdditionalFiles")
            .Select(e => (string)e.Attribute("MetadataName")!).ToList();

        var (readmeProperties, readmeMetadata) = ReadmeOptions(Package.ReadText("README.md"));
        readmeProperties.ShouldNotBeEmpty();
        readmeMetadata.ShouldNotBeEmpty();

        // EnableDefaultSchemataItems is read by the props file itself, not by the generator.
        readmeProperties.Where(p => p != "EnableDefaultSchemataItems").ShouldBeSubsetOf(properties);
        props.ToString().ShouldContain("$(EnableDefaultSchemataItems)");
        metadata.ShouldBe(readmeMetadata, ignoreOrder: true);
        properties.Where(p => p.StartsWith("Schemata", StringComparison.Ordinal)).ShouldBeSubsetOf(readmeProperties);
    }

    [Fact]
    public void The_nuspec_describes_the_package()
    {
        Package.NuspecValue("id").ShouldBe("Schemata");
        Package.NuspecValue("version").ShouldBe(PackedPackage.Version);
        Package.Nuspec.Elements().Single(e => e.Name.LocalName == "license").ShouldSatisfyAllConditions(
            license => ((string?)license.Attribute("type")).ShouldBe("expression"),
            license => license.Value.ShouldBe("MIT"));
        Package.NuspecValue("readme").ShouldBe("README.md");
        Package.ReadText("README.md").ShouldStartWith("# Schemata");
        Package.NuspecValue("description").ShouldNotBeNullOrWhiteSpace();
        Package.NuspecValue("tags")!.Split(' ').ShouldContain("json-schema");
        Package.NuspecValue("tags")!.Split(' ').ShouldContain("source-generator");

        // The runtime library depends on nothing, and the generator is not a package dependency.
        var dependencies = Package.Nuspec.Elements().Single(e => e.Name.LocalName == "dependencies");
        dependencies.Descendants().Where(e => e.Name.LocalName == "dependency").ShouldBeEmpty();

        // The commit the package was built from is always recorded (the URL only with a remote: see below).
        var repository = Package.Nuspec.Elements().Single(e => e.Name.LocalName == "repository");
        ((string?)repository.Attribute("type")).ShouldBe("git");
        ((string?)repository.Attribute("commit")).ShouldNotBeNull().ShouldMatch("^[0-9a-f]{40}$");
    }

    [Fact]
    public void Assemblies_are_deterministic_and_have_symbols()
    {
        new AssemblyFacts("Schemata.dll", Package.Read("lib/net8.0/Schemata.dll")).IsReproducible.ShouldBeTrue();
        var generator = AnalyzerAssemblies()["Schemata.Generator"];
        generator.IsReproducible.ShouldBeTrue();

        // The generator carries its PDB inside (symbol packages only cover lib/); the runtime's is in the .snupkg.
        generator.HasEmbeddedPdb.ShouldBeTrue();
        PackedPackage.MainSymbols.Files.ShouldContain("lib/net8.0/Schemata.pdb");
    }

    [Fact]
    public void With_a_git_remote_the_package_names_the_repository_and_the_symbols_link_to_its_sources()
    {
        var repository = PackedPackage.WithRemote.Nuspec.Elements().Single(e => e.Name.LocalName == "repository");
        ((string?)repository.Attribute("url")).ShouldBe(PackedPackage.StandInRemote);
        var commit = (string)repository.Attribute("commit")!;
        var expected = $"https://raw.githubusercontent.com/sourcelink-test/schemata/{commit}/*";

        AssemblyFacts.SourceLinkOfPdb(PackedPackage.WithRemoteSymbols.Read("lib/net8.0/Schemata.pdb")).ShouldNotBeNull().ShouldContain(expected);
        var generator = new AssemblyFacts("Schemata.Generator.dll", PackedPackage.WithRemote.Read(AnalyzerFolder + "Schemata.Generator.dll"));
        generator.SourceLink.ShouldNotBeNull().ShouldContain(expected);
    }

    /// <summary>The names in the first column of the two tables under the README's "## Options" heading.</summary>
    private static (List<string> Properties, List<string> Metadata) ReadmeOptions(string readme)
    {
        var section = Regex.Match(readme, @"^## Options\s*$(?<body>.*?)(?=^## )", RegexOptions.Multiline | RegexOptions.Singleline).Groups["body"].Value;
        var tables = Regex.Split(section, @"^(?=\| *(?:property|metadata) *\|)", RegexOptions.Multiline)
            .Where(t => t.StartsWith('|'))
            .ToDictionary(t => Regex.Match(t, @"^\| *(\w+)").Groups[1].Value, t => t);
        static List<string> Names(string table)
            => Regex.Matches(table, @"^\| *`(\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        return (Names(tables.GetValueOrDefault("property", "")), Names(tables.GetValueOrDefault("metadata", "")));
    }
}
