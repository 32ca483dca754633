using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Reading;

public class SchemaReadingTests
{
    private static readonly GeneratorOptions Options = new() { Namespace = "Consumer", ProjectDirectory = "/project/" };

    [Fact]
    public void Every_value_and_name_knows_its_line_and_column()
    {
        var (root, problems) = JsonTreeReader.Read("{\n  \"title\": \"x\",\n  \"properties\": { \"a\": { \"type\": \"string\" } }\n}");

        problems.ShouldBeEmpty();
        root!.TryGetMember("properties", out var properties).ShouldBeTrue();
        properties.NameSpan.StartLine.ShouldBe(2);
        properties.NameSpan.StartColumn.ShouldBe(2);
        properties.NameSpan.Length.ShouldBe("\"properties\"".Length);
        var type = properties.Value["a"]!["type"]!;
        type.Span.StartLine.ShouldBe(2);
        type.Span.StartColumn.ShouldBe(33);
        type.Text.ShouldBe("string");
    }

    [Fact]
    public void Columns_count_utf16_characters_not_bytes()
    {
        // "é" is two UTF-8 bytes and one UTF-16 unit; "😀" is four bytes and two units.
        var (root, _) = JsonTreeReader.Read("{\"é😀\": 1, \"b\": 2}");

        root!.TryGetMember("b", out var b).ShouldBeTrue();
        b.NameSpan.StartColumn.ShouldBe("{\"é😀\": 1, ".Length);
        b.NameSpan.Start.ShouldBe("{\"é😀\": 1, ".Length);
    }

    [Fact]
    public void Carriage_returns_end_lines_like_the_compiler_says()
    {
        var (root, _) = JsonTreeReader.Read("{\r\n\"a\": 1,\r\"b\": 2}");

        root!.TryGetMember("b", out var b).ShouldBeTrue();
        b.NameSpan.StartLine.ShouldBe(2);
        b.NameSpan.StartColumn.ShouldBe(0);
    }

    [Fact]
    public void Invalid_json_is_an_error_at_the_place_the_parser_stopped()
    {
        var run = GeneratorHarness.RunOne("{\n  \"type\": \"object\"\n  \"properties\": {}\n}", "broken.json");

        var error = run.Diagnostics("SCH001").ShouldHaveSingleItem();
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        var span = error.Location.GetLineSpan();
        span.Path.ShouldBe("/project/schemas/broken.json");
        span.StartLinePosition.Line.ShouldBe(2);
        span.StartLinePosition.Character.ShouldBe(2);
        error.GetMessage().ShouldContain("schemas/broken.json");
        error.GetMessage().ShouldNotContain("LineNumber");
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var run = GeneratorHarness.RunOne("   ", "empty.json");

        run.Diagnostics("SCH001").ShouldHaveSingleItem().GetMessage().ShouldContain("empty");
    }

    [Fact]
    public void A_duplicate_key_is_a_warning_at_the_second_key_and_the_last_value_wins()
    {
        var document = SchemaDocumentReader.Read("/project/a.json", "{\"type\": \"string\",\n \"type\": \"object\"}", new FileOptions(null, null, null, false), Options);

        var warning = document.Diagnostics.ShouldHaveSingleItem();
        warning.Id.ShouldBe("SCH016");
        warning.Location!.Span.StartLine.ShouldBe(1);
        warning.Location.Span.StartColumn.ShouldBe(1);
        document.Root!.Members.Count.ShouldBe(1);
        document.Root["type"]!.Text.ShouldBe("object");
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_an_error_not_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"not\":", 10_000)) + "{}" + new string('}', 10_000);

        var run = GeneratorHarness.RunOne(deep, "deep.json");

        var error = run.Diagnostics("SCH014").ShouldHaveSingleItem();
        error.GetMessage().ShouldContain(JsonTreeReader.MaxDepth.ToString());
        run.Sources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[1, 2]", "its root is an array")]
    [InlineData("\"text\"", "its root is a string")]
    [InlineData("{\"$schema\": \"https://raw.githubusercontent.com/DotNetAnalyzers/StyleCopAnalyzers/master/StyleCop.Analyzers/StyleCop.Analyzers/Settings/stylecop.schema.json\", \"settings\": {}}", "is not a JSON Schema draft")]
    [InlineData("{\"settings\": {\"indent\": 4}}", "uses no JSON Schema keyword")]
    public void Files_that_are_not_schemas_are_reported_and_skipped(string json, string reason)
    {
        var run = GeneratorHarness.RunOne(json, "stylecop.json");

        var warning = run.Diagnostics("SCH002").ShouldHaveSingleItem();
        warning.GetMessage().ShouldContain(reason);
        run.Sources.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("http://json-schema.org/draft-04/schema#", 4)]
    [InlineData("http://json-schema.org/draft-06/schema#", 6)]
    [InlineData("http://json-schema.org/draft-07/schema#", 7)]
    [InlineData("https://json-schema.org/draft/2019-09/schema", 2019)]
    [InlineData("https://json-schema.org/draft/2020-12/schema", 2020)]
    public void The_draft_comes_from_schema(string uri, int draft)
    {
        var dialect = (SchemaDialect)draft;
        var document = SchemaDocumentReader.Read("/project/a.json", $"{{\"$schema\": \"{uri}\", \"type\": \"object\"}}", new FileOptions(null, null, null, false), Options);

        document.Dialect.ShouldBe(dialect);
    }

    [Fact]
    public void Files_without_schema_use_the_default_draft_option()
    {
        var options = Options with { DefaultDialect = SchemaDialect.Draft7 };

        var document = SchemaDocumentReader.Read("/project/a.json", "{\"type\": \"object\"}", new FileOptions(null, null, null, false), options);

        document.Dialect.ShouldBe(SchemaDialect.Draft7);
    }

    [Fact]
    public void Reading_the_same_text_twice_gives_equal_documents()
    {
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Schemas, "examples", "order.json"));
        var a = SchemaDocumentReader.Read("/project/order.json", text, new FileOptions(null, null, null, false), Options);
        var b = SchemaDocumentReader.Read("/project/order.json", text, new FileOptions(null, null, null, false), Options);
        var c = SchemaDocumentReader.Read("/project/order.json", text.Replace("The order's id.", "The id."), new FileOptions(null, null, null, false), Options);

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(c);
    }
}
