using System.Linq;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Validation;

/// <summary>Generated validators: verdicts and the errors they report.</summary>
public class ValidationTests
{
    private static CompiledSchemas Compile(string json, string name = "test.json")
        => CompiledSchemas.Compile(new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/" + name, json) });

    [Fact]
    public void A_record_validates_required_properties_types_and_lengths()
    {
        using var schemas = Compile("""
            {
              "title": "Person",
              "type": "object",
              "properties": {
                "name": { "type": "string", "minLength": 2 },
                "age": { "type": "integer", "minimum": 0 }
              },
              "required": ["name"],
              "additionalProperties": false
            }
            """);
        schemas.Validate("schemas/test.json", """{"name": "Ada", "age": 36}""").IsValid.ShouldBeTrue();
        var result = schemas.Validate("schemas/test.json", """{"name": "A", "age": -1, "extra": true}""");
        result.IsValid.ShouldBeFalse();
        result.Errors.Select(e => (e.InstanceLocation, e.Keyword)).ShouldBe(new[]
        {
            ("/name", "minLength"),
            ("/age", "minimum"),
            ("/extra", "additionalProperties"),
        });
        var missing = schemas.Validate("schemas/test.json", "{}");
        missing.Errors.Single().Keyword.ShouldBe("required");
        missing.Errors.Single().SchemaPointer.ShouldBe("/required");
        missing.Errors.Single().SchemaFile.ShouldBe("schemas/test.json");
    }

    [Fact]
    public void A_reference_to_a_subschema_of_another_files_record_checks_it_through_that_record()
    {
        // b.json points into a.json's properties: the check of /properties/code belongs to a.json's record, which hands
        // it out through ISchemaValidated<T>.Subschema (its checks are private to its file).
        using var schemas = CompiledSchemas.Compile(new[]
        {
            new SchemaFile(GeneratorHarness.ProjectDir + "schemas/a.json", """
                {
                  "title": "Voucher",
                  "type": "object",
                  "properties": { "code": { "type": "string", "minLength": 4, "pattern": "^[A-Z]+$" } }
                }
                """),
            new SchemaFile(GeneratorHarness.ProjectDir + "schemas/b.json", """
                {
                  "title": "Basket",
                  "type": "object",
                  "properties": {
                    "codes": { "type": "array", "items": { "$ref": "a.json#/properties/code" } },
                    "main": { "$ref": "a.json#/properties/code" }
                  }
                }
                """),
        });
        var basket = schemas.Run.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Basket.g.cs", System.StringComparison.Ordinal)).ToString();
        basket.ShouldContain(".Subschema(\"__V_properties_code\")");

        schemas.Validate("schemas/b.json", """{"codes": ["ABCD", "EFGH"], "main": "WXYZ"}""").IsValid.ShouldBeTrue();
        var result = schemas.Validate("schemas/b.json", """{"codes": ["ABCD", "ab"], "main": "x"}""");
        result.Errors.Select(e => (e.InstanceLocation, e.Keyword, e.SchemaFile, e.SchemaPointer)).ShouldBe(new[]
        {
            ("/codes/1", "minLength", "schemas/a.json", "/properties/code/minLength"),
            ("/codes/1", "pattern", "schemas/a.json", "/properties/code/pattern"),
            ("/main", "minLength", "schemas/a.json", "/properties/code/minLength"),
            ("/main", "pattern", "schemas/a.json", "/properties/code/pattern"),
        }, ignoreOrder: true);
    }

    [Fact]
    public void A_record_validates_itself_as_the_json_it_writes()
    {
        using var schemas = Compile("""
            {
              "title": "Person",
              "type": "object",
              "properties": { "name": { "type": "string", "minLength": 2, "pattern": "^[A-Z]" } },
              "required": ["name"]
            }
            """);
        var person = schemas.Assembly.GetTypes().Single(t => t.Name == "Person");
        var fromJson = Schemata.Testing.GeneratedApi.FromJson(person)!;

        Schemata.Testing.GeneratedApi.ValidateValue(fromJson("""{"name": "Ada"}""")).IsValid.ShouldBeTrue();
        var result = Schemata.Testing.GeneratedApi.ValidateValue(fromJson("""{"name": "a"}"""));
        result.Errors.Select(e => (e.InstanceLocation, e.Keyword)).ShouldBe(new[] { ("/name", "minLength"), ("/name", "pattern") });
    }

    [Fact]
    public void Errors_deep_in_objects_and_arrays_carry_their_locations_and_valid_siblings_add_none()
    {
        // Objects that pass are checked without locations and skipped; only failing ones are walked again, collecting.
        // Every error must still be found, at its own location, through $ref and arrays of objects.
        using var schemas = Compile("""
            {
              "title": "Team",
              "type": "object",
              "properties": {
                "lead": { "$ref": "#/$defs/Person" },
                "members": { "type": "array", "items": { "$ref": "#/$defs/Person" } },
                "groups": { "type": "array", "items": { "type": "array", "items": { "$ref": "#/$defs/Person" } } }
              },
              "required": ["lead"],
              "$defs": {
                "Person": {
                  "type": "object",
                  "properties": {
                    "name": { "type": "string", "minLength": 2 },
                    "address": { "type": "object", "properties": { "zip": { "type": "string", "pattern": "^[0-9]{5}$" } }, "required": ["zip"] }
                  },
                  "required": ["name"]
                }
              }
            }
            """);
        schemas.Validate("schemas/test.json", """
            {"lead": {"name": "Ada", "address": {"zip": "12345"}},
             "members": [{"name": "Bob"}, {"name": "C", "address": {"zip": "1"}}, {"name": "Dee", "address": {}}, {"name": "Eve"}],
             "groups": [[{"name": "Fay"}], [{"name": "Gus"}, {"address": {"zip": "99999"}}]]}
            """).Errors.Select(e => (e.InstanceLocation, e.Keyword, e.KeywordLocation)).ShouldBe(new[]
        {
            ("/members/1/name", "minLength", "/properties/members/items/$ref/properties/name/minLength"),
            ("/members/1/address/zip", "pattern", "/properties/members/items/$ref/properties/address/properties/zip/pattern"),
            ("/members/2/address", "required", "/properties/members/items/$ref/properties/address/required"),
            ("/groups/1/1", "required", "/properties/groups/items/items/$ref/required"),
        });
        schemas.Validate("schemas/test.json", """{"lead": {"name": "Ada"}, "members": [{"name": "Bob"}], "groups": [[{"name": "Fay"}]]}""").IsValid.ShouldBeTrue();
        schemas.Validate("schemas/test.json", """{"lead": {"name": 1}}""").Errors.Select(e => e.InstanceLocation).ShouldBe(new[] { "/lead/name" });
    }

    [Fact]
    public void Declared_names_match_whether_or_not_the_payload_escapes_them()
    {
        // Names are looked up by their raw UTF-8 bytes; a name written with escapes, or declared with a backslash, is
        // compared unescaped.
        using var schemas = Compile("""
            {
              "title": "Names",
              "type": "object",
              "properties": {
                "ab": { "type": "string" },
                "a\\b": { "type": "integer" },
                "a\nb": { "type": "boolean" },
                "é": { "type": "null" }
              },
              "additionalProperties": false
            }
            """);
        schemas.Validate("schemas/test.json", """{"ab": "x", "a\\b": 1, "a\nb": true, "é": null}""").IsValid.ShouldBeTrue();
        schemas.Validate("schemas/test.json", """{"\u0061b": "x", "a\u005cb": 1, "a\u000ab": true, "\u00e9": null}""").IsValid.ShouldBeTrue();
        schemas.Validate("schemas/test.json", """{"\u0061b": 1, "a\\b": "x", "a\nb": 0, "\u00e9": 1}""").Errors.Select(e => (e.InstanceLocation, e.Keyword)).ShouldBe(new[]
        {
            ("/ab", "type"), ("/a\\b", "type"), ("/a\nb", "type"), ("/é", "type"),
        });
        schemas.Validate("schemas/test.json", """{"a\\\\b": 1}""").Errors.Select(e => e.Keyword).ShouldBe(new[] { "additionalProperties" });
    }

    [Fact]
    public void Subschemas_that_anyOf_oneOf_not_if_and_contains_forgive_cost_a_valid_document_nothing()
    {
        // A valid document is settled by a fast run: the errors of the branches that fail are neither built nor read.
        // A run that collected them allocated every such error, and read the property names of their locations and
        // messages: "\ud800" throws, and a valid document came out invalid ("not well-formed Unicode").
        using var schemas = Compile("""
            {
              "title": "Forgiving",
              "type": "object",
              "properties": {
                "nullable": { "oneOf": [{ "type": "null" }, { "type": "integer" }] },
                "either": { "anyOf": [{ "type": "string" }, { "type": "integer" }] },
                "notString": { "not": { "type": "string" } },
                "conditional": { "if": { "type": "string" }, "then": { "minLength": 1 } },
                "tags": { "type": "array", "contains": { "const": "x" } }
              },
              "anyOf": [{ "additionalProperties": false }, { "minProperties": 0 }]
            }
            """);
        var validate = schemas.ValidatorFor("schemas/test.json");
        using var document = System.Text.Json.JsonDocument.Parse("""{"nullable": 1, "either": 2, "notString": 3, "conditional": 4, "tags": [1, 2, "x"], "extra": 5}""");
        validate(document.RootElement).IsValid.ShouldBeTrue();
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            validate(document.RootElement);
        }

        (System.GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);

        using var names = Compile("""
            {
              "title": "Names",
              "type": "object",
              "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "integer" }] },
              "anyOf": [{ "additionalProperties": false }, { "minProperties": 0 }]
            }
            """, "names.json");
        var result = names.Validate("schemas/names.json", """{"\ud800": 5}""");
        result.IsValid.ShouldBeTrue(result.ToString());
        names.Validate("schemas/names.json", """{"\ud800": 5, "b": true}""").IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_string_that_is_not_well_formed_is_reported_where_it_is()
    {
        // The fast check of an object meets the string first; it leaves it to the collecting run, which knows where it is.
        using var schemas = Compile("""
            {
              "title": "Holder",
              "type": "object",
              "properties": {
                "a": { "type": "object", "properties": { "b": { "type": "string", "pattern": "^x" } } },
                "list": { "type": "array", "items": { "type": "object", "additionalProperties": { "type": "string", "pattern": "^x" } } }
              },
              "additionalProperties": { "type": "object", "additionalProperties": { "type": "string", "pattern": "^x" } }
            }
            """);
        string[] Locations(string json) => schemas.Validate("schemas/test.json", json).Errors.Select(e => e.InstanceLocation + " " + e.KeywordLocation).ToArray();

        Locations("""{"a": {"b": "\ud800"}}""").ShouldBe(new[] { "/a/b /properties/a/properties/b" });
        Locations("""{"list": [{"c": "x"}, {"c": "\udc00"}]}""").ShouldBe(new[] { "/list/1/c /properties/list/items/additionalProperties" });
        // A name that is not well-formed on the way cannot be written: the error is reported at the root.
        Locations("""{"\ud800": {"c": "\ud800"}}""").ShouldBe(new[] { " " });
    }

    [Fact]
    public void An_error_at_the_bottom_of_a_deep_payload_costs_a_few_passes_not_one_per_level()
    {
        // Each object on the way to the error fails its fast check and is stepped into; when every level checked its
        // whole subtree fast again, an error 20,000 levels down cost 200 million checks (about 25 s) instead of a few passes.
        using var schemas = Compile("""
            { "title": "Link", "type": "object", "properties": { "v": { "type": "integer" }, "next": { "$ref": "#" } } }
            """);
        const int depth = 20_000;
        var json = new System.Text.StringBuilder();
        for (var k = 0; k < depth; k++)
        {
            json.Append("{\"v\": 1, \"next\": ");
        }

        json.Append("{\"v\": \"x\"}").Append('}', depth);
        using var document = System.Text.Json.JsonDocument.Parse(json.ToString(), new System.Text.Json.JsonDocumentOptions { MaxDepth = depth + 1 });
        var validate = schemas.ValidatorFor("schemas/test.json");
        SchemaValidationResult? result = null;
        var elapsed = System.TimeSpan.Zero;
        var thread = new System.Threading.Thread(
            () =>
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                result = validate(document.RootElement);
                elapsed = watch.Elapsed;
            },
            256 * 1024 * 1024);
        thread.Start();
        thread.Join();

        result!.Errors.ShouldHaveSingleItem().InstanceLocation.ShouldBe(string.Concat(Enumerable.Repeat("/next", depth)) + "/v");
        // A hang guard, not a benchmark: a few passes over 20,000 objects take milliseconds.
        elapsed.TotalSeconds.ShouldBeLessThan(5);
    }
}
