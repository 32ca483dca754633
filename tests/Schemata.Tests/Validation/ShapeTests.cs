using System;
using System.Linq;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Validation;

/// <summary>
/// The runtime's validation shapes used directly, as generated code builds them: the fast paths (names looked up by
/// raw bytes in the schema's order, type-only entries, inert entries, required names as one word) must decide, and
/// report, exactly as the general paths do, escapes and evaluated sets included.
/// </summary>
public class ShapeTests
{
    private static readonly SchemaSite Site = new("schemas/test.json", "");

    private static SchemaValidationResult Run(string json, SchemaMethod method)
    {
        using var document = JsonDocument.Parse(json);
        return SchemaValidationContext.Run(document.RootElement, (i, c) => method(i, c, -1, -1), null);
    }

    private static string[] Errors(SchemaValidationResult result)
        => result.Errors.Select(e => $"{e.InstanceLocation}|{e.Keyword}|{e.KeywordLocation}|{e.SchemaPointer}|{e.Message}").ToArray();

    [Fact]
    public void Names_are_found_in_any_order_escaped_or_not()
    {
        var names = new PropertyNameTable("a", "bb", "cc", "dé", "a/b~c");
        using var document = JsonDocument.Parse("""{"cc": 1, "a": 2, "d\u00e9": 3, "\u0061": 4, "bb": 5, "zz": 6, "a/b~c": 7, "dé": 8, "b\u0062": 9}""");
        var found = document.RootElement.EnumerateObject().Select(p => names.IndexOf(p)).ToArray();
        found.ShouldBe(new[] { 2, 0, 3, 0, 1, -1, 4, 3, 1 });
        names.IndexOf("dé").ShouldBe(3);
        names.IndexOf("nope").ShouldBe(-1);
        names.IndexOf(""u8).ShouldBe(-1);
    }

    [Fact]
    public void A_name_declared_twice_is_found_at_its_first_index_whatever_is_expected()
    {
        var names = new PropertyNameTable("a", "b", "a");
        using var document = JsonDocument.Parse("""{"b": 1, "a": 2}""");
        document.RootElement.EnumerateObject().Select(p => names.IndexOf(p)).ToArray().ShouldBe(new[] { 1, 0 });
        names.IndexOf("a"u8).ShouldBe(0);

        // After "b" the expected name is the second "a": the first still wins, so only its check applies.
        var shape = new ObjectShape(Site, 4, names, new[] { 32, 0, 64 });
        Run("""{"b": 1, "a": "s"}""", shape.Evaluate).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_declared_name_with_a_backslash_is_not_matched_by_raw_escaped_text()
    {
        // The raw text a\b (an escaped backspace) spells the declared name "a\b" byte for byte but means another name.
        var names = new PropertyNameTable("a\\b", "x");
        using var document = JsonDocument.Parse("""{"a\b": 1, "a\\b": 2, "x": 3}""");
        document.RootElement.EnumerateObject().Select(p => names.IndexOf(p)).ToArray().ShouldBe(new[] { -1, 0, 1 });

        var shape = new ObjectShape(Site, 4, names, new[] { ObjectShape.Required | 32, 0 });
        Run("""{"a\b": "s"}""", shape.Evaluate).Errors.Single().Message.ShouldBe("the required property \"a\\b\" is missing");
        Run("""{"a\\b": "s"}""", shape.Evaluate).IsValid.ShouldBeTrue();
        Errors(Run("""{"a\\b": 1}""", shape.Evaluate)).ShouldBe(new[] { "/a\\b|type|/properties/a\\b/type|/properties/a\\b/type|must be a string, not integer" });
    }

    [Fact]
    public void Type_only_entries_report_their_location_and_required_names_their_absence()
    {
        var shape = new ObjectShape(Site, 4, new PropertyNameTable("id", "count", "tags", "on"), new[] { ObjectShape.Required | 32, 64 | 256, 8, ObjectShape.Required | 2 });
        Run("""{"on": true, "count": null, "id": "x", "other": {}}""", shape.Evaluate).IsValid.ShouldBeTrue();
        Run("""{"count": 2.0, "id": "x", "on": false}""", shape.Evaluate).IsValid.ShouldBeTrue();
        Errors(Run("""{"count": 2.5, "tags": {}, "a~b/c": 1, "id": 7}""", shape.Evaluate)).ShouldBe(new[]
        {
            "/count|type|/properties/count/type|/properties/count/type|must be an integer, not number",
            "/tags|type|/properties/tags/type|/properties/tags/type|must be an array, not object",
            "/id|type|/properties/id/type|/properties/id/type|must be a string, not integer",
            "|required|/required|/required|the required property \"on\" is missing",
        });
        Errors(Run("[]", shape.Evaluate)).ShouldBe(new[] { "|type|/type|/type|must be an object, not array" });
    }

    [Fact]
    public void Escaped_and_pointer_characters_in_names_are_written_in_instance_locations()
    {
        var shape = new ObjectShape(Site, 4, new PropertyNameTable(), new[] { 32 });
        Errors(Run("""{"a/b": 1, "t~x": 2, "\u00e9\n": 3, "ok": "s", "日本": 4}""", shape.Evaluate)).ShouldBe(new[]
        {
            "/a~1b|type|/additionalProperties/type|/additionalProperties/type|must be a string, not integer",
            "/t~0x|type|/additionalProperties/type|/additionalProperties/type|must be a string, not integer",
            "/é\n|type|/additionalProperties/type|/additionalProperties/type|must be a string, not integer",
            "/日本|type|/additionalProperties/type|/additionalProperties/type|must be a string, not integer",
        });
    }

    [Fact]
    public void More_than_64_names_keep_their_required_checks()
    {
        var names = Enumerable.Range(0, 70).Select(i => "p" + i).ToArray();
        var flags = names.Select((_, i) => i is 3 or 66 or 69 ? ObjectShape.Required | 32 : 32).ToArray();
        var shape = new ObjectShape(Site, 4, new PropertyNameTable(names), flags);
        Run("""{"p69": "a", "p3": "b", "p66": "c"}""", shape.Evaluate).IsValid.ShouldBeTrue();
        Errors(Run("""{"p3": "b", "p1": 1}""", shape.Evaluate)).ShouldBe(new[]
        {
            "/p1|type|/properties/p1/type|/properties/p1/type|must be a string, not integer",
            "|required|/required|/required|the required property \"p66\" is missing",
            "|required|/required|/required|the required property \"p69\" is missing",
        });
    }

    [Fact]
    public void Inert_entries_and_shapes_still_mark_what_they_evaluate()
    {
        // properties: {a: {}}, additionalProperties: {} — nothing to check, everything evaluated.
        var inert = new ObjectShape(Site, 0, new PropertyNameTable("a"), new[] { 0, 0 });
        var empty = new ObjectShape(Site, 4, new PropertyNameTable(), new[] { 0 });
        var none = new ObjectShape(Site, 0, new PropertyNameTable(), Array.Empty<int>());
        var declaredOnly = new ObjectShape(Site, 0, new PropertyNameTable("b"), new[] { 0 });
        foreach (var (shape, expected) in new[] { (inert, "111"), (empty, "111"), (none, "000"), (declaredOnly, "010") })
        {
            string? marks = null;
            Run("""{"a": 1, "b": [], "c": {}}""", (i, c, p, q) =>
            {
                var top = c.BitsTop;
                var set = c.RentProperties(i);
                var valid = shape.Evaluate(i, c, set, -1);
                marks = string.Concat(Enumerable.Range(0, 3).Select(k => c.IsMarked(set, k) ? "1" : "0"));
                c.BitsTop = top;
                return valid;
            }).IsValid.ShouldBeTrue();
            marks.ShouldBe(expected);
        }

        Errors(Run("3", empty.Evaluate)).ShouldBe(new[] { "|type|/type|/type|must be an object, not integer" });
    }

    [Fact]
    public void Items_are_checked_by_type_by_method_or_not_at_all()
    {
        var strings = new ArrayShape(Site, 8, "items", 32);
        Run("""["a", "b"]""", strings.Evaluate).IsValid.ShouldBeTrue();
        Errors(Run("""["a", 2, null]""", strings.Evaluate)).ShouldBe(new[]
        {
            "/1|type|/items/type|/items/type|must be a string, not integer",
            "/2|type|/items/type|/items/type|must be a string, not null",
        });

        var anything = new ArrayShape(Site, 8, "items", 0);
        string? marks = null;
        Run("""[1, "x", {}]""", (i, c, p, q) =>
        {
            var set = c.RentItems(i);
            var valid = anything.Evaluate(i, c, -1, set);
            marks = string.Concat(Enumerable.Range(0, 3).Select(k => c.IsMarked(set, k) ? "1" : "0"));
            return valid;
        }).IsValid.ShouldBeTrue();
        marks.ShouldBe("111");
        Errors(Run("{}", anything.Evaluate)).ShouldBe(new[] { "|type|/type|/type|must be an array, not object" });

        var nothing = new ArrayShape(Site, 0, "additionalItems", ObjectShape.NotAllowed);
        Run("[]", nothing.Evaluate).IsValid.ShouldBeTrue();
        Errors(Run("[1]", nothing.Evaluate)).ShouldBe(new[] { "/0|additionalItems|/additionalItems|/additionalItems|the item 0 is not allowed (additionalItems is false there)" });
    }

    [Fact]
    public void String_sets_compare_unescaped_values()
    {
        var set = new StringValueSet("magic_link", "otp", "oauth", "a\\b", "é", "\"q\"", "");
        bool Contains(string json)
        {
            using var document = JsonDocument.Parse(json);
            return set.Contains(document.RootElement);
        }

        Contains("\"otp\"").ShouldBeTrue();
        Contains("\"oauth\"").ShouldBeTrue();
        Contains("\"o\\u0061uth\"").ShouldBeTrue();
        Contains("\"\\u00e9\"").ShouldBeTrue();
        Contains("\"é\"").ShouldBeTrue();
        Contains("\"\"").ShouldBeTrue();
        Contains("\"a\\\\b\"").ShouldBeTrue();
        Contains("\"a\\b\"").ShouldBeFalse();
        Contains("\"\\\"q\\\"\"").ShouldBeTrue();
        Contains("\"oauth2\"").ShouldBeFalse();
        Contains("\"magic_lin\"").ShouldBeFalse();
        Contains("1").ShouldBeFalse();
        Contains("null").ShouldBeFalse();
    }
}
