using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests.Package;

/// <summary>The generator in the package runs from the package's files alone, with the System.Text.Json and YamlDotNet it carries.</summary>
public sealed class PackedGeneratorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("schemata-packed-generator-");

    [Fact]
    public void The_packed_generator_runs_on_the_assemblies_the_package_carries()
    {
        PackedPackage.Main.ExtractTo(_folder.FullName);
        var context = new AnalyzerFolderLoadContext(Path.Combine(_folder.FullName, "analyzers", "dotnet", "cs"));
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.Combine(_folder.FullName, "analyzers", "dotnet", "cs", "Schemata.Generator.dll"));
            var generator = (IIncrementalGenerator)Activator.CreateInstance(assembly.GetTypes().Single(t => t.Name == "SchemataGenerator"))!;

            var run = Run(generator, Path.Combine(_folder.FullName, "lib", "net8.0", "Schemata.dll"), "/consumer/schemas/point.json", PointSchema);

            context.Unresolved.ShouldBeEmpty();
            context.LoadedFromFolder.ShouldContain("System.Text.Json");
            run.GeneratorDiagnostics.ShouldBeEmpty();
            run.GeneratedSources.Select(s => s.HintName).ShouldContain("Consumer.Point.g.cs");
            run.CompilationErrors.ShouldBeEmpty();
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_packed_generator_reads_yaml_with_the_yamldotnet_it_carries()
    {
        PackedPackage.Main.ExtractTo(_folder.FullName);
        var context = new AnalyzerFolderLoadContext(Path.Combine(_folder.FullName, "analyzers", "dotnet", "cs"));
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.Combine(_folder.FullName, "analyzers", "dotnet", "cs", "Schemata.Generator.dll"));
            var generator = (IIncrementalGenerator)Activator.CreateInstance(assembly.GetTypes().Single(t => t.Name == "SchemataGenerator"))!;

            var run = Run(generator, Path.Combine(_folder.FullName, "lib", "net8.0", "Schemata.dll"), "/consumer/schemas/shapes.openapi.yaml", """
                openapi: 3.0.3
                info: { title: Shapes, version: "1" }
                components:
                  schemas:
                    Point:
                      type: object
                      required: [x, y]
                      properties:
                        x: { type: number }
                        y: { type: number }
                """);

            context.Unresolved.ShouldBeEmpty();
            context.LoadedFromFolder.ShouldContain("YamlDotNet");
            run.GeneratorDiagnostics.ShouldBeEmpty();
            run.GeneratedSources.Select(s => s.HintName).ShouldContain("Consumer.Shapes.Point.g.cs");
            run.CompilationErrors.ShouldBeEmpty();
        }
        finally
        {
            context.Unload();
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private const string PointSchema = """{ "title": "Point", "type": "object", "properties": { "x": { "type": "number" }, "y": { "type": "number" } }, "required": ["x", "y"] }""";

    private static (ImmutableArray<Diagnostic> GeneratorDiagnostics, ImmutableArray<GeneratedSourceResult> GeneratedSources, List<Diagnostic> CompilationErrors) Run(IIncrementalGenerator generator, string runtimeLibrary, string path, string schema)
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) == frameworkDir)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(runtimeLibrary));
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var compilation = CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                // As in an SDK project: Schemata.dll references System.Text.Json 8, the framework here is newer.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        var options = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.ProjectDir"] = "/consumer/" });

        var driver = CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, new AdditionalText[] { new Text(path, schema) }, parse, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        return (result.Diagnostics, result.GeneratedSources, output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList());
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(new());
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
