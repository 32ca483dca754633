using System.Collections.Generic;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>String and integer enums are open unless SchemataStrictEnums (project) or its file metadata says otherwise.</summary>
public class OpenEnumGenerationTests
{
    private const string Color = """{"title": "Color", "enum": ["red", "green"]}""";
    private const string Level = """{"title": "Level", "type": "integer", "enum": [1, 2]}""";

    [Fact]
    public void Enums_are_open_by_default()
    {
        var run = GeneratorHarness.Run(new[] { File("color.json", Color), File("level.json", Level) });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.Source("Consumer.Color.g.cs").ShouldContain("StringEnumTable Table = new(\"Color\", false,");
        run.Source("Consumer.Level.g.cs").ShouldContain("IntegerEnumTable Table = new(\"Level\", false,");
    }

    [Fact]
    public void The_project_option_makes_them_strict_and_file_metadata_overrides_it()
    {
        var run = GeneratorHarness.Run(
            new[] { File("color.json", Color), File("level.json", Level, new Dictionary<string, string> { ["SchemataStrictEnums"] = "false" }) },
            new Dictionary<string, string> { ["SchemataStrictEnums"] = "true" });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.Source("Consumer.Color.g.cs").ShouldContain("StringEnumTable Table = new(\"Color\", true,");
        run.Source("Consumer.Level.g.cs").ShouldContain("IntegerEnumTable Table = new(\"Level\", false,");
    }

    private static SchemaFile File(string name, string json, IReadOnlyDictionary<string, string>? metadata = null)
        => new(GeneratorHarness.ProjectDir + "schemas/" + name, json, metadata);
}
