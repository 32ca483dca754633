using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

public class RecordGenerationTests
{
    private const string Person = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Person",
          "description": "A person & their <details>.",
          "type": "object",
          "properties": {
            "name": { "type": "string", "description": "Line one.\nLine two with */ and </summary> in it." },
            "nickname": { "type": "string" },
            "middle_name": { "type": ["string", "null"] },
            "age": { "type": "integer", "format": "int32", "nullable": true },
            "legacy": { "type": "string", "deprecated": true }
          },
          "required": ["name", "middle_name", "age"]
        }
        """;

    [Fact]
    public void Required_members_must_be_set_at_compile_time()
    {
        var run = GeneratorHarness.RunOne(Person, "person.json", consumerSource: """
            internal static class Use
            {
                public static Consumer.Person Make() => new Consumer.Person { Name = "Ada", MiddleName = null };
            }
            """);

        var errors = run.CompilationProblems.Where(d => d.Id == "CS9035").ToList();
        errors.ShouldHaveSingleItem().GetMessage().ShouldContain("Person.Age");
    }

    [Fact]
    public void A_const_property_cannot_be_set_to_another_value()
    {
        var run = GeneratorHarness.RunOne("""
            {
              "title": "Cat",
              "type": "object",
              "properties": { "kind": { "const": "cat" }, "lives": { "type": "integer", "const": 9 }, "name": { "type": "string" } },
              "required": ["kind", "name"]
            }
            """, "cat.json", consumerSource: """
            internal static class Use
            {
                public static Consumer.Cat Make() => new Consumer.Cat { Kind = "dog", Name = "Tom" };
                public static Consumer.Cat Change(Consumer.Cat cat) => cat with { Lives = 8 };
            }
            """);

        // CS0200: the property is read-only.
        run.CompilationProblems.Select(d => d.Id).ShouldBe(new[] { "CS0200", "CS0200" }, run.Describe());
    }

    [Fact]
    public void Sensitive_properties_are_hidden_from_ToString_by_the_generated_PrintMembers()
    {
        var source = GeneratorHarness.RunOne("""
            {
              "title": "Login",
              "type": "object",
              "properties": {
                "user": { "type": "string" },
                "password": { "type": "string", "format": "password" },
                "token": { "type": "string", "writeOnly": true },
                "key": { "type": "string", "x-sensitive": true }
              }
            }
            """, "login.json").Source("Consumer.Login.g.cs");

        source.ShouldContain(".Add(User)");
        source.ShouldContain(".AddSecret(Password)");
        source.ShouldContain(".AddSecret(Token)");
        source.ShouldContain(".AddSecret(Key)");
        source.ShouldContain(".AddIfSet(AdditionalProperties).Printed;");
    }

    [Fact]
    public void Optional_is_nullable_and_required_is_not_unless_null_is_allowed()
    {
        var source = GeneratorHarness.RunOne(Person, "person.json").Source("Consumer.Person.g.cs");

        source.ShouldContain("public required string Name { get; init; }");
        source.ShouldContain("public string? Nickname { get; init; }");
        source.ShouldContain("public required string? MiddleName { get; init; }");
        source.ShouldContain("public required int? Age { get; init; }");
    }

    [Fact]
    public void Descriptions_become_escaped_xml_docs_and_deprecated_becomes_obsolete()
    {
        var run = GeneratorHarness.RunOne(Person, "person.json", consumerSource: """
            internal static class Use
            {
                public static string? Read(Consumer.Person p) => p.Legacy;
            }
            """);

        var source = run.Source("Consumer.Person.g.cs");
        source.ShouldContain("/// <summary>A person &amp; their &lt;details&gt;.</summary>");
        source.ShouldContain("/// Line one.\n\t/// Line two with */ and &lt;/summary&gt; in it.");
        source.ShouldContain("[global::System.Obsolete]\n\tpublic string? Legacy");
        // The consumer's own use of the deprecated member is the only warning.
        run.CompilationProblems.ShouldHaveSingleItem().Id.ShouldBe("CS0612");
    }

    [Fact]
    public void A_required_deprecated_property_says_so_in_its_docs_because_CSharp_forbids_Obsolete_on_it()
    {
        var run = GeneratorHarness.RunOne("""
            {"title": "Account", "type": "object", "required": ["old_id"],
             "properties": {"old_id": {"type": "string", "deprecated": true, "description": "The former id."}, "note": {"type": "string", "deprecated": true}}}
            """);

        // Before: CS9042 (a required member may not be [Obsolete]) and the type did not compile.
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        var source = run.Source("Consumer.Account.g.cs");
        source.ShouldContain("/// <remarks>Deprecated: the schema marks this property <c>deprecated</c>. It is required, so it cannot carry [Obsolete].</remarks>");
        source.ShouldNotContain("[global::System.Obsolete]\n\tpublic required string OldId");
        source.ShouldContain("[global::System.Obsolete]\n\tpublic string? Note");
    }

    [Fact]
    public void Types_name_their_schema_file_and_pointer()
    {
        var run = GeneratorHarness.RunOne("""{"title": "Outer", "properties": {"inner": {"type": "object", "properties": {"a": {"type": "string"}}}}}""", "sub/outer.json");

        run.Source("Consumer.Outer.g.cs").ShouldContain("[Schemata::SchemaSource(\"schemas/sub/outer.json\", \"\")]");
        run.Source("Consumer.OuterInner.g.cs").ShouldContain("[Schemata::SchemaSource(\"schemas/sub/outer.json\", \"/properties/inner\")]");
        run.Source("Consumer.Outer.g.cs").ShouldContain("[global::System.CodeDom.Compiler.GeneratedCode(\"Schemata\", ");
    }

    [Theory]
    [InlineData("""{"type": "string"}""", "string")]
    [InlineData("""{"type": "string", "format": "date-time"}""", "global::System.DateTimeOffset")]
    [InlineData("""{"type": "string", "format": "date"}""", "global::System.DateOnly")]
    [InlineData("""{"type": "string", "format": "uuid"}""", "global::System.Guid")]
    [InlineData("""{"type": "string", "format": "uri"}""", "global::System.Uri")]
    [InlineData("""{"type": "string", "format": "email"}""", "string")]
    [InlineData("""{"type": "integer"}""", "long")]
    [InlineData("""{"type": "integer", "format": "int32"}""", "int")]
    [InlineData("""{"type": "integer", "format": "int64"}""", "long")]
    [InlineData("""{"type": "number"}""", "double")]
    [InlineData("""{"type": "number", "format": "double"}""", "double")]
    [InlineData("""{"type": "number", "format": "float"}""", "float")]
    [InlineData("""{"type": "number", "format": "decimal"}""", "decimal")]
    [InlineData("""{"type": "boolean"}""", "bool")]
    [InlineData("""{"type": "array", "items": {"type": "string"}}""", "Schemata::ValueList<string>")]
    [InlineData("""{"type": "array", "items": {"type": ["integer", "null"]}}""", "Schemata::ValueList<long?>")]
    [InlineData("""{"type": "array"}""", "Schemata::ValueList<SchemataJson::JsonElement>")]
    [InlineData("""{"type": "object"}""", "Schemata::ValueMap<SchemataJson::JsonElement>")]
    [InlineData("""{"type": "object", "additionalProperties": true}""", "Schemata::ValueMap<SchemataJson::JsonElement>")]
    [InlineData("""{"type": "object", "additionalProperties": {"type": "integer"}}""", "Schemata::ValueMap<long>")]
    [InlineData("""{}""", "SchemataJson::JsonElement")]
    [InlineData("""true""", "SchemataJson::JsonElement")]
    [InlineData("""{"type": ["integer", "string"]}""", "global::Consumer.HolderValue")]
    [InlineData("""{"prefixItems": [{"type": "integer"}, {"type": "string"}]}""", "global::Consumer.HolderValue")]
    [InlineData("""{"enum": ["a", 1]}""", "global::Consumer.HolderValue")]
    [InlineData("""{"enum": [1.5, 2.5]}""", "global::Consumer.HolderValue")]
    [InlineData("""{"type": "array", "items": {"type": ["integer", "boolean"]}}""", "Schemata::ValueList<global::Consumer.HolderValueItem>")]
    public void Schema_types_map_to_csharp_types(string schema, string expected)
    {
        var run = GeneratorHarness.RunOne($$"""{"title": "Holder", "type": "object", "properties": {"value": {{schema}}}, "required": ["value"]}""");

        run.Source("Consumer.Holder.g.cs").ShouldContain($"public required {expected} Value {{ get; init; }}");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void A_required_property_missing_from_properties_is_an_info()
    {
        const string json = """{"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a", "ghost"]}""";
        var run = GeneratorHarness.RunOne(json);

        var info = run.Diagnostics("SCH008").ShouldHaveSingleItem();
        info.Severity.ShouldBe(DiagnosticSeverity.Info);
        info.GetMessage().ShouldContain("'ghost'");
        info.Location.GetLineSpan().StartLinePosition.Character.ShouldBe(json.IndexOf("\"ghost\"", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_consumer_below_csharp_11_gets_an_error_instead_of_broken_code()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaFile("/project/schemas/a.json", """{"type": "object"}""") },
            version: LanguageVersion.CSharp10);

        run.Diagnostics("SCH011").ShouldHaveSingleItem().GetMessage().ShouldContain("10.0");
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void A_consumer_without_the_runtime_gets_an_error_instead_of_broken_code()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaFile("/project/schemas/a.json", """{"type": "object"}""") }, referenceRuntime: false);

        run.Diagnostics("SCH015").ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Error);
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void A_project_without_schemas_gets_nothing_and_no_diagnostics()
    {
        var run = GeneratorHarness.Run(System.Array.Empty<SchemaFile>(), referenceRuntime: false);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void Internal_accessibility_is_an_option()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaFile("/project/schemas/a.json", """{"type": "object", "properties": {"e": {"enum": ["x"]}}}""") },
            new System.Collections.Generic.Dictionary<string, string> { ["SchemataAccessibility"] = "internal" });

        run.Source("Consumer.A.g.cs").ShouldContain("internal partial record A");
        run.Source("Consumer.AE.g.cs").ShouldContain("internal enum AE");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }
}
