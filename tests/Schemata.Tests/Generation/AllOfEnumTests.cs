using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// A property that two allOf branches type as two generated enums: an inline <c>enum</c> in one branch and a
/// <c>$ref</c> to a named enum in another, as published API specs often write it. The values fit both only when
/// they are in both, so the property gets one enum type (the one with fewer values, then the named one) when one
/// holds them all, and SCH018 only when no value is in both.
/// </summary>
public class AllOfEnumTests
{
    /// <summary>
    /// A record <c>Sub</c> made of <paramref name="branches"/> (a base record <c>Base</c> whose <c>status</c> is
    /// <paramref name="inline"/>, and a branch whose <c>status</c> is a reference to <c>Status</c>); <c>Status</c>
    /// is <paramref name="named"/>, here or (<paramref name="apart"/>) in a file of its own.
    /// </summary>
    private static GeneratorRun Run(string inline, string named, bool reverse = false, bool apart = false, bool required = false)
    {
        var reference = apart ? "status.json" : "#/$defs/Status";
        var extension = $$"""{ "properties": { "status": { "$ref": "{{reference}}" } } }""";
        var branches = reverse ? $$"""[{{extension}}, { "$ref": "#/$defs/Base" }]""" : $$"""[{ "$ref": "#/$defs/Base" }, {{extension}}]""";
        var json = $$"""
            {
              "title": "Root",
              "type": "object",
              "properties": { "sub": { "$ref": "#/$defs/Sub" } },
              "$defs": {
                {{(apart ? string.Empty : "\"Status\": " + named + ",")}}
                "Base": { "type": "object", "properties": { "status": {{inline}} } },
                "Sub": { "allOf": {{branches}}{{(required ? ", \"required\": [\"status\"]" : string.Empty)}} }
              }
            }
            """;
        var files = new List<SchemaFile> { new(GeneratorHarness.ProjectDir + "schemas/test.json", json) };
        if (apart)
        {
            files.Add(new SchemaFile(GeneratorHarness.ProjectDir + "schemas/status.json", named.Insert(1, " \"title\": \"Status\",")));
        }

        return GeneratorHarness.Run(files);
    }

    /// <summary>The record's source, once the run is known to be clean: no warning, and code that compiles as under TreatWarningsAsErrors.</summary>
    private static string Clean(GeneratorRun run)
    {
        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        return run.Source("Consumer.Sub.g.cs");
    }

    private const string ActiveClosed = """{ "type": "string", "enum": ["active", "closed"] }""";

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Equal_enums_give_the_property_the_named_one_in_either_order_and_across_files(bool reverse, bool apart)
    {
        var source = Clean(Run("""{ "type": "string", "enum": ["closed", "active"] }""", ActiveClosed, reverse, apart));

        source.ShouldContain("public global::Consumer.Status? Status { get; init; }");
    }

    [Fact]
    public void Equal_integer_enums_give_the_property_the_named_one()
    {
        var source = Clean(Run("""{ "type": "integer", "enum": [1, 2, 3] }""", """{ "type": "integer", "enum": [3, 2.0, 1] }"""));

        source.ShouldContain("public global::Consumer.Status? Status { get; init; }");
    }

    [Fact]
    public void Equal_enums_that_both_admit_null_keep_the_property_nullable_and_one_that_does_not_makes_it_required_non_null()
    {
        var nullable = """{ "type": ["string", "null"], "enum": ["active", "closed", null] }""";

        Clean(Run(nullable, nullable, required: true)).ShouldContain("public required global::Consumer.Status? Status { get; init; }");
        Clean(Run(nullable, ActiveClosed, required: true)).ShouldContain("public required global::Consumer.Status Status { get; init; }");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_named_enum_with_a_subset_of_the_values_is_the_property_type(bool reverse)
    {
        var source = Clean(Run("""{ "type": "string", "enum": ["active", "closed", "archived"] }""", ActiveClosed, reverse));

        source.ShouldContain("public global::Consumer.Status? Status { get; init; }");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_inline_enum_with_a_subset_of_the_values_is_the_property_type(bool reverse)
    {
        var source = Clean(Run(ActiveClosed, """{ "type": "string", "enum": ["active", "closed", "archived"] }""", reverse));

        source.ShouldContain("public global::Consumer.BaseStatus? Status { get; init; }");
    }

    [Fact]
    public void Overlapping_enums_give_the_property_the_smaller_one_which_holds_every_valid_value()
    {
        var source = Clean(Run("""{ "type": "string", "enum": ["active", "closed", "archived"] }""", """{ "type": "string", "enum": ["closed", "archived", "draft", "deleted"] }"""));

        source.ShouldContain("public global::Consumer.BaseStatus? Status { get; init; }");
    }

    [Fact]
    public void A_default_the_chosen_enum_does_not_hold_is_dropped_and_one_it_holds_is_kept()
    {
        // "archived" is not valid under the allOf: Status cannot hold it, and FromWireValue would throw in the initializer.
        Clean(Run("""{ "type": "string", "enum": ["active", "closed", "archived"], "default": "archived" }""", ActiveClosed))
            .ShouldNotContain("Table.FromWire(");
        Clean(Run("""{ "type": "string", "enum": ["active", "closed", "archived"], "default": "closed" }""", ActiveClosed))
            .ShouldContain("= (global::Consumer.Status)global::Consumer.StatusJsonConverter.Table.FromWire(\"closed\");");
    }

    [Theory]
    [InlineData("disjoint enums", """{ "type": "string", "enum": ["draft", "deleted"] }""", ActiveClosed, "global::Consumer.BaseStatus")]
    [InlineData("a string enum and an integer enum", """{ "type": "string", "enum": ["1", "2"] }""", """{ "type": "integer", "enum": [1, 2] }""", "global::Consumer.BaseStatus")]
    [InlineData("a string and an integer", """{ "type": "string" }""", """{ "type": "integer", "enum": [1, 2] }""", "string")]
    [InlineData("an integer and a string enum", """{ "type": "integer" }""", ActiveClosed, "long")]
    public void Enums_no_value_fits_at_once_still_conflict(string why, string inline, string named, string type)
    {
        var run = Run(inline, named);

        run.Diagnostics("SCH018").ShouldHaveSingleItem(why + "\n" + run.Describe()).GetMessage().ShouldContain("'status'");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.Source("Consumer.Sub.g.cs").ShouldContain($"public {type}? Status {{ get; init; }}", customMessage: why);
    }
}
