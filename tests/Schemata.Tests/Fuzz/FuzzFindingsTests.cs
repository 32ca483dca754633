using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Fuzz;

/// <summary>What the generator fuzz test found, each kept as a test that failed before its fix.</summary>
public class FuzzFindingsTests
{
    [Theory]
    [InlineData("maxLength", "9223372036854775807")]
    [InlineData("minLength", "2147483648")]
    [InlineData("maxItems", "9223372036854775807")]
    [InlineData("minProperties", "4294967296")]
    public void A_count_beyond_int_compiles_without_a_useless_comparison_warning(string keyword, string value)
    {
        var type = keyword.Contains("Length", System.StringComparison.Ordinal) ? "string" : keyword.Contains("Items", System.StringComparison.Ordinal) ? "array" : "object";
        var run = GeneratorHarness.RunOne("{\"type\": \"object\", \"properties\": {\"v\": {\"type\": \"" + type + "\", \"" + keyword + "\": " + value + "}}}");

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Theory]
    [InlineData("Equals")]
    [InlineData("JsonConverter")]
    [InlineData("ToString")]
    [InlineData("Validate")]
    public void A_type_titled_like_a_member_of_every_record_is_renamed(string title)
    {
        var run = GeneratorHarness.RunOne("{\"title\": \"" + title + "\", \"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}");

        run.Source($"Consumer.{title}2.g.cs").ShouldContain($"partial record {title}2");
        run.Diagnostics("SCH009").ShouldHaveSingleItem();
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void A_boolean_if_without_then_or_else_compiles_without_an_unused_variable()
    {
        var run = GeneratorHarness.RunOne("""{"title": "Kind", "type": "string", "enum": ["a", "b"], "if": true}""");

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }
}
