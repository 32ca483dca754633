using System.Collections.Generic;
using System.Linq;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Validation;

/// <summary>The MSBuild options of validation, read from <c>build_property.*</c> as the package's props file passes them.</summary>
public class ValidationOptionTests
{
    private const string Schema = """
        {
          "title": "Event",
          "type": "object",
          "properties": {
            "at": { "type": "string", "format": "date-time" },
            "kind": { "enum": ["a", "b"] },
            "ref": { "$ref": "https://json-schema.org/draft/2020-12/schema" }
          },
          "required": ["at"]
        }
        """;

    private static CompiledSchemas Compile(Dictionary<string, string>? options)
        => CompiledSchemas.Compile(new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/event.json", Schema) }, options);

    [Fact]
    public void SchemataValidation_false_generates_no_validation_code()
    {
        using var schemas = Compile(new Dictionary<string, string> { ["SchemataValidation"] = "false" });

        schemas.Run.Sources.Select(s => s.HintName).ShouldBe(new[] { "Consumer.Event.g.cs", "Consumer.EventKind.g.cs", "Consumer.SchemataJsonResolver.g.cs", "Schemata.GlobalUsings.g.cs" }, ignoreOrder: true);
        schemas.Assembly.GetTypes().ShouldAllBe(t => t.GetMethod("Validate") == null && Schemata.Testing.GeneratedApi.Validate(t) == null);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", true)]
    [InlineData("true", false)]
    public void SchemataFormatAssertion_true_makes_format_an_assertion(string? option, bool badDateIsValid)
    {
        using var schemas = Compile(option is null ? null : new Dictionary<string, string> { ["SchemataFormatAssertion"] = option });

        schemas.Validate("schemas/event.json", """{"at": "2024-02-30T25:00:00Z"}""").IsValid.ShouldBe(badDateIsValid);
        schemas.Validate("schemas/event.json", """{"at": "2024-02-29T23:00:00Z"}""").IsValid.ShouldBeTrue();
    }
}
