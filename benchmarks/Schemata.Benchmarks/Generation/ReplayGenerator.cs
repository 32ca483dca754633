using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// A generator that does nothing but hand Roslyn sources it already has: the files Schemata generated, one output
/// step per file as Schemata has. What a run of it costs is what any generator pays for adding that much C#, however
/// fast it makes the text; the generation benchmarks report it as a second floor.
/// </summary>
public sealed class ReplayGenerator : IIncrementalGenerator
{
    private readonly IReadOnlyList<(string HintName, string Text)> _sources;

    public ReplayGenerator(IReadOnlyList<(string HintName, string Text)> sources) => _sources = sources;

    /// <summary>The sources a run of a driver generated, to replay.</summary>
    public static IReadOnlyList<(string HintName, string Text)> SourcesOf(GeneratorDriver driver)
        => driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = _sources;
        var files = context.CompilationProvider.SelectMany((_, _) => Enumerable.Range(0, sources.Count));
        context.RegisterSourceOutput(files, (spc, index) => spc.AddSource(sources[index].HintName, SourceText.From(sources[index].Text, Encoding.UTF8)));
    }
}
