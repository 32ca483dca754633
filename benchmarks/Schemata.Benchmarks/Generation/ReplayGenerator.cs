using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// A generator that does nothing but hand Roslyn sources it already has: the files Schemata generated, one output
/// step per file as Schemata has. What a run of it costs is what any generator pays for adding that much C#, however
/// fast it makes the text; the generation benchmarks report it as a second floor. With <c>fresh</c>, each run hands
/// over new copies of the texts, as a generator that writes them must: then the run also pays for allocating that
/// much text and for the garbage collector carrying it while Roslyn keeps it.
/// </summary>
public sealed class ReplayGenerator : IIncrementalGenerator
{
    private readonly IReadOnlyList<(string HintName, string Text)> _sources;
    private readonly bool _fresh;

    public ReplayGenerator(IReadOnlyList<(string HintName, string Text)> sources, bool fresh = false)
    {
        _sources = sources;
        _fresh = fresh;
    }

    /// <summary>The sources a run of a driver generated, to replay.</summary>
    public static IReadOnlyList<(string HintName, string Text)> SourcesOf(GeneratorDriver driver)
        => driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = _sources;
        var fresh = _fresh;
        var files = context.CompilationProvider.SelectMany((_, _) => Enumerable.Range(0, sources.Count));
        context.RegisterSourceOutput(files, (spc, index) =>
        {
            var text = sources[index].Text;
            spc.AddSource(sources[index].HintName, SourceText.From(fresh ? new string(text.AsSpan()) : text, Encoding.UTF8));
        });
    }
}
