using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Typing;

/// <summary>
/// Checks the keywords of every schema in a document: values of the wrong JSON type (reported, then ignored),
/// keywords the draft does not know (reported once per keyword and file), and constructs whose C# type is
/// not modelled yet (reported with what the type falls back to).
/// </summary>
internal static class KeywordChecker
{
    private enum Expect
    {
        String,
        Boolean,
        Number,
        NonNegativeInteger,
        Object,
        Schema,
        SchemaArray,
        StringArray,
        Array,
        Type,
    }

    private static readonly Dictionary<string, Expect> Expectations = new(StringComparer.Ordinal)
    {
        ["$id"] = Expect.String, ["id"] = Expect.String, ["$ref"] = Expect.String, ["$anchor"] = Expect.String,
        ["$dynamicRef"] = Expect.String, ["$dynamicAnchor"] = Expect.String, ["$recursiveRef"] = Expect.String,
        ["$comment"] = Expect.String, ["title"] = Expect.String, ["description"] = Expect.String, ["format"] = Expect.String,
        ["pattern"] = Expect.String, ["contentEncoding"] = Expect.String, ["contentMediaType"] = Expect.String,
        ["deprecated"] = Expect.Boolean, ["readOnly"] = Expect.Boolean, ["writeOnly"] = Expect.Boolean,
        ["uniqueItems"] = Expect.Boolean, ["nullable"] = Expect.Boolean, ["$recursiveAnchor"] = Expect.Boolean,
        ["multipleOf"] = Expect.Number, ["maximum"] = Expect.Number, ["minimum"] = Expect.Number,
        ["maxLength"] = Expect.NonNegativeInteger, ["minLength"] = Expect.NonNegativeInteger,
        ["maxItems"] = Expect.NonNegativeInteger, ["minItems"] = Expect.NonNegativeInteger,
        ["maxProperties"] = Expect.NonNegativeInteger, ["minProperties"] = Expect.NonNegativeInteger,
        ["maxContains"] = Expect.NonNegativeInteger, ["minContains"] = Expect.NonNegativeInteger,
        ["properties"] = Expect.Object, ["patternProperties"] = Expect.Object, ["$defs"] = Expect.Object,
        ["definitions"] = Expect.Object, ["dependentSchemas"] = Expect.Object, ["dependentRequired"] = Expect.Object,
        ["dependencies"] = Expect.Object,
        ["additionalProperties"] = Expect.Schema, ["additionalItems"] = Expect.Schema, ["not"] = Expect.Schema,
        ["if"] = Expect.Schema, ["then"] = Expect.Schema, ["else"] = Expect.Schema, ["contains"] = Expect.Schema,
        ["propertyNames"] = Expect.Schema, ["unevaluatedItems"] = Expect.Schema, ["unevaluatedProperties"] = Expect.Schema,
        ["contentSchema"] = Expect.Schema,
        ["allOf"] = Expect.SchemaArray, ["anyOf"] = Expect.SchemaArray, ["oneOf"] = Expect.SchemaArray,
        ["prefixItems"] = Expect.SchemaArray,
        ["required"] = Expect.StringArray, ["enum"] = Expect.Array, ["examples"] = Expect.Array,
        ["type"] = Expect.Type,
    };

    /// <param name="typedAllOfs">Pointers of schemas whose <c>allOf</c> the graph typed as records or reported on (SCH018): not unsupported.</param>
    public static void Check(SchemaDocument document, List<DiagnosticInfo> diagnostics, IEnumerable<string>? typedAllOfs = null)
    {
        var reportedUnknown = new HashSet<string>(StringComparer.Ordinal);
        var composed = new HashSet<string>(typedAllOfs ?? Array.Empty<string>(), StringComparer.Ordinal);
        foreach (var visit in SchemaWalker.Walk(document))
        {
            var node = visit.Node;
            if (!node.IsObject)
            {
                continue;
            }

            foreach (var member in node.Members)
            {
                var keyword = member.Name;
                if (!visit.Dialect.IsKnownKeyword(keyword))
                {
                    if (reportedUnknown.Add(keyword))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKeyword, document.Path, member.NameSpan, keyword, visit.Dialect.DisplayName()));
                    }

                    continue;
                }

                if (Expectations.TryGetValue(keyword, out var expect) && Describe(expect, member.Value, visit.Dialect, keyword) is { } wanted)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongKeywordType, document.Path, member.Value.Span, keyword, wanted));
                }
            }

            ReportUnsupported(document, visit, composed.Contains(visit.Pointer), diagnostics);
        }
    }

    /// <summary>Null when <paramref name="value"/> fits; otherwise what the keyword wants, for the message.</summary>
    private static string? Describe(Expect expect, JsonNode value, SchemaDialect dialect, string keyword)
    {
        switch (expect)
        {
            case Expect.String:
                return value.IsString ? null : "a string";
            case Expect.Boolean:
                return value.IsBoolean ? null : "true or false";
            case Expect.Number:
                return value.IsNumber ? null : "a number";
            case Expect.NonNegativeInteger:
                return value.IsNumber && Helpers.JsonNumber.IsInteger(value.Text!) && !value.Text!.StartsWith("-", StringComparison.Ordinal) ? null : "a non-negative integer";
            case Expect.Object:
                return value.IsObject ? null : "an object";
            case Expect.Schema:
                return value.IsObject || value.IsBoolean ? null : "a schema (an object or a boolean)";
            case Expect.SchemaArray:
                if (!value.IsArray || value.Items.Count == 0)
                {
                    return "a non-empty array of schemas";
                }

                foreach (var item in value.Items)
                {
                    if (!item.IsObject && !item.IsBoolean)
                    {
                        return "a non-empty array of schemas";
                    }
                }

                return null;
            case Expect.StringArray:
                if (!value.IsArray)
                {
                    return "an array of property names";
                }

                foreach (var item in value.Items)
                {
                    if (!item.IsString)
                    {
                        return "an array of property names";
                    }
                }

                return null;
            case Expect.Array:
                return value.IsArray ? null : "an array";
            case Expect.Type:
                if (value.IsString && Array.IndexOf(SchemaKeywords.JsonTypes, value.Text) >= 0)
                {
                    return null;
                }

                if (value.IsArray && value.Items.Count > 0)
                {
                    var ok = true;
                    foreach (var item in value.Items)
                    {
                        ok &= item.IsString && Array.IndexOf(SchemaKeywords.JsonTypes, item.Text) >= 0;
                    }

                    if (ok)
                    {
                        return null;
                    }
                }

                return "one of " + string.Join(", ", SchemaKeywords.JsonTypes) + ", or an array of them";
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether the C# type follows the keyword: a union, a nullable single branch, an allOf of one typed branch, or
    /// branches that only add constraints (which validation checks and no type needs to show).
    /// </summary>
    private static bool IsModelled(JsonNode node, string keyword, JsonNode branches, string? unionKeyword)
    {
        var typed = false;
        foreach (var branch in branches.Items)
        {
            typed |= UnionKeywords.IsTypedBranch(branch);
        }

        if (!typed)
        {
            return true;
        }

        if (keyword == unionKeyword)
        {
            return TypeClassifier.IsUnion(node) || (UnionKeywords.SingleBranch(node) >= 0 && SchemaKeywords.DeclaredTypes(node) is null);
        }

        if (keyword == "allOf")
        {
            var count = 0;
            foreach (var branch in branches.Items)
            {
                count += UnionKeywords.IsTypedBranch(branch) ? 1 : 0;
            }

            return count == 1 && unionKeyword is null && !SchemaKeywords.HasProperties(node) && SchemaKeywords.DeclaredTypes(node) is null;
        }

        return false;
    }

    private static void ReportUnsupported(SchemaDocument document, SchemaVisit visit, bool allOfTyped, List<DiagnosticInfo> diagnostics)
    {
        var node = visit.Node;
        var where = document.DisplayPath + "#" + visit.Pointer;
        var union = UnionKeywords.Of(node);
        foreach (var keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (node.TryGetMember(keyword, out var member) && member.Value.IsArray && !(keyword == "allOf" && allOfTyped) && !IsModelled(node, keyword, member.Value, union?.Keyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedFeature, document.Path, member.NameSpan,
                    $"'{keyword}' as a C# type (at {where})",
                    SchemaKeywords.DeclaredTypes(node) is null && !SchemaKeywords.IsObjectLike(node)
                        ? "the schema is typed as JsonElement"
                        : "the C# type comes from the schema's other keywords only"));
            }
        }

        // A value of several types is a union of them; only an object case with properties of its own has no record.
        if (TypeClassifier.IsMultiType(node) && SchemaKeywords.NonNullTypes(node).Contains("object")
            && (SchemaKeywords.HasProperties(node) || SchemaKeywords.HasPatternProperties(node)))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnsupportedFeature, document.Path, node["type"]!.Span,
                $"The properties of a value of several types (at {where})", "its object case is a dictionary of JsonElement values"));
        }

        // A tuple is a positional record, unless the schema is more than an array (several types, a $ref beside it).
        if (SchemaKeywords.TupleItems(node, visit.Dialect) is { } tuple && !TypeClassifier.IsTuple(node, visit.Dialect)
            && SchemaKeywords.NonNullTypes(node).Contains("array") && !SchemaKeywords.HasRef(node))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnsupportedFeature, document.Path, tuple.Span,
                $"A tuple in a value of several types (at {where})", "its elements are typed as JsonElement"));
        }
    }
}
