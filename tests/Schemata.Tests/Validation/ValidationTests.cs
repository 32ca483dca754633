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
        var fromJson = person.GetMethod("FromJson", new[] { typeof(string) })!;
        var validate = person.GetMethod("Validate", System.Type.EmptyTypes)!;

        ((ValidationResult)validate.Invoke(fromJson.Invoke(null, new object[] { """{"name": "Ada"}""" }), null)!).IsValid.ShouldBeTrue();
        var result = (ValidationResult)validate.Invoke(fromJson.Invoke(null, new object[] { """{"name": "a"}""" }), null)!;
        result.Errors.Select(e => (e.InstanceLocation, e.Keyword)).ShouldBe(new[] { ("/name", "minLength"), ("/name", "pattern") });
    }
}
