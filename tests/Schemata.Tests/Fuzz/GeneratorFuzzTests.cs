using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Fuzz;

/// <summary>
/// Mutates corpus schemas (<see cref="SchemaMutator"/>) and runs the generator on each, with the unmutated schemas the
/// file refers to beside it. Every run must end with code that compiles without a warning (warnings as errors), or with
/// at least one error diagnostic that says what could not be generated; never with an exception, CS8785, SCH013 or a hang.
/// Deterministic: case i uses seed <see cref="Seed"/> + i. CI runs <see cref="CiCases"/> cases; set
/// SCHEMATA_FUZZ_CASES for a longer run, and SCHEMATA_FUZZ_CASE=i to re-run one case.
/// </summary>
public class GeneratorFuzzTests
{
    private const int Seed = 20_240_601;
    private const int CiCases = 150;
    private const int MaxClosure = 5;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<List<(string Name, string Text, List<SchemaFile> Closure)>> Bases = new(LoadBases);

    [Fact]
    public void Mutated_schemas_compile_or_get_an_error_diagnostic_and_never_crash_the_generator()
    {
        RepositoryPaths.RequireShared("corpus", "stytch");
        var cases = Environment.GetEnvironmentVariable("SCHEMATA_FUZZ_CASES") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : CiCases;
        var only = Environment.GetEnvironmentVariable("SCHEMATA_FUZZ_CASE") is { } one ? int.Parse(one, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var indexes = only is { } single ? new[] { single } : Enumerable.Range(0, cases).ToArray();

        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var kinds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failures = new ConcurrentBag<string>();
        var stopwatch = Stopwatch.StartNew();
        Parallel.ForEach(indexes, new ParallelOptions { MaxDegreeOfParallelism = cases > CiCases ? 2 : 1 }, i =>
        {
            var (outcome, failure, applied) = RunCase(i);
            outcomes.AddOrUpdate(outcome, 1, (_, c) => c + 1);
            foreach (var kind in applied)
            {
                kinds.AddOrUpdate(kind, 1, (_, c) => c + 1);
            }

            if (failure is not null)
            {
                failures.Add($"case {i} (SCHEMATA_FUZZ_CASE={i}, mutations {string.Join("+", applied)}): {failure}");
            }
        });

        var summary = $"{indexes.Length} mutated schemas in {stopwatch.Elapsed.TotalSeconds:F0} s: "
            + string.Join(", ", outcomes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))
            + $"; failures {failures.Count}. Mutations: "
            + string.Join(", ", kinds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine("GeneratorFuzz: " + summary);
        failures.ShouldBeEmpty(summary + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static (string Outcome, string? Failure, List<string> Kinds) RunCase(int index)
    {
        var random = new Random(Seed + index);
        var bases = Bases.Value;
        var (name, text, closure) = bases[random.Next(bases.Count)];
        var (mutated, kinds) = new SchemaMutator(random).Mutate(text);
        var files = new List<SchemaFile> { new(GeneratorHarness.ProjectDir + "schemas/" + name, mutated) };
        files.AddRange(closure);

        var task = Task.Run(() => Judge(files));
        if (!task.Wait(CaseTimeout))
        {
            return ("hang", $"{name}: the generator and compiler did not finish within {CaseTimeout.TotalSeconds} s", kinds);
        }

        var (outcome, failure) = task.Result;
        return (outcome, failure is null ? null : $"{name}: {failure}{Environment.NewLine}  schema: {Shorten(mutated)}", kinds);
    }

    private static (string Outcome, string? Failure) Judge(List<SchemaFile> files)
    {
        GeneratorRun run;
        try
        {
            run = GeneratorHarness.Run(files);
        }
        catch (Exception e)
        {
            return ("crash", "the driver threw " + e);
        }

        if (run.Result.Results.Single().Exception is { } exception)
        {
            return ("crash", "the generator threw (CS8785) " + exception);
        }

        var internalErrors = run.GeneratorDiagnostics.Where(d => d.Id is "SCH013" or "CS8785").ToList();
        if (internalErrors.Count > 0)
        {
            return ("crash", string.Join("; ", internalErrors.Take(3)));
        }

        if (run.GeneratorDiagnostics.Any(d => d.DefaultSeverity == DiagnosticSeverity.Error))
        {
            return ("rejected with an error diagnostic", null);
        }

        var problems = run.CompilationProblems;
        return problems.Count == 0
            ? ("compiled", null)
            : ("broken code", "the generated code does not compile and no error diagnostic says why: " + string.Join("; ", problems.Take(5).Select(p => Shorten(p.ToString()))));
    }

    private static string Shorten(string text) => text.Length > 400 ? text.Substring(0, 400) + "…" : text;

    /// <summary>Corpus schemas whose closure under <c>$ref</c> has at most <see cref="MaxClosure"/> files, with that closure.</summary>
    private static List<(string Name, string Text, List<SchemaFile> Closure)> LoadBases()
    {
        var result = new List<(string, string, List<SchemaFile>)>();
        foreach (var folder in new[] { RepositoryPaths.RequireShared("corpus", "stytch"), RepositoryPaths.RequireShared("corpus", "github-rest", "schemas") })
        {
            var texts = Directory.EnumerateFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal)
                .ToDictionary(p => Path.GetFileNameWithoutExtension(p), File.ReadAllText, StringComparer.Ordinal);
            foreach (var (name, text) in texts)
            {
                var closure = Closure(name, texts);
                if (closure is not null)
                {
                    result.Add((name + ".json", text, closure.Select(n => new SchemaFile(GeneratorHarness.ProjectDir + "schemas/" + n + ".json", texts[n])).ToList()));
                }
            }
        }

        return result;
    }

    private static List<string>? Closure(string name, Dictionary<string, string> texts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            foreach (Match match in Regex.Matches(texts[queue.Dequeue()], "\"\\$ref\":\\s*\"#/components/schemas/([^\"]+)\""))
            {
                var target = match.Groups[1].Value;
                if (texts.ContainsKey(target) && seen.Add(target))
                {
                    if (seen.Count > MaxClosure)
                    {
                        return null;
                    }

                    queue.Enqueue(target);
                }
            }
        }

        seen.Remove(name);
        return seen.OrderBy(n => n, StringComparer.Ordinal).ToList();
    }
}
