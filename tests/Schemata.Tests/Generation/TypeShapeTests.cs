using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// The shapes of issue 5: tuples, pattern dictionaries, several-typed values, mixed enums. What they are named,
/// that they are no longer reported as unsupported (SCH012), and that odd combinations still compile cleanly.
/// </summary>
public class TypeShapeTests
{
    [Theory]
    [InlineData("""{"prefixItems": [{"type": "integer"}, {"type": "string"}], "items": false}""")]
    [InlineData("""{"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "integer"}], "additionalItems": false}""")]
    [InlineData("""{"type": ["integer", "string", "null"]}""")]
    [InlineData("""{"enum": ["a", 1, true, null]}""")]
    [InlineData("""{"type": "object", "properties": {"a": {"type": "string"}}, "patternProperties": {"^x-": {"type": "integer"}}}""")]
    public void Modelled_constructs_are_not_reported_as_unsupported(string schema)
    {
        var run = GeneratorHarness.RunOne(schema);

        run.Diagnostics("SCH012").ShouldBeEmpty(run.Describe());
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.TypeHintNames.ShouldContain("Consumer.Test.g.cs");
    }

    [Fact]
    public void Properties_of_a_value_of_several_types_are_reported_and_its_object_case_is_a_dictionary()
    {
        const string json = """{"type": ["object", "string"], "properties": {"a": {"type": "integer"}}}""";
        var run = GeneratorHarness.RunOne(json);

        var info = run.Diagnostics("SCH012").ShouldHaveSingleItem();
        info.GetMessage().ShouldContain("its object case is a dictionary of JsonElement values");
        info.Location.SourceSpan.Start.ShouldBe(json.IndexOf('[', System.StringComparison.Ordinal));
        run.Source("Consumer.Test.g.cs").ShouldContain("public sealed partial record Object(Schemata::ValueMap<SchemataJson::JsonElement> Value) : Test");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void A_tuple_inside_a_value_of_several_types_is_reported_and_typed_as_a_list_of_json()
    {
        var run = GeneratorHarness.RunOne("""{"type": ["array", "string"], "prefixItems": [{"type": "integer"}]}""");

        run.Diagnostics("SCH012").ShouldHaveSingleItem().GetMessage().ShouldContain("A tuple in a value of several types");
        run.Source("Consumer.Test.g.cs").ShouldContain("record Array(Schemata::ValueList<SchemataJson::JsonElement> Value)");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void Tuple_elements_are_named_by_title_else_by_position_and_clashes_get_numbers()
    {
        var run = GeneratorHarness.RunOne("""
            {"title": "Pair", "prefixItems": [{"title": "key"}, {"type": "string"}, {"title": "key"}, {"title": "rest"}, {"title": "Equals"}], "minItems": 1}
            """);

        var source = run.Source("Consumer.Pair.g.cs");
        source.ShouldContain("public partial record Pair(");
        source.ShouldContain("SchemataJson::JsonElement Key,");
        source.ShouldContain("string? Item2 = null,");
        source.ShouldContain("SchemataJson::JsonElement? Key2 = null,");
        source.ShouldContain("SchemataJson::JsonElement? RestValue = null,");
        source.ShouldContain("SchemataJson::JsonElement? EqualsValue = null)");
        source.ShouldContain("public global::System.Collections.Generic.IReadOnlyList<SchemataJson::JsonElement>? Rest { get; init; }");
        run.Diagnostics("SCH009").ShouldHaveSingleItem().GetMessage().ShouldContain("'Key2'");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void Pattern_dictionaries_are_named_by_title_else_numbered_and_an_invalid_pattern_gets_none()
    {
        var run = GeneratorHarness.RunOne("""
            {"title": "Bag", "type": "object",
             "patternProperties": {"^a": {"type": "integer"}, "^b": {"title": "bees", "type": "boolean"}, "(": {"type": "string"}},
             "additionalProperties": false}
            """);

        var source = run.Source("Consumer.Bag.g.cs");
        source.ShouldContain("public Schemata::ValueMap<long>? PatternProperties1 { get; init; }");
        source.ShouldContain("public Schemata::ValueMap<bool>? Bees { get; init; }");
        source.ShouldNotContain("PatternProperties3");
        source.ShouldNotContain("AdditionalProperties { get;");
        run.Diagnostics("SCH007").ShouldHaveSingleItem();
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void Mixed_enum_members_are_named_by_value_equal_values_collapse_and_varnames_win()
    {
        var run = GeneratorHarness.RunOne("""{"title": "Odd", "enum": ["a b", 1, 1.0, -2, 0.5, false, {"k": 1}, [1], null]}""");
        var named = GeneratorHarness.RunOne("""{"title": "Named", "enum": ["x", 2], "x-enum-varnames": ["Ex", "Two"]}""");

        var source = run.Source("Consumer.Odd.g.cs");
        foreach (var member in new[] { "AB", "Value1", "ValueMinus2", "Value0_5", "False", "Object1", "Array1" })
        {
            source.ShouldContain($"public static global::Consumer.Odd {member} {{ get; }}");
        }

        source.ShouldContain("private static readonly global::Consumer.Odd[] All = { AB, Value1, ValueMinus2, Value0_5, False, Object1, Array1 };");
        named.Source("Consumer.Named.g.cs").ShouldContain("public static global::Consumer.Named Two { get; } = new(\"2\");");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        named.CompilationProblems.ShouldBeEmpty(named.Describe());
    }

    public static TheoryData<string> OddShapes() => new()
    {
        // A tuple of records, of tuples, of unions, of nothing but JSON.
        """{"prefixItems": [{"type": "object", "properties": {"a": {"type": "integer"}}}, {"prefixItems": [{"type": "boolean"}]}, {"type": ["integer", "string"]}]}""",
        """{"prefixItems": [true, {}, false], "items": {"$ref": "#"}}""",
        // Every element optional, the rest nullable.
        """{"prefixItems": [{"type": ["string", "null"]}, {"type": ["integer", "null"]}], "items": {"type": ["boolean", "null"]}}""",
        """{"type": "object", "properties": {"t": {"prefixItems": [{"format": "date-time", "type": "string"}, {"type": "string", "format": "uuid"}], "minItems": 5}}}""",
        // Unions of every JSON type, and with formats.
        """{"type": ["array", "boolean", "integer", "null", "number", "object", "string"]}""",
        """{"type": ["string", "integer"], "format": "int32", "contentEncoding": "base64"}""",
        """{"type": ["array", "object"], "items": {"type": "integer"}, "additionalProperties": {"type": "string"}}""",
        // Mixed enums as elements, entries and union cases.
        """{"type": "object", "properties": {"m": {"type": "array", "items": {"enum": [1, "one", [1]]}}, "d": {"additionalProperties": {"enum": [true, 2]}}}}""",
        """{"oneOf": [{"enum": [1, "a"]}, {"prefixItems": [{"type": "string"}]}, {"type": "object", "patternProperties": {"^p": {"enum": [null, 1.5]}}}]}""",
        // Pattern dictionaries only, and beside required properties.
        """{"type": "object", "patternProperties": {"^[0-9]+$": {"type": "object", "properties": {"v": {"type": "number"}}}}}""",
        """{"type": "object", "properties": {"Pattern_Properties": {"type": "string"}}, "patternProperties": {"^z": {}}, "required": ["Pattern_Properties"]}""",
        """{"$schema": "http://json-schema.org/draft-04/schema#", "type": "array", "items": [{"type": "number"}, {"enum": ["a", 2]}], "additionalItems": true}""",
    };

    [Theory]
    [MemberData(nameof(OddShapes))]
    public void Odd_combinations_compile_without_a_warning_with_and_without_validation(string schema)
    {
        foreach (var validation in new[] { "true", "false" })
        {
            var run = GeneratorHarness.Run(
                new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/test.json", schema) },
                new Dictionary<string, string> { ["SchemataValidation"] = validation });

            run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
            run.CompilationProblems.ShouldBeEmpty(run.Describe());
        }
    }
}
