using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Schemata.Generator;

namespace Schemata.Tests.Infrastructure;

/// <summary>The outcome of one generator run: the driver (to run again), what it produced, and the compiled result.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output)
    {
        Driver = driver;
        Input = input;
        Output = output;
        Result = driver.GetRunResult();
    }

    public GeneratorDriver Driver { get; }

    public Compilation Input { get; }

    public Compilation Output { get; }

    public GeneratorDriverRunResult Result { get; }

    /// <summary>What the generator reported (SCHxxx).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    /// <summary>The hint names of the generated types (without the per-namespace resolvers, the validation parts and the one global using).</summary>
    public IEnumerable<string> TypeHintNames
        => Sources.Select(s => s.HintName).Where(h => !h.EndsWith(".SchemataJsonResolver.g.cs", StringComparison.Ordinal) && !h.EndsWith(".Validation.g.cs", StringComparison.Ordinal) && h != "Schemata.GlobalUsings.g.cs");

    /// <summary>The generated types, without the resolvers and the validation parts (<c>*.Validation.g.cs</c>).</summary>
    public IReadOnlyList<GeneratedSourceResult> TypeSources
        => Sources.Where(s => TypeHintNames.Contains(s.HintName)).ToList();

    /// <summary>Warnings and errors of the compilation that includes the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public string Source(string hintName)
        => Sources.SingleOrDefault(s => s.HintName == hintName).SourceText?.ToString()
            ?? throw new InvalidOperationException($"No source '{hintName}' was generated; there are: {string.Join(", ", Sources.Select(s => s.HintName))}");

    public IEnumerable<Diagnostic> Diagnostics(string id) => GeneratorDiagnostics.Where(d => d.Id == id);

    /// <summary>Everything that went wrong, for assertion messages.</summary>
    public string Describe()
        => string.Join(Environment.NewLine, GeneratorDiagnostics.Concat(CompilationProblems).Take(50).Select(d => d.ToString()));
}

/// <summary>Runs the generator the way the compiler does, on in-memory schema files and options.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
    {
        // The running framework's own assemblies serve as references: the tests run on the framework consumers target.
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal) && p.EndsWith(".dll", StringComparison.Ordinal));
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    private static readonly Lazy<MetadataReference> RuntimeReference = new(
        () => MetadataReference.CreateFromFile(typeof(Schemata.SchemaSourceAttribute).Assembly.Location));

    /// <summary>Documentation comments are checked, so that a malformed XML doc in generated code fails a test.</summary>
    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12)
        => new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(string? consumerSource = null, LanguageVersion version = LanguageVersion.CSharp12, bool referenceRuntime = true)
    {
        var trees = consumerSource is null
            ? Array.Empty<SyntaxTree>()
            : new[] { CSharpSyntaxTree.ParseText(consumerSource, ParseOptions(version), path: "Consumer.cs") };
        var references = referenceRuntime ? FrameworkReferences.Value.Add(RuntimeReference.Value) : FrameworkReferences.Value;
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                // As under <TreatWarningsAsErrors>; CS1701/CS1702 are off by default in SDK projects too.
                generalDiagnosticOption: ReportDiagnostic.Error,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));
    }

    public static GeneratorDriver CreateDriver(IEnumerable<SchemaFile> files, IReadOnlyDictionary<string, string>? globalOptions = null, LanguageVersion version = LanguageVersion.CSharp12)
    {
        var list = files.ToList();
        var global = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["RootNamespace"] = "Consumer",
            ["ProjectDir"] = ProjectDir,
        };
        if (globalOptions is not null)
        {
            foreach (var pair in globalOptions)
            {
                global[pair.Key] = pair.Value;
            }
        }

        return CSharpGeneratorDriver.Create(
            new[] { new SchemataGenerator().AsSourceGenerator() },
            list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            ParseOptions(version),
            new TestOptionsProvider(global, list),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorRun Run(
        IEnumerable<SchemaFile> files,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        string? consumerSource = null,
        LanguageVersion version = LanguageVersion.CSharp12,
        bool referenceRuntime = true)
    {
        var compilation = Compilation(consumerSource, version, referenceRuntime);
        var driver = CreateDriver(files, globalOptions, version);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, compilation, output);
    }

    /// <summary>One in-memory schema at /project/schemas/&lt;name&gt;.</summary>
    public static GeneratorRun RunOne(string json, string name = "test.json", string? consumerSource = null)
        => Run(new[] { new SchemaFile(ProjectDir + "schemas/" + name, json) }, consumerSource: consumerSource);

    /// <summary>Every .json file below a folder, as the generator's additional files.</summary>
    public static List<SchemaFile> FilesIn(string folder)
        => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => SchemaFile.FromDisk(p))
            .ToList();
}
