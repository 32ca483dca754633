#if SHARED_CORPUS
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Schemata.IntegrationTests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Fuzz;

/// <summary>
/// Feeds mutated payloads (<see cref="PayloadMutator"/>) of the Stytch and GitHub corpus types to their generated
/// converters and validators. Reading may only fail with <see cref="JsonException"/>; what was read must write back;
/// validation may only return a result, valid or not; nothing may hang. Deterministic for its seed; CI runs
/// <see cref="CiCases"/> payloads, SCHEMATA_PAYLOAD_CASES sets a longer run.
/// </summary>
public class PayloadFuzzTests
{
    private const int Seed = 7_301;
    private const int CiCases = 3_000;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    private readonly ITestOutputHelper _output;

    public PayloadFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Mutated_payloads_give_only_json_exceptions_or_validation_results()
    {
        var cases = Environment.GetEnvironmentVariable("SCHEMATA_PAYLOAD_CASES") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : CiCases;
        var targets = Targets("stytch", "Corpus.Stytch").Concat(Targets("github-rest/schemas", "Corpus.GitHub")).ToList();
        targets.Count.ShouldBeGreaterThan(500);
        var random = new Random(Seed);
        var mutator = new PayloadMutator(random);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < cases && failures.Count < 20; i++)
        {
            var target = targets[random.Next(targets.Count)];
            var (payload, kind) = mutator.Mutate(target.Instances[random.Next(target.Instances.Count)]);
            var deepParse = random.Next(4) == 0;
            Count(kinds, kind);
            var task = Task.Run(() => Judge(target, payload, deepParse));
            if (await Task.WhenAny(task, Task.Delay(CaseTimeout, TestContext.Current.CancellationToken)) != task)
            {
                failures.Add($"case {i} ({target.Type.FullName}, {kind}): no result within {CaseTimeout.TotalSeconds} s");
                continue;
            }

            var (seen, failure) = await task;
            foreach (var outcome in seen)
            {
                Count(outcomes, outcome);
            }

            if (failure is not null)
            {
                var text = System.Text.Encoding.UTF8.GetString(payload);
                failures.Add($"case {i} ({target.Type.FullName}, {kind}): {failure}{Environment.NewLine}  payload: {(text.Length > 300 ? text.Substring(0, 300) + "…" : text)}");
            }
        }

        var summary = $"{cases} mutated payloads of {targets.Count} types in {stopwatch.Elapsed.TotalSeconds:F0} s: "
            + string.Join(", ", outcomes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))
            + $"; failures {failures.Count}. Mutations: " + string.Join(", ", kinds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
        _output.WriteLine(summary);
        Console.WriteLine("PayloadFuzz: " + summary);
        failures.ShouldBeEmpty(summary + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    private static (List<string> Outcomes, string? Failure) Judge(Target target, byte[] payload, bool deepParse)
    {
        var outcomes = new List<string>();
        try
        {
            if (!target.Serializable)
            {
                goto validate;
            }

            var value = JsonSerializer.Deserialize(payload, target.Type, target.Options);
            outcomes.Add("read");
            if (value is not null)
            {
                JsonSerializer.SerializeToUtf8Bytes(value, target.Type, target.Options);
            }
        }
        catch (JsonException e) when (e.Path is not null || e.Message.Length > 0)
        {
            outcomes.Add("JsonException on read");
        }
        catch (Exception e)
        {
            return (outcomes, "reading or writing threw " + e.GetType().FullName + ": " + e.Message + Environment.NewLine + e.StackTrace);
        }

        validate:
        JsonDocument document;
        try
        {
            // Deep parses hand the validator documents nested far beyond what the converters accept.
            document = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = deepParse ? 20_000 : 64 });
        }
        catch (JsonException)
        {
            outcomes.Add("not JSON");
            return (outcomes, null);
        }

        using (document)
        {
            try
            {
                outcomes.Add(target.Validate(document.RootElement).IsValid ? "valid" : "invalid");
            }
            catch (Exception e)
            {
                return (outcomes, "validation threw " + e.GetType().FullName + ": " + e.Message + Environment.NewLine + e.StackTrace);
            }
        }

        return (outcomes, null);
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;

    /// <summary>The root types of a corpus namespace, with their validator, serializer options and a few valid instances.</summary>
    private static IEnumerable<Target> Targets(string corpus, string ns)
    {
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "corpus", corpus));
        var types = typeof(PayloadFuzzTests).Assembly.GetTypes().Where(t => t.Namespace == ns).ToList();
        var resolver = types.Single(t => t.Name == "SchemataJsonResolver");
        var instance = resolver.GetProperty("Default")!.GetValue(null)!;
        var options = (JsonSerializerOptions)resolver.GetProperty("Options")!.GetValue(instance)!;
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetCustomAttribute<SchemaSourceAttribute>() is { Pointer: "" } source
                && Schemata.Testing.GeneratedApi.Validate(type) is { } validate
                && File.Exists(Path.Combine(folder, Path.GetFileName(source.File))))
            {
                var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, Path.GetFileName(source.File))))!.AsObject();
                var instances = new List<JsonNode>();
                for (var seed = 0; seed < 2; seed++)
                {
                    if (new InstanceGenerator(folder, seed).Generate(schema) is { } valid)
                    {
                        instances.Add(valid);
                    }
                }

                if (instances.Count > 0)
                {
                    // Schema classes of non-record roots (a string enum, say) validate but are not serialized themselves.
                    var serializable = Schemata.Testing.GeneratedApi.IsModel(type);
                    yield return new Target(type, serializable, options, validate, instances);
                }
            }
        }
    }

    private sealed record Target(Type Type, bool Serializable, JsonSerializerOptions Options, Func<JsonElement, SchemaValidationResult> Validate, List<JsonNode> Instances);
}
#endif
