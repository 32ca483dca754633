using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// What the compiler gives the generator, built once: a consumer compilation that references the framework and the
/// Schemata runtime, the schema files as additional texts, and the MSBuild options. Independent of what the
/// emitters write, so that the measurements stay valid as the generated code grows.
/// </summary>
public sealed class GeneratorFixture
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public GeneratorFixture(IReadOnlyList<CorpusFile> files)
    {
        Files = files;
        Texts = files.Select(f => (AdditionalText)new InMemoryText(f.Path, SourceText.From(f.Text, Encoding.UTF8))).ToImmutableArray();
        Compilation = CreateCompilation();
    }

    public IReadOnlyList<CorpusFile> Files { get; }

    public ImmutableArray<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>A driver that has not run yet: its first run generates everything.</summary>
    /// <param name="validation">The <c>SchemataValidation</c> option (on by default, as for users).</param>
    public GeneratorDriver CreateDriver(bool trackSteps = false, bool validation = true)
        => CSharpGeneratorDriver.Create(
            new[] { new SchemataGenerator().AsSourceGenerator() },
            Texts,
            ParseOptions,
            new OptionsProvider(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Consumer",
                ["build_property.ProjectDir"] = SchemaCorpus.ProjectDir,
                ["build_property.SchemataValidation"] = validation ? "true" : "false",
            }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A driver with the same inputs that runs <paramref name="generator"/> instead of Schemata.</summary>
    public GeneratorDriver CreateDriver(IIncrementalGenerator generator)
        => CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, Texts, ParseOptions, new OptionsProvider(new Dictionary<string, string>()));

    public AdditionalText Find(string fileStem)
        => Texts.First(t => string.Equals(Path.GetFileNameWithoutExtension(t.Path), fileStem, StringComparison.Ordinal));

    public static AdditionalText Text(string path, string text) => new InMemoryText(path, SourceText.From(text, Encoding.UTF8));

    /// <summary>The UTF-8 size of everything the run generated.</summary>
    public static long GeneratedBytes(GeneratorDriver driver)
        => driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString())));

    private static CSharpCompilation CreateCompilation()
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal) && p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Schemata.SchemaSourceAttribute).Assembly.Location));
        var consumer = CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Program { }", ParseOptions, path: "Program.cs");
        return CSharpCompilation.Create("Consumer", new[] { consumer }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            => _values.TryGetValue(key, out value);
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(new Dictionary<string, string>());

        public OptionsProvider(IReadOnlyDictionary<string, string> global) => GlobalOptions = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;
    }
}
