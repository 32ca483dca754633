using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Reading;

/// <summary>YAML into the JSON tree (docs/openapi.md, "YAML"): scalars by the YAML 1.2 core schema, positions, anchors, errors.</summary>
public class YamlReadingTests
{
    [Fact]
    public void Every_value_and_key_knows_its_line_and_column()
    {
        var (root, problems) = YamlTreeReader.Read("title: x\nproperties:\n  a:\n    type: string\n");

        problems.ShouldBeEmpty();
        root!.TryGetMember("properties", out var properties).ShouldBeTrue();
        properties.NameSpan.StartLine.ShouldBe(1);
        properties.NameSpan.StartColumn.ShouldBe(0);
        properties.NameSpan.Length.ShouldBe("properties".Length);
        var type = properties.Value["a"]!["type"]!;
        type.Span.StartLine.ShouldBe(3);
        type.Span.StartColumn.ShouldBe(10);
        type.Span.Start.ShouldBe("title: x\nproperties:\n  a:\n    type: ".Length);
        type.Text.ShouldBe("string");
    }

    [Theory]
    [InlineData("a: 12", "Number", "12")]
    [InlineData("a: -0012", "Number", "-12")]
    [InlineData("a: +3", "Number", "3")]
    [InlineData("a: 0x1F", "Number", "31")]
    [InlineData("a: 0o17", "Number", "15")]
    [InlineData("a: .5", "Number", "0.5")]
    [InlineData("a: 1.5e3", "Number", "1.5e3")]
    [InlineData("a: 12345678901234567890123", "Number", "12345678901234567890123")]
    [InlineData("a: 3.0.3", "String", "3.0.3")]
    [InlineData("a: '12'", "String", "12")]
    [InlineData("a: !!str 12", "String", "12")]
    [InlineData("a: yes", "String", "yes")]
    [InlineData("a: off", "String", "off")]
    [InlineData("a: .inf", "String", ".inf")]
    [InlineData("a: 2001-12-14", "String", "2001-12-14")]
    [InlineData("a: True", "True", null)]
    [InlineData("a: FALSE", "False", null)]
    [InlineData("a: ~", "Null", null)]
    [InlineData("a:", "Null", null)]
    [InlineData("a: Null", "Null", null)]
    [InlineData("a: \"null\"", "String", "null")]
    public void Plain_scalars_follow_the_yaml_1_2_core_schema(string yaml, string kind, string? text)
    {
        var (root, problems) = YamlTreeReader.Read(yaml);

        problems.ShouldBeEmpty();
        root!["a"]!.Kind.ToString().ShouldBe(kind);
        root["a"]!.Text.ShouldBe(text);
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_share_the_anchored_value()
    {
        const string Yaml = """
            base: &base
              type: object
              properties:
                id: { type: integer }
            copy: *base
            extended:
              <<: *base
              type: array
            """;
        var (root, problems) = YamlTreeReader.Read(Yaml);

        problems.ShouldBeEmpty();
        JsonNode.JsonEquals(root!["copy"]!, root["base"]!).ShouldBeTrue();
        root["extended"]!.GetString("type").ShouldBe("array");
        root["extended"]!["properties"]!["id"]!.GetString("type").ShouldBe("integer");
    }

    [Fact]
    public void Aliases_that_expand_without_bound_are_refused()
    {
        var lines = new System.Text.StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            lines.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var (root, problems) = YamlTreeReader.Read(lines.ToString());

        root.ShouldBeNull();
        problems.ShouldHaveSingleItem().Message.ShouldContain("aliases expand to more than");
    }

    [Fact]
    public void Block_scalars_keep_their_lines()
    {
        const string Yaml = "description: |\n  line one\n  line two\nfolded: >\n  one\n  two\n";
        var (root, problems) = YamlTreeReader.Read(Yaml);

        problems.ShouldBeEmpty();
        root!.GetString("description").ShouldBe("line one\nline two\n");
        root.GetString("folded").ShouldBe("one two\n");
    }

    [Fact]
    public void A_duplicate_key_is_reported_and_the_last_value_kept()
    {
        var (root, problems) = YamlTreeReader.Read("a: 1\nb: 2\na: 3\n");

        root!["a"]!.Text.ShouldBe("3");
        var problem = problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(JsonReadProblemKind.DuplicateKey);
        problem.Span.StartLine.ShouldBe(2);
    }

    [Fact]
    public void An_empty_yaml_file_is_no_document_and_no_error()
    {
        var (root, problems) = YamlTreeReader.Read(string.Empty);

        root.ShouldBeNull();
        problems.ShouldBeEmpty();
    }

    [Fact]
    [Schemata.Tests.Diagnostics.Triggers("SCH019")]
    public void A_bad_yaml_file_is_reported_at_its_line_and_column_and_the_rest_still_generates()
    {
        const string Bad = "openapi: 3.0.0\ninfo:\n  title: Broken\n  version: [1, 2\ncomponents: {}\n";
        const string Good = "openapi: 3.0.0\ninfo: { title: Good, version: '1' }\ncomponents:\n  schemas:\n    Thing: { type: object, properties: { a: { type: string } } }\n";
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaFile(GeneratorHarness.ProjectDir + "schemas/bad.yaml", Bad),
            new SchemaFile(GeneratorHarness.ProjectDir + "schemas/good.yaml", Good),
        });

        var error = run.Diagnostics("SCH019").ShouldHaveSingleItem(run.Describe());
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        var span = error.Location.GetLineSpan();
        span.Path.ShouldBe("/project/schemas/bad.yaml");
        // The unclosed '[' of line 4: YamlDotNet gives up after its last value there.
        span.StartLinePosition.Line.ShouldBe(3);
        error.GetMessage().ShouldStartWith("'schemas/bad.yaml' is not valid YAML: ");
        run.TypeHintNames.ShouldBe(new[] { "Consumer.Good.Thing.g.cs" });
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void A_yaml_syntax_error_points_at_the_parsers_position()
    {
        var (root, problems) = YamlTreeReader.Read("openapi: 3.0.0\ninfo:\n  title: 'unclosed\n");

        root.ShouldBeNull();
        var problem = problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(JsonReadProblemKind.InvalidJson);
        problem.Span.StartLine.ShouldBe(2);
        problem.Message.ShouldNotStartWith("(Line");
    }

    [Fact]
    public void A_yaml_file_that_is_neither_an_openapi_document_nor_holds_schemas_is_read_quietly()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/docker-compose.yml", "services:\n  web:\n    image: nginx\n") });

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.TypeHintNames.ShouldBeEmpty();
    }

    [Fact]
    public void A_json_schema_written_in_yaml_is_a_schema()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/order.yaml", "title: Order\ntype: object\nproperties:\n  id: { type: integer }\n") });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.TypeHintNames.ShouldBe(new[] { "Consumer.Order.g.cs" });
    }
}
