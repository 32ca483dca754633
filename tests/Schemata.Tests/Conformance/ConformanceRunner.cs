using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Schemata.Tests.Infrastructure;

namespace Schemata.Tests.Conformance;

/// <summary>The outcome of one suite test.</summary>
internal sealed record CaseResult(SuiteGroup Group, SuiteTest Test, bool Passed, string? Detail);

/// <summary>
/// Runs suite groups through the generator: many groups per compilation (each in its own namespace, with the
/// suite's remotes as additional files known by their http://localhost:1234/ URIs), loaded into a collectible
/// context; each test instance goes through the generated <c>Validate</c> of its group's root schema.
/// Groups whose absolute ids would collide go to separate compilations; a compilation that fails is split until
/// the failing group is found, so that one bad group costs only its own tests.
/// </summary>
internal static class ConformanceRunner
{
    private const string RemoteBase = "http://localhost:1234/";
    private static readonly Regex AbsoluteId = new("\"\\$?id\"\\s*:\\s*\"([a-zA-Z][a-zA-Z0-9+.-]*:[^\"#]*)", RegexOptions.CultureInvariant);

    public static readonly System.Collections.Concurrent.ConcurrentBag<string> Timings = new();

    public static List<CaseResult> Run(string suiteRoot, string draft, IReadOnlyList<SuiteGroup> groups, bool formatAssertion)
    {
        var remotes = Remotes(suiteRoot);
        var results = new List<CaseResult>();
        foreach (var batch in Batches(groups))
        {
            RunBatch(draft, batch, remotes, formatAssertion, results);
        }

        return results;
    }

    /// <summary>Splits groups so that no compilation declares the same absolute id twice.</summary>
    private static List<List<SuiteGroup>> Batches(IReadOnlyList<SuiteGroup> groups)
    {
        var batches = new List<(List<SuiteGroup> Groups, HashSet<string> Ids)>();
        foreach (var group in groups)
        {
            var ids = AbsoluteId.Matches(group.SchemaJson).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var batch = batches.FirstOrDefault(b => !b.Ids.Overlaps(ids));
            if (batch.Groups is null)
            {
                batch = (new List<SuiteGroup>(), new HashSet<string>(StringComparer.Ordinal));
                batches.Add(batch);
            }

            batch.Groups.Add(group);
            batch.Ids.UnionWith(ids);
        }

        return batches.Select(b => b.Groups).ToList();
    }

    private static List<SchemaFile> Remotes(string suiteRoot)
    {
        var folder = Path.Combine(suiteRoot, "remotes");
        return Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p =>
            {
                var relative = Path.GetRelativePath(folder, p).Replace('\\', '/');
                return new SchemaFile(GeneratorHarness.ProjectDir + "remotes/" + relative, File.ReadAllText(p), new Dictionary<string, string>
                {
                    ["SchemataBaseUri"] = RemoteBase + relative,
                    ["SchemataNamespace"] = "Remotes",
                });
            })
            .ToList();
    }

    private static string PathOf(SuiteGroup group) => $"suite/{group.File.Replace(".json", string.Empty)}/{group.Index}.json";

    private static string NamespaceOf(SuiteGroup group)
    {
        var builder = new StringBuilder("Suite");
        foreach (var part in group.File.Replace(".json", string.Empty).Split('/', '-', '.'))
        {
            builder.Append('.').Append('N').Append(Regex.Replace(part, "[^A-Za-z0-9]", "_"));
        }

        return builder.Append(".G").Append(group.Index).ToString();
    }

    private static void RunBatch(string draft, List<SuiteGroup> batch, List<SchemaFile> remotes, bool formatAssertion, List<CaseResult> results)
    {
        var files = new List<SchemaFile>(remotes);
        foreach (var group in batch)
        {
            files.Add(new SchemaFile(GeneratorHarness.ProjectDir + PathOf(group), group.SchemaJson, new Dictionary<string, string>
            {
                ["SchemataNamespace"] = NamespaceOf(group),
                ["SchemataTypeName"] = "Root",
            }));
        }

        var options = new Dictionary<string, string>
        {
            ["SchemataDefaultDraft"] = SuiteCatalog.DraftOption(draft),
            ["SchemataFormatAssertion"] = formatAssertion ? "true" : "false",
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = GeneratorHarness.Run(files, options);
        var generated = clock.Elapsed;
        var (assembly, context, errors) = CompiledSchemas.Load(run.Output);
        Timings.Add($"{draft}: {batch.Count} groups, generate {generated.TotalSeconds:0.0} s, compile {(clock.Elapsed - generated).TotalSeconds:0.0} s");
        if (assembly is null)
        {
            if (batch.Count > 1)
            {
                var half = batch.Count / 2;
                RunBatch(draft, batch.Take(half).ToList(), remotes, formatAssertion, results);
                RunBatch(draft, batch.Skip(half).ToList(), remotes, formatAssertion, results);
                return;
            }

            var detail = "generated code does not compile: " + string.Join("; ", errors.Take(3).Select(e => e.ToString()));
            results.AddRange(batch[0].Tests.Select(t => new CaseResult(batch[0], t, false, detail)));
            return;
        }

        try
        {
            foreach (var group in batch)
            {
                var validator = CompiledSchemas.FindValidator(assembly, PathOf(group), string.Empty);
                var internalErrors = run.GeneratorDiagnostics.Where(d => d.Id == "SCH013").Select(d => d.GetMessage()).ToList();
                foreach (var test in group.Tests)
                {
                    if (validator is null)
                    {
                        results.Add(new CaseResult(group, test, false, "no validator was generated" + (internalErrors.Count > 0 ? ": " + internalErrors[0] : string.Empty)));
                        continue;
                    }

                    try
                    {
                        var result = validator(test.Data);
                        var passed = result.IsValid == test.Valid && (result.IsValid || result.Errors.Count > 0);
                        results.Add(new CaseResult(group, test, passed, passed ? null : $"expected {(test.Valid ? "valid" : "invalid")}, got {result}"));
                    }
                    catch (Exception e)
                    {
                        results.Add(new CaseResult(group, test, false, "threw " + e.GetType().Name + ": " + e.Message));
                    }
                }
            }
        }
        finally
        {
            context!.Unload();
        }
    }
}
