using System.Linq;
using System.Text.Json;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Validation;

/// <summary>The drafts' metaschemas are bundled in the generator: a <c>$ref</c> to one resolves without the network.</summary>
public class MetaschemaTests
{
    private static CompiledSchemas Compile(params (string Name, string Json)[] files)
        => CompiledSchemas.Compile(files.Select(f => new SchemaFile(GeneratorHarness.ProjectDir + "schemas/" + f.Name, f.Json)));

    [Theory]
    [InlineData("https://json-schema.org/draft/2020-12/schema", """{"$defs": {"a": {"type": 1}}}""")]
    [InlineData("https://json-schema.org/draft/2019-09/schema", """{"$defs": {"a": {"type": 1}}}""")]
    [InlineData("http://json-schema.org/draft-07/schema#", """{"definitions": {"a": {"type": 1}}}""")]
    [InlineData("http://json-schema.org/draft-04/schema#", """{"exclusiveMinimum": true}""")]
    public void A_reference_to_a_drafts_metaschema_validates_schemas(string metaschema, string invalidDeep)
    {
        using var schemas = Compile(("test.json", $$"""{ "$ref": "{{metaschema}}" }"""));

        schemas.Run.GeneratorDiagnostics.ShouldBeEmpty();
        schemas.Validate("schemas/test.json", """{"type": "string", "minLength": 1, "properties": {"a": {"minimum": 0}}}""").IsValid.ShouldBeTrue();
        schemas.Validate("schemas/test.json", "true").IsValid.ShouldBe(!metaschema.Contains("draft-04"));
        schemas.Validate("schemas/test.json", """{"minLength": -1}""").IsValid.ShouldBeFalse();
        schemas.Validate("schemas/test.json", """{"type": "strnig"}""").IsValid.ShouldBeFalse();
        var deep = schemas.Validate("schemas/test.json", invalidDeep);
        deep.IsValid.ShouldBeFalse();
        deep.Errors.ShouldContain(e => e.SchemaFile.StartsWith("http", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Metaschemas_get_internal_validation_classes_of_their_own_namespace_and_no_types()
    {
        using var schemas = Compile(("test.json", """
            {
              "title": "Plugin",
              "type": "object",
              "properties": { "config": { "$ref": "https://json-schema.org/draft/2020-12/schema" } }
            }
            """));

        var plugin = schemas.Assembly.GetTypes().Single(t => t.Name == "Plugin");
        plugin.GetProperty("Config")!.PropertyType.ShouldBe(typeof(JsonElement?));
        var bundled = schemas.Assembly.GetTypes().Where(t => t.Namespace?.Contains(".Metaschemas.") == true && !t.IsNested).ToList();
        bundled.Select(t => t.Namespace).Distinct().ShouldBe(new[] { "Consumer.Metaschemas.Draft202012" });
        bundled.Select(t => t.Name).ShouldContain("Schema");
        bundled.Select(t => t.Name).ShouldContain("Applicator");
        // Internal classes of no instances that validate (no record types).
        bundled.ShouldAllBe(t => t.IsNotPublic && t.IsSealed && t.IsClass && t.GetConstructors().Length == 0 && !t.GetInterfaces().Any(i => i.Name.StartsWith("IJsonModel", System.StringComparison.Ordinal)));
        schemas.Run.TypeHintNames.ShouldBe(new[] { "Consumer.Plugin.g.cs" });

        var result = schemas.Validate("schemas/test.json", """{"config": {"required": "name"}}""");
        result.IsValid.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.InstanceLocation.ShouldBe("/config/required");
        error.Keyword.ShouldBe("type");
        error.SchemaFile.ShouldBe("https://json-schema.org/draft/2020-12/meta/validation");
    }

    [Fact]
    public void A_schema_that_names_no_metaschema_generates_nothing_for_them()
    {
        using var schemas = Compile(("test.json", """{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "string" }"""));

        schemas.Run.Sources.ShouldNotContain(s => s.HintName.Contains("Metaschemas"));
    }

    [Fact]
    public void A_users_file_with_the_metaschemas_id_wins()
    {
        using var schemas = Compile(
            ("own-metaschema.json", """{ "$id": "http://json-schema.org/draft-07/schema", "type": "integer" }"""),
            ("test.json", """{ "$ref": "http://json-schema.org/draft-07/schema#" }"""));

        schemas.Run.Sources.ShouldNotContain(s => s.HintName.Contains("Metaschemas"));
        schemas.Validate("schemas/test.json", "5").IsValid.ShouldBeTrue();
        schemas.Validate("schemas/test.json", "{}").IsValid.ShouldBeFalse();
    }
}
