#if SHARED_CORPUS
using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using Schemata.IntegrationTests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>
/// For every schema of the Stytch and GitHub corpora: generated instances deserialize and serialize back to the same
/// JSON (compared as data, property order aside).
/// </summary>
public class CorpusRoundTripTests
{
    private readonly ITestOutputHelper _output;

    public CorpusRoundTripTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("stytch", "Corpus.Stytch", 720)]
    [InlineData("github-rest/schemas", "Corpus.GitHub", 299)]
    public void Generated_instances_round_trip(string corpus, string ns, int files)
    {
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "corpus", corpus));
        var roots = typeof(CorpusRoundTripTests).Assembly.GetTypes()
            // Classes of no instances carry only validation (schemas without a type of their own, enum companions).
            .Where(t => t.Namespace == ns && t.GetCustomAttribute<SchemaSourceAttribute>() is { Pointer: "" }
                && (t.IsEnum || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IJsonModel<>))))
            .ToDictionary(t => Path.GetFileName(t.GetCustomAttribute<SchemaSourceAttribute>()!.File), StringComparer.Ordinal);
        var schemaFiles = Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        schemaFiles.Count.ShouldBe(files);

        var failures = new System.Collections.Generic.List<string>();
        var checkedInstances = 0;
        var withoutType = 0;
        foreach (var file in schemaFiles)
        {
            if (!roots.TryGetValue(Path.GetFileName(file), out var type))
            {
                // Roots that are strings, numbers or arrays have no type of their own: they are inlined where used.
                withoutType++;
                continue;
            }

            var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var fromJson = type.IsEnum ? null : Schemata.Testing.GeneratedApi.FromJson(type)!;
            for (var seed = 0; seed < 4; seed++)
            {
                var instance = new InstanceGenerator(folder, seed * 7919 + file.Length).Generate(schema)!.ToJsonString();
                try
                {
                    var back = type.IsEnum
                        ? System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Deserialize(instance, type), type)
                        : Schemata.Testing.GeneratedApi.ToJson(fromJson!(instance));
                    if (!Payload.SameJson(instance, back))
                    {
                        failures.Add($"{Path.GetFileName(file)} (seed {seed}): wrote {back}\n   read {instance}");
                    }
                }
                catch (System.Exception e) when (e is System.Text.Json.JsonException or System.InvalidOperationException or System.ArgumentException)
                {
                    failures.Add($"{Path.GetFileName(file)} (seed {seed}): {e.Message}\n   read {instance}");
                }

                checkedInstances++;
            }
        }

        _output.WriteLine($"{corpus}: {checkedInstances} instances of {schemaFiles.Count - withoutType} typed schemas round-tripped ({withoutType} primitive roots have no type of their own); {failures.Count} failures");
        failures.ShouldBeEmpty(string.Join("\n", failures.Take(10)));
    }
}
#endif
