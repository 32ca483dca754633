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
    {
        var lines = File.Exists(Expected) ? File.ReadAllLines(Expected) : Array.Empty<string>();
        var entries = lines
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToList();
        var reasons = new Dictionary<(string Section, string Id, string File), string>();
        var expected = new Dictionary<(string Id, string File), int>();
        foreach (var entry in entries)
        {
            entry.Length.ShouldBe(5, $"'{string.Join("\\t", entry)}' in {Expected} is not 'section<TAB>id<TAB>file<TAB>count<TAB>reason'");
            reasons[(entry[0], entry[1], entry[2])] = entry[4];
            if (entry[0] == section)
            {
                entry[4].Trim().ShouldNotBeEmpty($"{entry[1]} in {entry[2]} has no reason in {Expected}");
                entry[4].ShouldNotStartWith("TODO", Case.Sensitive, $"{entry[1]} in {entry[2]} has no reason in {Expected}");
                expected[(entry[1], entry[2])] = int.Parse(entry[3], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var missing = expected.Where(e => !actual.TryGetValue(e.Key, out var n) || n != e.Value).Select(e => $"expected {e.Key.Id} ×{e.Value} in {e.Key.File}, got {(actual.TryGetValue(e.Key, out var n) ? n : 0)}");
        var unexpected = actual.Where(a => !expected.ContainsKey(a.Key)).Select(a => $"unexpected {a.Key.Id} ×{a.Value} in {a.Key.File}");
        var differences = missing.Concat(unexpected).OrderBy(d => d, StringComparer.Ordinal).ToList();
        if (differences.Count == 0)
        {
            return;
        }

        // What was seen, with the reasons already given (for the same id elsewhere when the file is new), to review and accept.
        // Not *.received.txt: tests/accept-snapshots.sh would take it for a snapshot.
        var received = Expected.Replace(".expected-diagnostics.txt", ".actual-diagnostics.txt", StringComparison.Ordinal);
        var kept = File.Exists(received) ? File.ReadAllLines(received).Where(l => !l.StartsWith(section + "\t", StringComparison.Ordinal)) : lines.Where(l => !l.StartsWith(section + "\t", StringComparison.Ordinal));
        var fresh = actual.OrderBy(a => a.Key.Id, StringComparer.Ordinal).ThenBy(a => a.Key.File, StringComparer.Ordinal).Select(a =>
        {
            var reason = reasons.TryGetValue((section, a.Key.Id, a.Key.File), out var r) ? r
                : reasons.FirstOrDefault(p => p.Key.Id == a.Key.Id && p.Key.File == a.Key.File).Value
                ?? "TODO (say why this is right): " + (Samples.TryGetValue(a.Key, out var sample) ? sample.Replace('\t', ' ') : string.Empty);
            return $"{section}\t{a.Key.Id}\t{a.Key.File}\t{a.Value}\t{reason}";
        });
        File.WriteAllLines(received, kept.Concat(fresh));
        differences.ShouldBeEmpty($"The {section} run's diagnostics differ from {Expected}; what it saw is in {received}");
    }
}
