using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.OpenApi;

/// <summary>
/// The real OpenAPI documents in ../shared (Discord 3.1, Box 3.0, Twilio's 55 YAML files, Slack's Swagger 2.0, DigitalOcean's
/// 2,900 YAML files under one root, Stytch's YAML documents, GitHub's REST description) are the gate for OpenAPI input: each
/// document (DigitalOcean: the root and every file beside it) generates and compiles in a compilation of its own, with
/// warnings as errors, no generator exception (CS8785) and no internal error (SCH013); every generator diagnostic is listed,
/// with its reason, in <c>OpenApi.expected-diagnostics.txt</c>. On a mismatch the test writes what it saw beside that file
/// (<c>OpenApi.actual-diagnostics.txt</c>, reasons carried over) to review and accept.
/// </summary>
public class OpenApiCorpusTests
{
    private static readonly string Expected = Path.Combine(RepositoryPaths.Root, "tests", "Schemata.Tests", "OpenApi", "OpenApi.expected-diagnostics.txt");

    public static TheoryData<string> Documents()
        => new(new[] { "discord", "box", "slack", "twilio", "digitalocean", "stytch", "github" });

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_document_generates_and_compiles(string name)
    {
        var stopwatch = Stopwatch.StartNew();
        var summaries = new List<string>();
        var failures = new List<string>();
        var counts = new Dictionary<(string Id, string File), int>();
        var samples = new Dictionary<(string Id, string File), string>();
        foreach (var (label, folder, files) in Compilations(name))
        {
            var run = GeneratorHarness.Run(files, new Dictionary<string, string> { ["ProjectDir"] = folder + "/" });
            failures.AddRange(Failures(run).Select(f => label + ": " + f));
            foreach (var pair in Count(run.GeneratorDiagnostics, samples))
            {
                counts[pair.Key] = counts.TryGetValue(pair.Key, out var n) ? n + pair.Value : pair.Value;
            }

            summaries.Add($"{label}: {files.Count} file(s) → {run.TypeSources.Count} types, {run.Sources.Count} files of C#");
        }

        var summary = $"OpenAPI {name} in {stopwatch.Elapsed.TotalSeconds:F0} s: " + string.Join("; ", summaries) + "; diagnostics: "
            + string.Join(", ", counts.GroupBy(c => c.Key.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Sum(c => c.Value)}"));
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine(summary);
        failures.ShouldBeEmpty(summary + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(30)));
        ExpectedDiagnostics.Compare(Expected, name, counts, samples);
    }

    /// <summary>The compilations of one API: a label, the folder paths are relative to, and the additional files.</summary>
    private static IEnumerable<(string Label, string Folder, List<SchemaFile> Files)> Compilations(string name)
    {
        switch (name)
        {
            case "discord":
                yield return One("openapi", "discord", "openapi.json");
                break;
            case "box":
                yield return One("openapi", "box", "openapi.json");
                break;
            case "slack":
                yield return One("openapi", "slack", "slack_web_openapi_v2.json");
                break;
            case "github":
                yield return One("github-rest", "source", "api.github.com.json");
                break;
            case "twilio":
            {
                var folder = RepositoryPaths.RequireShared("corpus", "openapi", "twilio");
                var files = Directory.GetFiles(folder, "*.yaml").OrderBy(p => p, StringComparer.Ordinal).ToList();
                files.Count.ShouldBe(55);
                foreach (var file in files)
                {
                    yield return (Path.GetFileName(file), folder, new List<SchemaFile> { SchemaFile.FromDisk(file) });
                }

                break;
            }

            case "stytch":
            {
                var folder = RepositoryPaths.RequireShared("corpus", "stytch-openapi");
                var files = Directory.GetFiles(folder, "*.yml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
                files.Count.ShouldBe(5);
                foreach (var file in files)
                {
                    yield return (Path.GetRelativePath(folder, file).Replace('\\', '/'), folder, new List<SchemaFile> { SchemaFile.FromDisk(file) });
                }

                break;
            }

            case "digitalocean":
            {
                // The root and every YAML file beside it: the files it refers to are read for resolution, and give types too.
                var folder = RepositoryPaths.RequireShared("corpus", "openapi", "digitalocean", "specification");
                var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                    .Where(p => p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal))
                    .OrderBy(p => p, StringComparer.Ordinal)
                    .Select(p => SchemaFile.FromDisk(p))
                    .ToList();
                files.Count.ShouldBeGreaterThan(2500);
                yield return ("DigitalOcean-public.v2.yaml and its files", folder, files);
                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    private static (string Label, string Folder, List<SchemaFile> Files) One(string corpus, string api, string file)
    {
        var folder = RepositoryPaths.RequireShared("corpus", corpus, api);
        return (file, folder, new List<SchemaFile> { SchemaFile.FromDisk(Path.Combine(folder, file)) });
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

    private static Dictionary<(string Id, string File), int> Count(IEnumerable<Diagnostic> diagnostics, Dictionary<(string Id, string File), string> samples)
    {
        var result = new Dictionary<(string Id, string File), int>();
        foreach (var diagnostic in diagnostics)
        {
            var file = Path.GetFileName(diagnostic.Location.GetLineSpan().Path) is { Length: > 0 } name ? name : "(project)";
            result[(diagnostic.Id, file)] = result.TryGetValue((diagnostic.Id, file), out var n) ? n + 1 : 1;
            samples.TryAdd((diagnostic.Id, file), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        return result;
    }
}
