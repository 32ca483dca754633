using System.Linq;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Naming;

public class TypeNamingTests
{
    [Fact]
    public void Roots_use_the_title_then_the_file_name()
    {
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaFile("/project/schemas/a.json", """{"title": "Purchase Order", "type": "object"}"""),
            new SchemaFile("/project/schemas/kebab-file.schema.json", """{"type": "object"}"""),
        });

        run.TypeHintNames.ShouldBe(new[] { "Consumer.KebabFile.g.cs", "Consumer.PurchaseOrder.g.cs" }, ignoreOrder: true);
        run.CompilationProblems.ShouldBeEmpty();
    }

    [Fact]
    public void Item_metadata_overrides_the_type_name_and_namespace()
    {
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaFile("/project/schemas/a.json", """{"title": "Ignored", "type": "object"}""",
                new System.Collections.Generic.Dictionary<string, string> { ["SchemataTypeName"] = "Invoice", ["SchemataNamespace"] = "Billing.Models" }),
        }, new System.Collections.Generic.Dictionary<string, string> { ["SchemataNamespace"] = "Project.Wide" });

        run.TypeHintNames.ShouldHaveSingleItem().ShouldBe("Billing.Models.Invoice.g.cs");
        run.CompilationProblems.ShouldBeEmpty();
    }

    [Fact]
    public void The_project_namespace_option_beats_the_root_namespace()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaFile("/project/schemas/a.json", """{"type": "object"}""") },
            new System.Collections.Generic.Dictionary<string, string> { ["SchemataNamespace"] = "Project.Wide" });

        run.TypeHintNames.ShouldHaveSingleItem().ShouldBe("Project.Wide.A.g.cs");
    }

    [Fact]
    public void Inline_types_are_named_from_their_position()
    {
        var run = GeneratorHarness.RunOne("""
            {
              "title": "Order",
              "type": "object",
              "properties": {
                "shipping_address": { "type": "object", "properties": { "street": { "type": "string" } } },
                "line_items": { "type": "array", "items": { "type": "object", "properties": { "sku": { "type": "string" } } } },
                "status": { "type": "string", "enum": ["open", "closed"] },
                "extras": { "type": "object", "additionalProperties": { "type": "object", "properties": { "x": { "type": "string" } } } }
              }
            }
            """);

        run.TypeHintNames.ShouldBe(
            new[] { "Consumer.Order.g.cs", "Consumer.OrderShippingAddress.g.cs", "Consumer.OrderLineItem.g.cs", "Consumer.OrderStatus.g.cs", "Consumer.OrderExtrasValue.g.cs" },
            ignoreOrder: true);
        run.Source("Consumer.Order.g.cs").ShouldContain("Schemata::ValueList<global::Consumer.OrderLineItem>? LineItems");
        run.CompilationProblems.ShouldBeEmpty();
    }

    [Fact]
    public void Colliding_type_names_are_numbered_with_an_info()
    {
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaFile("/project/schemas/a.json", """{"title": "Thing", "type": "object"}"""),
            new SchemaFile("/project/schemas/b.json", """{"title": "thing", "type": "object"}"""),
        });

        run.TypeHintNames.ShouldBe(new[] { "Consumer.Thing.g.cs", "Consumer.Thing2.g.cs" }, ignoreOrder: true);
        var info = run.Diagnostics("SCH009").ShouldHaveSingleItem();
        info.Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
        info.Location.GetLineSpan().Path.ShouldBe("/project/schemas/b.json");
        info.GetMessage().ShouldContain("'Thing2'");
    }

    [Fact]
    public void Names_do_not_depend_on_the_order_of_the_files()
    {
        var a = new SchemaFile("/project/schemas/a.json", """{"title": "Thing", "type": "object"}""");
        var b = new SchemaFile("/project/schemas/b.json", """{"title": "Thing", "type": "object", "properties": {"b": {"type": "string"}}}""");

        var forward = GeneratorHarness.Run(new[] { a, b });
        var backward = GeneratorHarness.Run(new[] { b, a });

        backward.Source("Consumer.Thing2.g.cs").ShouldBe(forward.Source("Consumer.Thing2.g.cs"));
        forward.Source("Consumer.Thing2.g.cs").ShouldContain("schemas/b.json");
    }

    [Fact]
    public void Property_names_are_valid_unique_and_keep_their_wire_names()
    {
        var run = GeneratorHarness.Run(new[] { SchemaFile.FromDisk(System.IO.Path.Combine(RepositoryPaths.Schemas, "examples", "naming.json")) });

        var source = run.Sources.Single(s => s.HintName == "Consumer.Naming.g.cs").SourceText.ToString();
        // The wire names are the converter's name table; the reader's case for each sets the property of that index.
        var names = source.Split('\n').Single(l => l.Contains("JsonNames { get; } = new(", System.StringComparison.Ordinal));
        foreach (var (wire, property) in new[] { ("+1", "long? Plus1"), ("-1", "long? Minus1"), ("$ref", "string? Ref2"), ("fooBar", "string? FooBar2") })
        {
            source.ShouldContain("public " + property + " {");
            var index = names.Substring(names.IndexOf("new(", System.StringComparison.Ordinal) + 4).TrimEnd(')', ';').Split(", ").ToList().IndexOf("\"" + wire + "\"");
            index.ShouldBeGreaterThanOrEqualTo(0, wire);
            source.ShouldContain($"{property.Split(' ')[1]} = v{index}");
        }

        source.ShouldContain("public string? NamingValue");
        source.ShouldContain("public string? EqualsValue");
        source.ShouldContain("public bool? _2faEnabled");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    public void Enum_members_keep_their_exact_wire_values()
    {
        var run = GeneratorHarness.Run(new[] { SchemaFile.FromDisk(System.IO.Path.Combine(RepositoryPaths.Schemas, "examples", "naming.json")) });

        var source = run.Source("Consumer.Reaction.g.cs");
        // Members are numbered in schema order, and the table lists the wire values in the same order.
        var members = source.Split('\n').Where(l => l.StartsWith('\t') && l.EndsWith(',')).Select(l => l.Trim().TrimEnd(',')).ToList();
        var table = source.Split('\n').Single(l => l.Contains("StringEnumTable Table = new(", System.StringComparison.Ordinal));
        var values = table.Substring(table.IndexOf(", false, ", System.StringComparison.Ordinal) + 9).TrimEnd(')', ';').Split(", ").ToList();
        foreach (var (wire, member) in new[] { ("+1", "Plus1"), ("-1", "Minus1"), ("won't fix", "WontFix"), ("", "Empty"), ("1st", "_1st") })
        {
            members.IndexOf(member).ShouldBe(values.IndexOf("\"" + wire + "\""), wire);
        }

        run.Source("Consumer.Locale.g.cs").ShouldContain("\tZhHans,");
        run.Source("Consumer.Locale.g.cs").ShouldContain("\"zh-Hans\"");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }
}
