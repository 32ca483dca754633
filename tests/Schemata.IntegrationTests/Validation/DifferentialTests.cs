#if SHARED_CORPUS
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Schemata.IntegrationTests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Validation;

/// <summary>
/// Differential tests: the generated validators of the Stytch and GitHub corpora and NJsonSchema 10.7.2's validator
/// judge the same instances: valid ones made from each schema, and copies broken in one place. Every disagreement
/// must be explained by one of the reasons in <see cref="Explain"/>; the test prints how many of each it saw.
/// </summary>
public class DifferentialTests
{
    private readonly ITestOutputHelper _output;

    public DifferentialTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("stytch", "Corpus.Stytch")]
    [InlineData("github-rest/schemas", "Corpus.GitHub")]
    public void Verdicts_agree_with_NJsonSchema(string corpus, string ns)
    {
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "corpus", corpus));
        var validators = Validators(ns);
        var theirs = NJsonSchemaBundle.Load(folder);
        var agreements = 0;
        var rejectedByBoth = 0;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var explained = new Dictionary<string, int>(StringComparer.Ordinal);
        var unexplained = new List<string>();
        var instances = 0;
        foreach (var file in Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!validators.TryGetValue(name, out var ours))
            {
                continue;
            }

            var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var mutator = new InstanceMutator(folder, name.Length);
            for (var seed = 0; seed < 3; seed++)
            {
                var valid = new InstanceGenerator(folder, (seed * 7919) + name.Length).Generate(schema)!;
                var cases = new List<(string Kind, string Path, JsonNode Instance, bool Expected)> { ("valid instance", "(root)", valid, true) };
                for (var m = 0; m < 3; m++)
                {
                    if (mutator.Mutate(valid, schema) is { } mutation)
                    {
                        cases.Add((mutation.Kind, mutation.Path, mutation.Instance, false));
                    }
                }

                foreach (var (kind, path, instance, expected) in cases)
                {
                    instances++;
                    kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                    var text = instance.ToJsonString();
                    using var document = JsonDocument.Parse(text);
                    var ourResult = ours(document.RootElement);
                    var theirErrors = theirs[name].Validate(text);
                    var theyAccept = theirErrors.Count == 0;
                    if (ourResult.IsValid == theyAccept)
                    {
                        agreements++;
                        rejectedByBoth += theyAccept ? 0 : 1;
                        continue;
                    }

                    var description = $"{name} {kind} at {path}: ours {(ourResult.IsValid ? "valid" : "invalid")} ({string.Join("; ", ourResult.Errors.Take(2))}), NJsonSchema {(theyAccept ? "valid" : "invalid")} ({string.Join("; ", theirErrors.Take(2).Select(e => e.Kind + " at " + e.Path))})";
                    if (Explain(kind, ourResult, theirErrors, expected) is { } reason)
                    {
                        explained[reason] = explained.GetValueOrDefault(reason) + 1;
                    }
                    else
                    {
                        unexplained.Add(description + "\n    " + text);
                    }
                }
            }
        }

        _output.WriteLine($"{corpus}: {instances} instances of {validators.Count} root schemas ({string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Value} {k.Key}"))})");
        _output.WriteLine($"  {agreements} verdicts agree ({rejectedByBoth} rejected by both); {explained.Values.Sum()} explained disagreements, {unexplained.Count} unexplained");
        foreach (var (reason, count) in explained.OrderByDescending(p => p.Value))
        {
            _output.WriteLine($"  {count} × {reason}");
        }

        unexplained.ShouldBeEmpty(string.Join("\n", unexplained.Take(20)));
    }

    /// <summary>Why the two validators may rightly disagree on an instance; null when nothing explains it.</summary>
    private static string? Explain(string kind, SchemaValidationResult ours, ICollection<NJsonSchema.Validation.ValidationError> theirs, bool expected)
    {
        return null;
    }

    /// <summary>The generated Validate(JsonElement) of every root schema of a namespace, by schema file name.</summary>
    private static Dictionary<string, Func<JsonElement, SchemaValidationResult>> Validators(string ns)
    {
        var result = new Dictionary<string, Func<JsonElement, SchemaValidationResult>>(StringComparer.Ordinal);
        foreach (var type in typeof(DifferentialTests).Assembly.GetTypes().Where(t => t.Namespace == ns))
        {
            if (type.GetCustomAttribute<SchemaSourceAttribute>() is { Pointer: "" } source
                && Schemata.Testing.GeneratedApi.Validate(type) is { } validate)
            {
                result[Path.GetFileName(source.File)] = validate;
            }
        }

        return result;
    }
}
#endif
