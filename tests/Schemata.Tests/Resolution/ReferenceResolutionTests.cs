using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Generator.Graph;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Resolution;

public class ReferenceResolutionTests
{
    private static readonly GeneratorOptions Options = new() { Namespace = "Consumer", ProjectDirectory = "/project/" };

    private static SchemaDocument Doc(string path, string json, string? baseUri = null)
        => SchemaDocumentReader.Read(path, json, new FileOptions(null, null, baseUri, false), Options);

    /// <summary>The registry of documents, each indexed as the pipeline indexes it.</summary>
    private static SchemaRegistry Registry(params SchemaDocument[] documents)
        => SchemaRegistry.Build(documents.Select(d => (d, SchemaIndexer.Index(d))));

    private static SchemaLocation Resolve(SchemaRegistry registry, SchemaDocument from, string reference, string? baseUri = null)
    {
        var (target, error) = registry.Resolve(reference, baseUri ?? from.BaseUri, from);
        target.ShouldNotBeNull(error);
        return target.Value;
    }

    [Fact]
    public void By_absolute_and_relative_id()
    {
        var a = Doc("/p/a.json", """{"$id": "https://example.com/s/a.json", "type": "object"}""");
        var b = Doc("/p/b.json", """{"$id": "https://example.com/s/b.json", "type": "string"}""");
        var registry = Registry(a, b);

        Resolve(registry, a, "https://example.com/s/b.json", "https://example.com/s/a.json").ShouldBe(new SchemaLocation("/p/b.json", ""));
        Resolve(registry, a, "b.json", "https://example.com/s/a.json").ShouldBe(new SchemaLocation("/p/b.json", ""));
    }

    [Fact]
    public void By_the_fragment_ids_of_schemas_cut_from_openapi()
    {
        var member = Doc("/p/Member.json", """{"$id": "#/components/schemas/Member", "type": "object", "properties": {"name": {"type": "string"}}}""");
        var response = Doc("/p/Response.json", """{"$id": "#/components/schemas/Response", "properties": {"member": {"$ref": "#/components/schemas/Member"}}}""");
        var registry = Registry(member, response);

        Resolve(registry, response, "#/components/schemas/Member").ShouldBe(new SchemaLocation("/p/Member.json", ""));
        Resolve(registry, response, "#/components/schemas/Member/properties/name").ShouldBe(new SchemaLocation("/p/Member.json", "/properties/name"));
    }

    [Fact]
    public void By_relative_file_path_even_when_the_file_has_an_id_elsewhere()
    {
        var a = Doc("/p/schemas/a.json", """{"$id": "https://example.com/a.json", "properties": {"b": {"$ref": "sub/b.json#/$defs/X"}}}""");
        var b = Doc("/p/schemas/sub/b.json", """{"$defs": {"X": {"type": "object"}}}""");
        var registry = Registry(a, b);

        Resolve(registry, a, "sub/b.json#/$defs/X", "https://example.com/a.json").ShouldBe(new SchemaLocation("/p/schemas/sub/b.json", "/$defs/X"));
    }

    [Theory]
    [InlineData("#/$defs/a~1b", "/$defs/a~1b")]
    [InlineData("#/$defs/c~0d", "/$defs/c~0d")]
    [InlineData("#/$defs/e%25f", "/$defs/e%f")]
    [InlineData("#/definitions/g", "/definitions/g")]
    [InlineData("#/properties/list/items", "/properties/list/items")]
    [InlineData("#/$defs/tuple/prefixItems/1", "/$defs/tuple/prefixItems/1")]
    public void By_json_pointer(string reference, string pointer)
    {
        var doc = Doc("/p/a.json", """
            {
              "properties": { "list": { "type": "array", "items": { "type": "integer" } } },
              "definitions": { "g": { "type": "string" } },
              "$defs": {
                "a/b": { "type": "string" }, "c~d": { "type": "string" }, "e%f": { "type": "string" },
                "tuple": { "prefixItems": [ { "type": "string" }, { "type": "number" } ] }
              }
            }
            """);
        var registry = Registry(doc);

        Resolve(registry, doc, reference).ShouldBe(new SchemaLocation("/p/a.json", pointer));
    }

    [Fact]
    public void By_anchor_and_inside_embedded_resources()
    {
        var doc = Doc("/p/a.json", """
            {
              "$id": "https://example.com/root.json",
              "$defs": {
                "A": { "$anchor": "thing", "type": "string" },
                "B": { "$id": "nested/b.json", "$defs": { "C": { "$anchor": "inner", "type": "integer" } } }
              }
            }
            """);
        var registry = Registry(doc);

        Resolve(registry, doc, "#thing", "https://example.com/root.json").ShouldBe(new SchemaLocation("/p/a.json", "/$defs/A"));
        Resolve(registry, doc, "nested/b.json#inner", "https://example.com/root.json").ShouldBe(new SchemaLocation("/p/a.json", "/$defs/B/$defs/C"));
        Resolve(registry, doc, "https://example.com/nested/b.json#/$defs/C", "https://example.com/root.json").ShouldBe(new SchemaLocation("/p/a.json", "/$defs/B/$defs/C"));
        Resolve(registry, doc, "#inner", "https://example.com/nested/b.json").ShouldBe(new SchemaLocation("/p/a.json", "/$defs/B/$defs/C"));
    }

    [Fact]
    public void Draft7_plain_name_ids_are_anchors_and_ref_siblings_are_ignored()
    {
        var doc = Doc("/p/a.json", """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "$id": "http://example.com/root.json",
              "definitions": {
                "A": { "$id": "#foo", "type": "integer" },
                "B": { "$id": "http://example.com/ignored.json", "$ref": "#foo" }
              }
            }
            """);
        var registry = Registry(doc);

        Resolve(registry, doc, "#foo", "http://example.com/root.json").ShouldBe(new SchemaLocation("/p/a.json", "/definitions/A"));
        registry.Resolve("http://example.com/ignored.json", "http://example.com/root.json", doc).Target.ShouldBeNull();
    }

    [Fact]
    public void Against_a_urn_base()
    {
        var doc = Doc("/p/a.json", """{"$id": "urn:uuid:deadbeef-1234-0000-0000-4321feebdaed", "$defs": {"bar": {"type": "string"}}, "$ref": "#/$defs/bar"}""");
        var registry = Registry(doc);

        Resolve(registry, doc, "#/$defs/bar", "urn:uuid:deadbeef-1234-0000-0000-4321feebdaed").ShouldBe(new SchemaLocation("/p/a.json", "/$defs/bar"));
    }

    [Theory]
    [InlineData("#/$defs/missing", "has nothing at the pointer '/$defs/missing'")]
    [InlineData("other.json", "no schema file or $id is")]
    [InlineData("#nowhere", "has no anchor 'nowhere'")]
    public void An_unresolvable_reference_is_an_error_at_the_ref(string reference, string reason)
    {
        var run = GeneratorHarness.RunOne($$"""
            {
              "type": "object",
              "properties": {
                "broken": { "$ref": "{{reference}}" }
              }
            }
            """);

        var error = run.Diagnostics("SCH003").ShouldHaveSingleItem();
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.GetMessage().ShouldContain(reason);
        var span = error.Location.GetLineSpan();
        span.StartLinePosition.Line.ShouldBe(3);
        span.StartLinePosition.Character.ShouldBe(24);
        // The type is still generated, with the property typed as JsonElement.
        run.Source("Consumer.Test.g.cs").ShouldContain("public SchemataJson::JsonElement? Broken { get; init; }");
    }

    [Fact]
    public void A_duplicate_id_across_files_is_a_warning_at_the_second()
    {
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaFile("/project/schemas/a.json", """{"$id": "https://example.com/same.json", "type": "object"}"""),
            new SchemaFile("/project/schemas/b.json", """{"$id": "https://example.com/same.json", "type": "object"}"""),
        });

        var warning = run.Diagnostics("SCH004").ShouldHaveSingleItem();
        warning.Location.GetLineSpan().Path.ShouldBe("/project/schemas/b.json");
        warning.GetMessage().ShouldContain("schemas/a.json");
    }

    [Fact]
    public void A_reference_cycle_without_an_object_is_reported_and_typed_as_json_element()
    {
        var run = GeneratorHarness.RunOne("""
            {
              "type": "object",
              "properties": { "loop": { "$ref": "#/$defs/A" } },
              "$defs": { "A": { "$ref": "#/$defs/B" }, "B": { "$ref": "#/$defs/A" } }
            }
            """);

        run.Diagnostics("SCH005").ShouldNotBeEmpty();
        run.Source("Consumer.Test.g.cs").ShouldContain("SchemataJson::JsonElement? Loop");
        run.CompilationProblems.ShouldBeEmpty();
    }

    [Fact]
    public void References_follow_chains_to_the_final_type()
    {
        var run = GeneratorHarness.RunOne("""
            {
              "type": "object",
              "properties": { "when": { "$ref": "#/$defs/Alias" } },
              "required": ["when"],
              "$defs": { "Alias": { "$ref": "#/$defs/Timestamp" }, "Timestamp": { "type": "string", "format": "date-time" } }
            }
            """);

        run.Source("Consumer.Test.g.cs").ShouldContain("public required global::System.DateTimeOffset When { get; init; }");
        run.CompilationProblems.ShouldBeEmpty();
    }

    [Fact]
    public void Fragment_ids_declared_in_two_folders_resolve_to_the_nearest_file()
    {
        var v1Member = Doc("/p/v1/Member.json", """{"$id": "#/components/schemas/Member", "type": "object", "properties": {"v": {"const": 1}}}""");
        var v1Response = Doc("/p/v1/Response.json", """{"$id": "#/components/schemas/Response", "properties": {"member": {"$ref": "#/components/schemas/Member"}}}""");
        var v2Member = Doc("/p/v2/Member.json", """{"$id": "#/components/schemas/Member", "type": "object", "properties": {"v": {"const": 2}}}""");
        var v2Response = Doc("/p/v2/Response.json", """{"$id": "#/components/schemas/Response", "properties": {"member": {"$ref": "#/components/schemas/Member"}}}""");
        var registry = Registry(v1Member, v1Response, v2Member, v2Response);

        Resolve(registry, v1Response, "#/components/schemas/Member").ShouldBe(new SchemaLocation("/p/v1/Member.json", ""));
        Resolve(registry, v2Response, "#/components/schemas/Member").ShouldBe(new SchemaLocation("/p/v2/Member.json", ""));
        registry.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Fragment_ids_declared_twice_in_one_folder_are_a_duplicate()
    {
        var a = Doc("/p/a.json", """{"$id": "#/components/schemas/Member", "type": "object"}""");
        var b = Doc("/p/b.json", """{"$id": "#/components/schemas/Member", "type": "object"}""");
        var registry = Registry(a, b);

        registry.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("SCH004");
    }
}
