using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Schemata.Generator.Diagnostics;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static Schemata.Tests.Diagnostics.DiagnosticAssertions;

namespace Schemata.Tests.Diagnostics;

/// <summary>
/// One test per catalog diagnostic: a small schema triggers it, and the test checks its ID, severity, file and the
/// exact span of the offending token in the .json file, and that what could still be generated was.
/// </summary>
public class DiagnosticCatalogTests
{
    private const string Path = "/project/schemas/test.json";

    [Fact]
    [Triggers("SCH001")]
    public void SCH001_invalid_json_points_where_the_parser_stopped()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"a\": { \"type\": \"string\" },\n  }\n}";
        var run = GeneratorHarness.Run(new[] { new SchemaFile(Path, json), Other });

        var error = Single(run, "SCH001");
        error.ShouldPointAt(DiagnosticSeverity.Error, Path, "(5,3)-(5,4)", json, "}");
        error.GetMessage().ShouldContain("trailing comma");
        OtherStillGenerates(run);
    }

    [Fact]
    [Triggers("SCH002")]
    public void SCH002_a_file_that_is_not_a_schema_points_at_its_first_key()
    {
        const string json = "{\n  \"settings\": { \"indent\": 4 }\n}";
        var run = GeneratorHarness.Run(new[] { new SchemaFile(Path, json), Other });

        Single(run, "SCH002").ShouldPointAt(DiagnosticSeverity.Warning, Path, "(2,3)-(2,13)", json, "\"settings\"");
        OtherStillGenerates(run);
    }

    [Fact]
    [Triggers("SCH003")]
    public void SCH003_an_unresolved_reference_points_at_the_ref_and_falls_back_to_json_element()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"owner\": { \"$ref\": \"#/$defs/Person\" }\n  }\n}";
        var run = GeneratorHarness.RunOne(json);

        Single(run, "SCH003").ShouldPointAt(DiagnosticSeverity.Error, Path, "(4,24)-(4,40)", json, "\"#/$defs/Person\"");
        run.Source("Consumer.Test.g.cs").ShouldContain("SchemataJson::JsonElement? Owner");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH004")]
    public void SCH004_a_duplicate_id_across_files_points_at_the_second_id()
    {
        const string json = "{\n  \"$id\": \"https://example.com/same.json\",\n  \"type\": \"object\"\n}";
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaFile("/project/schemas/a.json", json),
            new SchemaFile("/project/schemas/b.json", json),
        });

        var warning = Single(run, "SCH004");
        warning.ShouldPointAt(DiagnosticSeverity.Warning, "/project/schemas/b.json", "(2,10)-(2,41)", json, "\"https://example.com/same.json\"");
        warning.GetMessage().ShouldContain("schemas/a.json");
        run.TypeHintNames.ShouldBe(new[] { "Consumer.A.g.cs", "Consumer.B.g.cs" }, ignoreOrder: true);
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH005")]
    public void SCH005_a_cycle_of_references_points_at_the_ref_that_closes_it()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"properties\": { \"loop\": { \"$ref\": \"#/$defs/A\" } },\n  \"$defs\": {\n    \"A\": { \"$ref\": \"#/$defs/B\" },\n    \"B\": { \"$ref\": \"#/$defs/A\" }\n  }\n}";
        var run = GeneratorHarness.RunOne(json);

        var warning = Single(run, "SCH005");
        warning.ShouldPointAt(DiagnosticSeverity.Warning, Path, "(5,20)-(5,31)", json, "\"#/$defs/B\"");
        warning.GetMessage().ShouldContain("JsonElement");
        run.Source("Consumer.Test.g.cs").ShouldContain("SchemataJson::JsonElement? Loop");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH006")]
    public void SCH006_a_keyword_value_of_the_wrong_type_points_at_the_value()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"name\": { \"type\": \"string\", \"minLength\": \"3\" }\n  }\n}";
        var run = GeneratorHarness.RunOne(json);

        var warning = Single(run, "SCH006");
        warning.ShouldPointAt(DiagnosticSeverity.Warning, Path, "(4,46)-(4,49)", json, "\"3\"");
        warning.GetMessage().ShouldContain("'minLength' must be a non-negative integer");
        run.Source("Consumer.Test.g.cs").ShouldContain("string? Name");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH007")]
    public void SCH007_an_invalid_pattern_points_at_the_pattern()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"code\": { \"type\": \"string\", \"pattern\": \"[a-\" }\n  }\n}";
        var run = GeneratorHarness.RunOne(json);

        Single(run, "SCH007").ShouldPointAt(DiagnosticSeverity.Warning, Path, "(4,44)-(4,49)", json, "\"[a-\"");
        run.Source("Consumer.Test.g.cs").ShouldContain("string? Code");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH007")]
    public void SCH007_an_invalid_pattern_property_points_at_its_key()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"patternProperties\": {\n    \"(unclosed\": { \"type\": \"string\" }\n  }\n}";
        var run = GeneratorHarness.RunOne(json);

        Single(run, "SCH007").ShouldPointAt(DiagnosticSeverity.Warning, Path, "(4,5)-(4,16)", json, "\"(unclosed\"");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH008")]
    public void SCH008_a_required_name_without_a_property_points_at_the_name()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"properties\": { \"a\": { \"type\": \"string\" } },\n  \"required\": [\"a\", \"ghost\"]\n}";
        var run = GeneratorHarness.RunOne(json);

        Single(run, "SCH008").ShouldPointAt(DiagnosticSeverity.Info, Path, "(4,21)-(4,28)", json, "\"ghost\"");
        run.Source("Consumer.Test.g.cs").ShouldContain("required string A");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH009")]
    public void SCH009_a_renamed_member_points_at_the_property_that_was_renamed()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"first-name\": { \"type\": \"string\" },\n    \"first_name\": { \"type\": \"string\" }\n  }\n}";
        var run = GeneratorHarness.RunOne(json);

        var info = Single(run, "SCH009");
        info.ShouldPointAt(DiagnosticSeverity.Info, Path, "(5,5)-(5,17)", json, "\"first_name\"");
        info.GetMessage().ShouldContain("'FirstName2'");
        run.Source("Consumer.Test.g.cs").ShouldContain("FirstName2");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH010")]
    public void SCH010_an_unknown_keyword_is_reported_once_per_keyword_and_file()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"colour\": \"red\",\n  \"properties\": {\n    \"a\": { \"type\": \"string\", \"colour\": \"blue\", \"x-colour\": 1 }\n  }\n}";
        var run = GeneratorHarness.Run(new[] { new SchemaFile(Path, json), new SchemaFile("/project/schemas/second.json", json) });

        var infos = run.Diagnostics("SCH010").OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal).ToList();
        infos.Count.ShouldBe(2, run.Describe());
        infos[0].ShouldPointAt(DiagnosticSeverity.Info, "/project/schemas/second.json", "(3,3)-(3,11)", json, "\"colour\"");
        infos[1].ShouldPointAt(DiagnosticSeverity.Info, Path, "(3,3)-(3,11)", json, "\"colour\"");
        infos[1].GetMessage().ShouldContain("'colour'");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH011")]
    public void SCH011_a_consumer_below_csharp_11_is_an_error_on_the_project()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaFile(Path, """{"type": "object"}""") }, version: LanguageVersion.CSharp10);

        var error = Single(run, "SCH011");
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        // It is about the project, not a schema file: no location, like the compiler's own project-wide errors.
        error.Location.ShouldBe(Location.None);
        error.GetMessage().ShouldContain("C# 10.0");
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    [Triggers("SCH012")]
    public void SCH012_an_unsupported_construct_points_at_it_and_says_what_it_falls_back_to()
    {
        // A oneOf beside properties: the record has the properties; the branches are checked by validation only.
        const string json = "{\n  \"type\": \"object\",\n  \"properties\": { \"a\": { \"type\": \"string\" } },\n  \"oneOf\": [{ \"title\": \"X\", \"type\": \"object\" }, { \"required\": [\"a\"] }]\n}";
        var run = GeneratorHarness.RunOne(json);

        var info = Single(run, "SCH012");
        info.ShouldPointAt(DiagnosticSeverity.Info, Path, "(4,3)-(4,10)", json, "\"oneOf\"");
        info.GetMessage().ShouldContain("the C# type comes from the schema's other keywords only");
        run.Source("Consumer.Test.g.cs").ShouldContain("public string? A { get; init; }");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH013")]
    public void SCH013_an_internal_failure_names_the_step_and_the_schema_and_points_at_the_file()
    {
        const string json = "{\n  \"type\": \"object\"\n}";
        GeneratorRun run;
        using (FaultInjection.Arm((step, subject) => step == "BuildModels" && subject == Path))
        {
            run = GeneratorHarness.Run(new[] { new SchemaFile(Path, json), Other });
        }

        var error = Single(run, "SCH013");
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.Location.GetLineSpan().Path.ShouldBe(Path);
        Format(error.Location.GetLineSpan()).ShouldBe("(1,1)-(1,1)");
        error.GetMessage().ShouldContain("building the types of 'schemas/test.json'");
        run.Source("Consumer.Other.g.cs").ShouldContain("public string? Id");
        // The failed schema's validation partial names members of its missing record (its instance Validate writes
        // the record as JSON); nothing of any other schema may break.
        run.CompilationProblems.Where(d => !(d.Location.SourceTree?.FilePath.Contains("Consumer.Test.", System.StringComparison.Ordinal) ?? false)).ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH014")]
    public void SCH014_nesting_beyond_the_limit_points_at_the_first_value_too_deep()
    {
        var json = string.Concat(Enumerable.Repeat("{\"not\":", 300)) + "{}" + new string('}', 300);
        var run = GeneratorHarness.Run(new[] { new SchemaFile(Path, json), Other });

        // The root is at depth 0, so the value at depth 256 is the 257th object; each level is 7 characters.
        Single(run, "SCH014").ShouldPointAt(DiagnosticSeverity.Error, Path, "(1,1793)-(1,1794)", json, "{");
        OtherStillGenerates(run);
    }

    [Fact]
    [Triggers("SCH015")]
    public void SCH015_a_consumer_without_the_runtime_is_an_error_on_the_project()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaFile(Path, """{"type": "object"}""") }, referenceRuntime: false);

        var error = Single(run, "SCH015");
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.Location.ShouldBe(Location.None);
        error.GetMessage().ShouldContain("Schemata.SchemaSourceAttribute");
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    [Triggers("SCH016")]
    public void SCH016_a_duplicate_key_points_at_the_second_key()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"type\": \"string\"\n}";
        var run = GeneratorHarness.RunOne(json);

        Single(run, "SCH016").ShouldPointAt(DiagnosticSeverity.Warning, Path, "(3,3)-(3,9)", json, "\"type\"");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH018")]
    public void SCH018_a_property_two_allOf_branches_type_differently_points_at_the_second_and_keeps_the_first_type()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"allOf\": [\n    { \"properties\": { \"size\": { \"type\": \"string\" } } },\n    { \"properties\": { \"size\": { \"type\": \"integer\" } } }\n  ]\n}";
        var run = GeneratorHarness.RunOne(json);

        var warning = Single(run, "SCH018");
        warning.ShouldPointAt(DiagnosticSeverity.Warning, Path, "(5,23)-(5,29)", json, "\"size\"");
        warning.GetMessage().ShouldContain("'size' has the type string in one branch and long in another");
        warning.GetMessage().ShouldContain("keeps the first type, string");
        run.Source("Consumer.Test.g.cs").ShouldContain("public string? Size");
        run.Diagnostics("SCH012").ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH018")]
    public void SCH018_an_object_and_a_string_branch_points_at_the_string_type_and_falls_back_to_json_element()
    {
        const string json = "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"code\": { \"allOf\": [{ \"$ref\": \"#/$defs/Tag\" }, { \"type\": \"string\" }] }\n  },\n  \"$defs\": { \"Tag\": { \"type\": \"object\", \"properties\": { \"id\": { \"type\": \"string\" } } } }\n}";
        var run = GeneratorHarness.RunOne(json);

        var warning = Single(run, "SCH018");
        warning.ShouldPointAt(DiagnosticSeverity.Warning, Path, "(4,62)-(4,70)", json, "\"string\"");
        warning.GetMessage().ShouldContain("A branch of type string is combined with one of type object in the allOf of 'schemas/test.json#/properties/code'");
        run.Source("Consumer.Test.g.cs").ShouldContain("SchemataJson::JsonElement? Code");
        run.Diagnostics("SCH012").ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    private static SchemaFile Other => new("/project/schemas/other.json", """{"title": "Other", "type": "object", "properties": {"id": {"type": "string"}}}""");

    private static void OtherStillGenerates(GeneratorRun run)
    {
        run.Source("Consumer.Other.g.cs").ShouldContain("public string? Id");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }
}
