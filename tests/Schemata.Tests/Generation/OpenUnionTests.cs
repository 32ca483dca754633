using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// Unions and enums are open by default and strict with SchemataStrictEnums: the same schema compiled both ways and
/// run. (The open behaviour on the examples is in the integration tests.)
/// </summary>
public class OpenUnionTests
{
    private const string Schema = """
        {
          "title": "Zoo",
          "type": "object",
          "properties": {
            "star": {"$ref": "#/$defs/Pet"},
            "tag": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "color": {"enum": ["red", "green"]},
            "level": {"oneOf": [{"title": "Calm", "enum": ["low", "mid"]}, {"title": "Loud", "enum": ["high", "max"]}]}
          },
          "$defs": {
            "Pet": {
              "oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}],
              "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/$defs/Cat", "dog": "#/$defs/Dog"}}
            },
            "Cat": {"type": "object", "properties": {"kind": {"const": "cat"}, "lives": {"type": "integer"}}, "required": ["kind"]},
            "Dog": {"type": "object", "properties": {"kind": {"const": "dog"}, "bark": {"type": "string"}}, "required": ["kind"]}
          }
        }
        """;

    private const string Newer = """{"star":{"kind":"fish","fins":2},"tag":true,"color":"blue"}""";

    [Fact]
    public void Open_by_default_a_newer_payload_reads_and_writes_back_as_it_came()
    {
        using var compiled = CompiledSchemas.Compile(new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/zoo.json", Schema) });
        var zoo = FromJson(compiled, Newer);

        ToJson(zoo).ShouldBe(Newer);
        zoo.GetType().GetProperty("Star")!.GetValue(zoo)!.GetType().Name.ShouldBe("Unknown");
        zoo.GetType().GetProperty("Tag")!.GetValue(zoo)!.GetType().Name.ShouldBe("Unknown");
    }

    [Fact]
    public void A_union_of_open_enums_picks_the_case_whose_enum_lists_the_value()
    {
        using var compiled = CompiledSchemas.Compile(new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/zoo.json", Schema) });

        // Before: an open enum reads any string, so both cases fit "max" and oneOf called it ambiguous.
        Level(FromJson(compiled, """{"level":"max"}""")).ShouldBe("Loud");
        Level(FromJson(compiled, """{"level":"low"}""")).ShouldBe("Calm");
        Level(FromJson(compiled, """{"level":"ultra"}""")).ShouldBe("Unknown");
        ToJson(FromJson(compiled, """{"level":"ultra"}""")).ShouldBe("""{"level":"ultra"}""");
    }

    private static string Level(object zoo) => zoo.GetType().GetProperty("Level")!.GetValue(zoo)!.GetType().Name;

    [Fact]
    public void Strict_a_newer_payload_is_an_error_with_its_path()
    {
        using var compiled = CompiledSchemas.Compile(
            new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/zoo.json", Schema) },
            new Dictionary<string, string> { ["SchemataStrictEnums"] = "true" });

        Error(compiled, Newer).Message.ShouldBe("The object at $.star has 'kind': 'fish', which is not a case of Pet ('cat', 'dog').");
        Error(compiled, """{"tag":true}""").Message.ShouldBe("Expected a string or a number at $.tag, found true.");
        Error(compiled, """{"color":"blue"}""").Message.ShouldStartWith("The string \"blue\" at $.color is not one of the values of ZooColor");
        ToJson(FromJson(compiled, """{"star":{"kind":"cat","lives":9},"tag":1,"color":"red"}""")).ShouldBe("""{"star":{"kind":"cat","lives":9},"tag":1,"color":"red"}""");
    }

    private static object FromJson(CompiledSchemas compiled, string json)
    {
        var type = compiled.Assembly.GetType("Consumer.Zoo")!;
        try
        {
            return Schemata.Testing.GeneratedApi.FromJson(type)!(json);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static string ToJson(object value) => Schemata.Testing.GeneratedApi.ToJson(value);

    private static JsonException Error(CompiledSchemas compiled, string json) => Should.Throw<JsonException>(() => FromJson(compiled, json));
}
