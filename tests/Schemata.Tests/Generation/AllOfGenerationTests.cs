using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Schemata.Generator.Resolution;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// Records from allOf: when a record derives from a branch and when it is merged (each rule of the README's list), how
/// declarations of one property meet, and inputs that must neither crash the generator nor break the build.
/// </summary>
public class AllOfGenerationTests
{
    /// <summary>A schema with a base record <c>Base</c> and a record <c>Sub</c> made of it and <paramref name="sub"/>'s keywords.</summary>
    private static string With(string @base, string sub) => $$"""
        {
          "title": "Root",
          "type": "object",
          "properties": { "sub": { "$ref": "#/$defs/Sub" } },
          "$defs": {
            "Base": {{@base}},
            "Sub": {{sub}}
          }
        }
        """;

    private const string OpenBase = """{ "type": "object", "properties": { "id": { "type": "string" }, "label": { "type": "string" } }, "required": ["id"] }""";

    private static string Sub(GeneratorRun run)
    {
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        return run.Source("Consumer.Sub.g.cs");
    }

    [Fact]
    public void One_reference_and_added_properties_derive()
    {
        var source = Sub(GeneratorHarness.RunOne(With(OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "extra": { "type": "integer" } } }] }""")));

        source.ShouldContain("public partial record Sub : global::Consumer.Base");
        source.ShouldContain("public long? Extra { get; init; }");
        source.ShouldNotContain("public string? Label");
        source.ShouldNotContain("AdditionalProperties { get; init; }");
    }

    [Theory]
    [InlineData("""{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "extra": { "type": "integer" } } }] }""")]
    [InlineData("""{ "type": "object", "allOf": [{ "$ref": "#/$defs/Base" }], "properties": { "extra": { "type": "integer" } } }""")]
    [InlineData("""{ "allOf": [{ "$ref": "#/$defs/Base" }, { "$ref": "#/$defs/Base" }, { "required": ["label"] }] }""")]
    public void An_allOf_that_is_now_a_record_is_not_reported_as_unsupported(string sub)
    {
        var run = GeneratorHarness.RunOne(With(OpenBase, sub));

        Sub(run).ShouldContain("public partial record Sub");
        run.Diagnostics("SCH012").ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void A_named_object_with_one_reference_and_nothing_else_derives_with_no_member_of_its_own()
    {
        var source = Sub(GeneratorHarness.RunOne(With(OpenBase, """{ "type": "object", "allOf": [{ "$ref": "#/$defs/Base" }] }""")));

        source.ShouldContain("public partial record Sub : global::Consumer.Base");
        source.ShouldContain("JsonNames { get; } = new(\"id\", \"label\");");
    }

    [Theory]
    [InlineData("two references", """{ "type": "object", "properties": { "x": { "type": "string" } } }""", """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "$ref": "#/$defs/Other" }] }""")]
    [InlineData("a base property declared again", OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "label": { "type": "string", "maxLength": 3 } } }] }""")]
    [InlineData("an optional base property required", OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "required": ["label"] }] }""")]
    [InlineData("an inline branch with an allOf of its own", OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "allOf": [{ "properties": { "x": { "type": "string" } } }] }] }""")]
    [InlineData("the record closed by additionalProperties", OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }], "properties": { "x": { "type": "string" } }, "additionalProperties": false }""")]
    [InlineData("an inline branch that types additional properties", OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "x": { "type": "string" } }, "additionalProperties": { "type": "string" } }] }""")]
    [InlineData("the record closed by unevaluatedProperties", OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }], "properties": { "x": { "type": "string" } }, "unevaluatedProperties": false }""")]
    public void Where_inheritance_is_not_sound_the_record_is_merged(string why, string otherBase, string sub)
    {
        var schema = With(OpenBase, sub).Replace("\"$defs\": {", "\"$defs\": {\n    \"Other\": " + otherBase + ",", System.StringComparison.Ordinal);
        var source = Sub(GeneratorHarness.RunOne(schema));

        source.ShouldContain("public partial record Sub : Schemata::IJsonObjectModel<Sub>, Schemata::ISchemaValidated<Sub>\n", customMessage: why);
        source.ShouldContain("public required string Id { get; init; }", customMessage: why);
    }

    [Theory]
    [InlineData("additionalProperties: false", """ "additionalProperties": false """)]
    [InlineData("an additionalProperties schema", """ "additionalProperties": { "type": "string" } """)]
    [InlineData("unevaluatedProperties: false", """ "unevaluatedProperties": false """)]
    [InlineData("patternProperties", """ "patternProperties": { "^x-": { "type": "string" } } """)]
    public void A_base_that_is_not_open_is_merged(string why, string closing)
    {
        var closed = OpenBase.Insert(OpenBase.Length - 1, ", " + closing);
        var source = Sub(GeneratorHarness.RunOne(With(closed, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "extra": { "type": "integer" } } }] }""")));

        source.ShouldContain("public partial record Sub : Schemata::IJsonObjectModel<Sub>, Schemata::ISchemaValidated<Sub>\n", customMessage: why);
        source.ShouldContain("public long? Extra { get; init; }", customMessage: why);
    }

    [Fact]
    public void A_base_closed_by_additional_properties_false_closes_the_merged_record()
    {
        var closed = OpenBase.Insert(OpenBase.Length - 1, ", \"additionalProperties\": false");
        var source = Sub(GeneratorHarness.RunOne(With(closed, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "extra": { "type": "integer" } } }] }""")));

        source.ShouldNotContain("AdditionalProperties");
        source.ShouldContain("JsonReadErrors.NotAllowed()");
    }

    [Fact]
    public void Added_property_names_that_clash_with_the_base_members_get_a_number()
    {
        var run = GeneratorHarness.RunOne(With(OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "Label": { "type": "integer" } } }] }"""));

        var source = Sub(run);
        source.ShouldContain("public partial record Sub : global::Consumer.Base");
        source.ShouldContain("public long? Label2 { get; init; }");
        source.ShouldContain("JsonNames { get; } = new(\"id\", \"label\", \"Label\");");
        run.Diagnostics("SCH009").ShouldHaveSingleItem().GetMessage().ShouldContain("'Label2' because 'Label' is already taken");
    }

    [Theory]
    [InlineData("", "public partial record Sub : global::Consumer.Base")]
    [InlineData(", \"additionalProperties\": false", "public partial record Sub : Schemata::IJsonObjectModel<Sub>, Schemata::ISchemaValidated<Sub>\n")]
    public void A_base_member_renamed_for_a_clash_is_reported_once_not_again_for_the_record_that_builds_on_the_base(string closing, string declaration)
    {
        var clashing = """{ "type": "object", "properties": { "label": { "type": "string" }, "Label": { "type": "integer" } }""" + closing + " }";
        var run = GeneratorHarness.RunOne(With(clashing, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "extra": { "type": "integer" } } }] }"""));

        var source = Sub(run);
        source.ShouldContain(declaration);
        source.ShouldContain("Label2");
        run.Diagnostics("SCH009").ShouldHaveSingleItem(run.Describe()).GetMessage().ShouldContain("of Base");
    }

    [Fact]
    public void A_merged_record_reports_a_rename_its_own_merge_causes()
    {
        // The base names "label" Label; the merge adds "Label" from the other branch, which becomes Label2 in Sub only.
        var closed = """{ "type": "object", "properties": { "label": { "type": "string" } }, "additionalProperties": false }""";
        var run = GeneratorHarness.RunOne(With(closed, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "Label": { "type": "integer" } } }] }"""));

        Sub(run).ShouldContain("Label2");
        run.Diagnostics("SCH009").ShouldHaveSingleItem(run.Describe()).GetMessage().ShouldContain("of Sub");
    }

    [Theory]
    [InlineData("""{ "type": "number" }""", """{ "type": "integer", "format": "int32" }""", "int")]
    [InlineData("""{ "type": "string" }""", """{ "type": "string", "format": "date-time" }""", "global::System.DateTimeOffset")]
    [InlineData("""{ "type": ["string", "null"] }""", """{ "type": "string" }""", "string")]
    [InlineData("""{ "type": ["string", "null"] }""", """{ "type": ["string", "null"] }""", "string?")]
    [InlineData("""{ "description": "Documented only." }""", """{ "type": "boolean" }""", "bool")]
    [InlineData("""{ "type": "array", "items": { "type": "number" } }""", """{ "type": "array", "items": { "type": "integer" } }""", "Schemata::ValueList<long>")]
    [InlineData("""{ "type": "object" }""", """{ "$ref": "#/$defs/Base" }""", "global::Consumer.Base")]
    public void A_property_several_branches_declare_gets_the_type_that_fits_them_all(string first, string second, string type)
    {
        var sub = $$"""{ "allOf": [{ "properties": { "p": {{first}} } }, { "properties": { "p": {{second}} } }], "required": ["p"] }""";

        Sub(GeneratorHarness.RunOne(With(OpenBase, sub))).ShouldContain($"public required {type} P {{ get; init; }}");
    }

    [Fact]
    public void A_property_typed_as_a_record_and_as_one_derived_from_it_is_the_derived_one()
    {
        var schema = With(OpenBase, """{ "allOf": [{ "properties": { "owner": { "$ref": "#/$defs/Base" } } }, { "properties": { "owner": { "$ref": "#/$defs/Derived" } } }] }""")
            .Replace("\"$defs\": {", "\"$defs\": {\n    \"Derived\": { \"allOf\": [{ \"$ref\": \"#/$defs/Base\" }, { \"properties\": { \"z\": { \"type\": \"string\" } } }] },", System.StringComparison.Ordinal);

        Sub(GeneratorHarness.RunOne(schema)).ShouldContain("public global::Consumer.Derived? Owner { get; init; }");
    }

    [Fact]
    public void Required_names_no_branch_declares_are_reported_and_names_another_branch_declares_are_not()
    {
        var run = GeneratorHarness.RunOne(With(OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "required": ["label", "ghost"] }] }"""));

        run.Diagnostics("SCH008").ShouldHaveSingleItem().GetMessage().ShouldContain("'ghost'");
        Sub(run).ShouldContain("public required string Label { get; init; }");
    }

    [Fact]
    public void A_union_branch_beside_objects_is_left_to_validation_with_sch012()
    {
        var run = GeneratorHarness.RunOne(With(OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "oneOf": [{ "required": ["id"] }, { "required": ["label"] }] }, { "properties": { "x": { "type": "string" } } }] }"""));

        run.Diagnostics("SCH012").ShouldHaveSingleItem().GetMessage().ShouldContain("the record has the other branches' properties");
        Sub(run).ShouldContain("public partial record Sub : global::Consumer.Base");
    }

    [Fact]
    public void References_that_are_all_objects_make_a_record_and_references_to_strings_do_not()
    {
        const string schema = """
            {
              "title": "Root",
              "type": "object",
              "properties": {
                "both": { "allOf": [{ "$ref": "#/$defs/A" }, { "$ref": "#/$defs/B" }] },
                "code": { "allOf": [{ "$ref": "#/$defs/Code" }, { "$ref": "#/$defs/Short" }] }
              },
              "$defs": {
                "A": { "type": "object", "properties": { "a": { "type": "string" } } },
                "B": { "type": "object", "properties": { "b": { "type": "string" } } },
                "Code": { "type": "string", "pattern": "^[A-Z]+$" },
                "Short": { "maxLength": 3 }
              }
            }
            """;
        var run = GeneratorHarness.RunOne(schema);

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        var root = run.Source("Consumer.Root.g.cs");
        root.ShouldContain("public global::Consumer.RootBoth? Both { get; init; }");
        root.ShouldContain("public SchemataJson::JsonElement? Code { get; init; }");
        run.Source("Consumer.RootBoth.g.cs").ShouldContain("JsonNames { get; } = new(\"a\", \"b\");");
        run.TypeHintNames.ShouldNotContain("Consumer.RootCode.g.cs");
    }

    [Theory]
    [InlineData("""{ "allOf": [{ "$ref": "#" }, { "properties": { "x": { "type": "string" } } }], "title": "Self" }""")]
    [InlineData("""{ "title": "Loop", "$defs": { "A": { "allOf": [{ "$ref": "#/$defs/B" }, { "properties": { "a": { "type": "string" } } }] }, "B": { "allOf": [{ "$ref": "#/$defs/A" }, { "properties": { "b": { "type": "string" } } }] } }, "type": "object" }""")]
    [InlineData("""{ "title": "Nowhere", "allOf": [{ "$ref": "#/$defs/Missing" }, { "properties": { "x": { "type": "string" } } }] }""")]
    public void Cycles_and_unresolved_branches_generate_code_that_compiles(string json)
    {
        var run = GeneratorHarness.RunOne(json);

        run.Result.Results.Single().Exception.ShouldBeNull();
        run.GeneratorDiagnostics.Where(d => d.Id == "SCH013").ShouldBeEmpty(run.Describe());
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.TypeSources.ShouldNotBeEmpty();
    }

    /// <remarks>
    /// Like reference chains (ReferenceDepthTests), a long chain of bases must not overflow the compiler's stack: bases
    /// are followed 64 deep at a time, and a record derives from the next unless that one is 64 levels deep already
    /// (it merges instead, and the next derives from it). A cycle longer than that is broken once. Compiling 1,000
    /// records, each converter reading every property of its bases, takes minutes, so the code is compiled for the
    /// shorter chains, which cross the limit too.
    /// </remarks>
    [Theory]
    [InlineData(100, false, true)]
    [InlineData(101, true, true)]
    [InlineData(1_000, false, false)]
    public void A_long_chain_of_bases_neither_overflows_the_stack_nor_breaks_the_build(int length, bool cycle, bool compile)
    {
        var json = new StringBuilder("{\"title\": \"Chain\", \"type\": \"object\", \"properties\": {\"head\": {\"$ref\": \"#/$defs/d0\"}}, \"$defs\": {");
        for (var i = 0; i < length; i++)
        {
            json.Append($"\"d{i}\": {{\"allOf\": [{{\"$ref\": \"#/$defs/d{i + 1}\"}}, {{\"properties\": {{\"p{i}\": {{\"type\": \"string\"}}}}}}]}}, ");
        }

        json.Append(cycle
            ? $"\"d{length}\": {{\"allOf\": [{{\"$ref\": \"#/$defs/d0\"}}, {{\"properties\": {{\"last\": {{\"type\": \"string\"}}}}}}]}}}}}}"
            : $"\"d{length}\": {{\"type\": \"object\", \"properties\": {{\"last\": {{\"type\": \"string\"}}}}}}}}}}");
        GeneratorRun? run = null;
        var thread = new System.Threading.Thread(() => run = GeneratorHarness.RunOne(json.ToString()), maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();

        run.ShouldNotBeNull();
        run.Result.Results.Single().Exception.ShouldBeNull();
        run.GeneratorDiagnostics.Where(d => d.Id == "SCH013").ShouldBeEmpty();
        var derived = Enumerable.Range(0, length).Where(i => run.Source($"Consumer.D{i}.g.cs").Contains($"public partial record D{i} : global::Consumer.D{i + 1}, ", System.StringComparison.Ordinal)).ToList();
        if (!cycle)
        {
            // d{length} has no base; every 65th record above it merges, so that no chain of bases is more than 64 deep.
            derived.ShouldBe(Enumerable.Range(0, length).Where(i => (length - i) % (SchemaRegistry.MaxReferenceDepth + 1) != 0));
        }

        if (compile)
        {
            run.CompilationProblems.ShouldBeEmpty(run.Describe());
        }
    }

    /// <remarks>
    /// Found by the generator fuzz test: looking into nested allOfs twice per level took time exponential in their depth
    /// (an allOf nested 100 deep around a string never finished). Each branch is now looked at once.
    /// </remarks>
    [Fact]
    public void Deeply_nested_allOfs_generate_in_time_proportional_to_their_size()
    {
        const int depth = 100;
        var json = "{\"title\": \"Deep\", \"type\": \"object\", \"properties\": {\"x\": "
            + string.Concat(Enumerable.Repeat("{\"allOf\": [", depth))
            + "{\"type\": \"string\"}"
            + string.Concat(Enumerable.Repeat("]}", depth)) + "}}";

        GeneratorRun? run = null;
        var thread = new System.Threading.Thread(() => run = GeneratorHarness.RunOne(json)) { IsBackground = true };
        thread.Start();
        thread.Join(System.TimeSpan.FromSeconds(60)).ShouldBeTrue("the generator did not finish within 60 s");

        run.ShouldNotBeNull();
        run.GeneratorDiagnostics.Where(d => d.Id == "SCH013").ShouldBeEmpty(run.Describe());
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.Source("Consumer.Deep.g.cs").ShouldContain("public string? X { get; init; }");
    }

    [Theory]
    [InlineData("SchemataValidation", "false")]
    [InlineData("SchemataAccessibility", "internal")]
    public void Derived_records_compile_under_every_option(string option, string value)
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/test.json", With(OpenBase, """{ "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "extra": { "type": "integer" } } }] }""")) },
            new Dictionary<string, string> { [option] = value });

        Sub(run).ShouldContain("partial record Sub : global::Consumer.Base");
    }

    [Fact]
    public void A_union_case_may_be_a_composed_record()
    {
        var run = GeneratorHarness.RunOne(With(OpenBase, """{ "oneOf": [{ "title": "Tagged", "allOf": [{ "$ref": "#/$defs/Base" }, { "properties": { "tag": { "type": "string" } }, "required": ["tag"] }] }, { "type": "string" }] }"""));

        Sub(run).ShouldContain("public sealed partial record Tagged(global::Consumer.SubTagged Value) : Sub;");
        run.Source("Consumer.SubTagged.g.cs").ShouldContain("public partial record SubTagged : global::Consumer.Base");
    }
}
