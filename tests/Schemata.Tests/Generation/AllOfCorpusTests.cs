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
        source.ShouldContain("public partial record AppManifestConversion\n");
        source.ShouldContain("[global::System.Text.Json.Serialization.JsonPropertyName(\"owner\")]");
        source.ShouldContain("public string? Slug { get; init; }");
        source.ShouldContain("public required string ClientId { get; init; }");
        source.ShouldContain("public required string? WebhookSecret { get; init; }");
        source.ShouldContain("public required string Pem { get; init; }");
    }
}
