using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// allOf in real schemas: the 299 GitHub REST schemas use none, but GitHub's OpenAPI description has one (the response
/// of POST /app-manifests/{code}/conversions), cut here from the description the corpus was cut from and generated
/// beside the corpus, whose file it refers to.
/// </summary>
public class AllOfCorpusTests
{
    /// <summary>
    /// Every GitHub schema as a base: a record that derives from it (or merges, where it is closed), and one that merges
    /// it with the next schema (conflicting properties allowed: SCH018), all compile without a warning.
    /// </summary>
    [Fact]
    public void Every_github_schema_can_be_derived_from_and_merged_with_another()
    {
        var folder = RepositoryPaths.RequireShared("corpus", "github-rest", "schemas");
        var files = GeneratorHarness.FilesIn(folder);
        var names = files.Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var (name, next) = (names[i], names[(i + 1) % names.Count]);
            files.Add(new SchemaFile($"{folder}/derived-{name}.json", $$$"""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "#/components/schemas/derived-{{{name}}}", "title": "derived-{{{name}}}",
                 "allOf": [{"$ref": "#/components/schemas/{{{name}}}"}, {"type": "object", "properties": {"added_{{{i}}}": {"type": ["string", "null"]}, "count_{{{i}}}": {"type": "integer"}}, "required": ["count_{{{i}}}"]}]}
                """));
            files.Add(new SchemaFile($"{folder}/merged-{name}.json", $$$"""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "#/components/schemas/merged-{{{name}}}", "title": "merged-{{{name}}}",
                 "allOf": [{"$ref": "#/components/schemas/{{{name}}}"}, {"$ref": "#/components/schemas/{{{next}}}"}]}
                """));
        }

        var run = GeneratorHarness.Run(files, new Dictionary<string, string> { ["ProjectDir"] = folder + "/" });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.GeneratorDiagnostics.Where(d => d.Id == "SCH013" || (d.Severity >= DiagnosticSeverity.Warning && d.Id != "SCH018")).ShouldBeEmpty(run.Describe());
        var (derived, merged) = AllOfCensus.Count(run, files, folder);
        TestContext.Current.TestOutputHelper?.WriteLine($"{names.Count} GitHub schemas as bases: {derived} derived records, {merged} merged, {run.Diagnostics("SCH018").Count()} SCH018");
        derived.ShouldBeGreaterThan(names.Count / 2);
        merged.ShouldBeGreaterThan(names.Count / 2);
    }

    [Fact]
    public void The_allOf_of_the_github_description_is_merged_with_the_integration_schema_of_another_file()
    {
        var folder = RepositoryPaths.RequireShared("corpus", "github-rest", "schemas");
        var description = JsonNode.Parse(File.ReadAllText(RepositoryPaths.RequireShared("corpus", "github-rest", "source", "api.github.com.json")))!;
        var body = description["paths"]!["/app-manifests/{code}/conversions"]!["post"]!["responses"]!["201"]!["content"]!["application/json"]!["schema"]!.AsObject();
        // Cut as the corpus was: the draft, a fragment-only $id and the name as title.
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "#/components/schemas/app-manifest-conversion",
            ["title"] = "app-manifest-conversion",
        };
        foreach (var (key, value) in body)
        {
            schema[key] = value?.DeepClone();
        }

        var files = GeneratorHarness.FilesIn(folder);
        files.Add(new SchemaFile(folder + "/app-manifest-conversion.json", schema.ToJsonString()));
        var run = GeneratorHarness.Run(files, new Dictionary<string, string> { ["ProjectDir"] = folder + "/" });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        run.Diagnostics("SCH012").ShouldBeEmpty(run.Describe());
        // The branch declares integration's optional client_id, client_secret, webhook_secret and pem again, and
        // requires them: a derived record could not, so the properties are merged.
        var source = run.Source("Consumer.AppManifestConversion.g.cs");
        source.ShouldContain("public partial record AppManifestConversion : Schemata::IJsonObjectModel<");
        source.ShouldMatch("JsonNames { get; } = new\\(.*\"owner\"");
        source.ShouldContain("public string? Slug { get; init; }");
        source.ShouldContain("public required string ClientId { get; init; }");
        source.ShouldContain("public required string? WebhookSecret { get; init; }");
        source.ShouldContain("public required string Pem { get; init; }");
    }
}
