using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// The 473 SchemaStore schemas in ../shared, written by many hands, are the gate for unusual input: every file
/// generates and compiles (warnings as errors), together in one compilation and each alone, with no generator
/// exception (CS8785), no internal error (SCH013), and no generator diagnostic that is not listed, with its reason, in
/// <c>SchemaStore.expected-diagnostics.txt</c>. On a mismatch the test writes what it saw beside that file
/// (<c>SchemaStore.actual-diagnostics.txt</c>, reasons carried over) so that the difference can be reviewed and accepted.
/// </summary>
public class SchemaStoreCorpusTests
{
    private const int Files = 473;
    private static readonly string Expected = Path.Combine(RepositoryPaths.Root, "tests", "Schemata.Tests", "Generation", "SchemaStore.expected-diagnostics.txt");

    [Fact]
    public void Every_file_generates_and_compiles_together()
    {
        var (folder, schemas) = Corpus();
        var stopwatch = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(schemas, new Dictionary<string, string> { ["ProjectDir"] = folder + "/" });
        var generated = stopwatch.Elapsed;
        var failures = Failures(run).ToList();
        var compiled = stopwatch.Elapsed;

        var counts = Count(run.GeneratorDiagnostics);
        var summary = $"SchemaStore together: {schemas.Count} files → {run.TypeSources.Count} types, {run.Sources.Count} files of C# "
            + $"({run.Sources.Sum(s => s.SourceText.Length) / 1024 / 1024.0:F1} MB); generated in {generated.TotalSeconds:F0} s, compiled in {(compiled - generated).TotalSeconds:F0} s; "
            + "diagnostics: " + string.Join(", ", counts.GroupBy(c => c.Key.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Sum(c => c.Value)}"));
        Report(summary);
        failures.ShouldBeEmpty(summary);
        CompareWithExpected("together", counts);
    }

    [Fact]
    public void Every_file_generates_and_compiles_alone()
    {
        var (folder, schemas) = Corpus();
        var stopwatch = Stopwatch.StartNew();
        var failures = new ConcurrentBag<string>();
        var counts = new ConcurrentDictionary<(string Id, string File), int>();
        var types = 0;
        Parallel.ForEach(schemas, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, schema =>
        {
            var run = GeneratorHarness.Run(new[] { schema }, new Dictionary<string, string> { ["ProjectDir"] = folder + "/" });
            System.Threading.Interlocked.Add(ref types, run.TypeSources.Count);
            foreach (var failure in Failures(run))
            {
                failures.Add(Path.GetFileName(schema.Path) + ": " + failure);
            }

            foreach (var pair in Count(run.GeneratorDiagnostics))
            {
                counts.AddOrUpdate(pair.Key, pair.Value, (_, c) => c + pair.Value);
            }
        });

        var summary = $"SchemaStore alone: {schemas.Count} files → {types} types in {stopwatch.Elapsed.TotalSeconds:F0} s; diagnostics: "
            + string.Join(", ", counts.GroupBy(c => c.Key.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Sum(c => c.Value)}"));
        Report(summary);
        failures.ShouldBeEmpty(summary + Environment.NewLine + string.Join(Environment.NewLine, failures.OrderBy(f => f, StringComparer.Ordinal).Take(30)));
        CompareWithExpected("alone", counts);
    }

    private static (string Folder, List<SchemaFile> Schemas) Corpus()
    {
        var folder = RepositoryPaths.RequireShared("corpus", "schemastore", "schemas");
        var schemas = GeneratorHarness.FilesIn(folder);
        schemas.Count.ShouldBe(Files);
        return (folder, schemas);
    }

    /// <summary>What may never happen: a crashed generator, an internal error, a warning or error in the C#.</summary>
    private static IEnumerable<string> Failures(GeneratorRun run)
    {
        foreach (var diagnostic in run.GeneratorDiagnostics.Where(d => d.Id is "CS8785" or "SCH013"))
        {
            yield return diagnostic.ToString();
        }

        foreach (var problem in run.CompilationProblems.Take(20))
        {
            yield return problem.ToString();
        }
    }

    private static Dictionary<(string Id, string File), int> Count(IEnumerable<Diagnostic> diagnostics)
    {
        var result = new Dictionary<(string Id, string File), int>();
        foreach (var diagnostic in diagnostics)
        {
            var file = Path.GetFileName(diagnostic.Location.GetLineSpan().Path) is { Length: > 0 } name ? name : "(project)";
            result[(diagnostic.Id, file)] = result.TryGetValue((diagnostic.Id, file), out var n) ? n + 1 : 1;
            Samples.TryAdd((diagnostic.Id, file), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        return result;
    }

    /// <summary>A message of each kind of diagnostic in each file, for the received file's placeholders.</summary>
    private static readonly ConcurrentDictionary<(string Id, string File), string> Samples = new();

    private static void Report(string summary)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine(summary);
    }

    /// <summary>
    /// Compares the diagnostics of one section of the expected file (lines "section id file count reason", tab-separated)
    /// with what the run reported; every line must give a reason.
    /// </summary>
    private static void CompareWithExpected(string section, IReadOnlyDictionary<(string Id, string File), int> actual)
        => ExpectedDiagnostics.Compare(Expected, section, actual, Samples);
}
