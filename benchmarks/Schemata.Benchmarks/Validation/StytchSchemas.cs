using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator;

namespace Schemata.Benchmarks.Validation;

/// <summary>
/// The generated validators of Stytch schemas from ../shared/corpus/stytch, as a user gets them: the generator runs
/// over the schemas (the closure of the roots the benchmarks use) and the result is compiled with optimizations.
/// The assembly is cached in the temp folder by content, because BenchmarkDotNet runs each case in its own process.
/// </summary>
internal static class StytchSchemas
{
    private static readonly Regex ComponentReference = new("\"#/components/schemas/([^\"]+)\"", RegexOptions.CultureInvariant);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string CorpusFolder => Path.Combine(RepositoryRoot, "..", "shared", "corpus", "stytch");

    /// <summary><c>T.Validate(JsonElement)</c> of the root schema's type in <paramref name="file"/>.</summary>
    public static Func<JsonElement, SchemaValidationResult> Validator(Assembly assembly, string file)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type.GetCustomAttribute<SchemaSourceAttribute>() is { Pointer: "" } source && source.File.EndsWith("/" + file, StringComparison.Ordinal)
                && Schemata.Testing.GeneratedApi.Validate(type) is { } validate)
            {
                return validate;
            }
        }

        throw new InvalidOperationException("No validator was generated for " + file);
    }

    /// <summary>Generates and compiles the validators of <paramref name="roots"/> and everything they reference.</summary>
    public static Assembly Compile(params string[] roots)
    {
        var files = Closure(roots);
        var texts = files.Select(f => (Path: "/bench/schemas/" + Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\n", texts.Select(t => t.Path + "\n" + t.Text)) + typeof(SchemataGenerator).Assembly.ManifestModule.ModuleVersionId)))[..16];
        var cached = Path.Combine(Path.GetTempPath(), $"schemata-bench-{key}.dll");
        if (!File.Exists(cached))
        {
            var compilation = CSharpCompilation.Create(
                "Schemata.Benchmarks.Stytch",
                Array.Empty<SyntaxTree>(),
                References(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
            var driver = CSharpGeneratorDriver.Create(
                new[] { new SchemataGenerator().AsSourceGenerator() },
                texts.Select(t => (AdditionalText)new Text(t.Path, t.Text)),
                new CSharpParseOptions(LanguageVersion.CSharp12),
                new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Stytch", ["build_property.ProjectDir"] = "/bench/" }));
            driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            using var stream = new MemoryStream();
            var result = output.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException("The generated code does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
            }

            File.WriteAllBytes(cached, stream.ToArray());
        }

        return Assembly.LoadFrom(cached);
    }

    /// <summary>The root files and every file their references reach.</summary>
    private static List<string> Closure(string[] roots)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(roots.Select(r => Path.Combine(CorpusFolder, r)));
        while (pending.Count > 0)
        {
            var file = Path.GetFullPath(pending.Dequeue());
            if (!result.Add(file))
            {
                continue;
            }

            foreach (Match match in ComponentReference.Matches(File.ReadAllText(file)))
            {
                pending.Enqueue(Path.Combine(CorpusFolder, match.Groups[1].Value + ".json"));
            }
        }

        return result.ToList();
    }

    private static ImmutableArray<MetadataReference> References()
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal) && p.EndsWith(".dll", StringComparison.Ordinal))
            .Append(typeof(SchemaSourceAttribute).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Generator.sln was not found above " + AppContext.BaseDirectory);
    }

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly Values _global;

        public Options(Dictionary<string, string> global) => _global = new Values(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.None;

        private sealed class Values : AnalyzerConfigOptions
        {
            public static readonly Values None = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Values(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
