using System;
using System.Collections.Generic;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>What each draft means by its keywords: which ones hold subschemas, and which ones exist at all.</summary>
internal static class Dialects
{
    private static readonly string[] Common =
    {
        "$schema", "$ref", "title", "description", "default", "type", "enum", "multipleOf", "maximum", "minimum",
        "exclusiveMaximum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "items", "additionalItems",
        "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required", "properties",
        "patternProperties", "additionalProperties", "allOf", "anyOf", "oneOf", "not", "format",
    };

    private static readonly HashSet<string> Draft4Keywords = Set(Common, "id", "definitions", "dependencies");

    private static readonly HashSet<string> Draft6Keywords = Set(Common, "$id", "definitions", "dependencies", "const", "contains", "propertyNames", "examples");

    private static readonly HashSet<string> Draft7Keywords = Set(
        Common, "$id", "$comment", "definitions", "dependencies", "const", "contains", "propertyNames", "examples",
        "if", "then", "else", "readOnly", "writeOnly", "contentMediaType", "contentEncoding");

    private static readonly HashSet<string> Draft201909Keywords = Set(
        Common, "$id", "$comment", "$defs", "$anchor", "$recursiveRef", "$recursiveAnchor", "$vocabulary", "const",
        "contains", "minContains", "maxContains", "propertyNames", "examples", "if", "then", "else", "readOnly",
        "writeOnly", "deprecated", "contentMediaType", "contentEncoding", "contentSchema", "dependentRequired",
        "dependentSchemas", "unevaluatedItems", "unevaluatedProperties",
        // Kept for compatibility with draft 7 documents; 2019-09 still reads them.
        "definitions", "dependencies");

    private static readonly HashSet<string> Draft202012Keywords = Set(
        Common, "$id", "$comment", "$defs", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "const",
        "contains", "minContains", "maxContains", "propertyNames", "examples", "if", "then", "else", "readOnly",
        "writeOnly", "deprecated", "contentMediaType", "contentEncoding", "contentSchema", "dependentRequired",
        "dependentSchemas", "unevaluatedItems", "unevaluatedProperties", "prefixItems",
        "definitions", "dependencies");

    /// <summary>OpenAPI 3.0 keywords that schemas cut from OpenAPI documents carry; known, so not reported as unknown.</summary>
    private static readonly HashSet<string> OpenApiKeywords = new(StringComparer.Ordinal)
    {
        "nullable", "discriminator", "example", "xml", "externalDocs",
    };

    public static SchemaDialect? FromUri(string? uri)
    {
        if (uri is null)
        {
            return null;
        }

        var u = uri.Trim().TrimEnd('#');
        if (u.EndsWith("/draft/2020-12/schema", StringComparison.Ordinal))
        {
            return SchemaDialect.Draft202012;
        }

        if (u.EndsWith("/draft/2019-09/schema", StringComparison.Ordinal))
        {
            return SchemaDialect.Draft201909;
        }

        if (u.EndsWith("/draft-07/schema", StringComparison.Ordinal))
        {
            return SchemaDialect.Draft7;
        }

        if (u.EndsWith("/draft-06/schema", StringComparison.Ordinal))
        {
            return SchemaDialect.Draft6;
        }

        if (u.EndsWith("/draft-04/schema", StringComparison.Ordinal) || u.EndsWith("/draft-03/schema", StringComparison.Ordinal))
        {
            return SchemaDialect.Draft4;
        }

        return null;
    }

    public static SchemaDialect? FromOption(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "2020-12" or "draft2020-12" or "draft-2020-12" => SchemaDialect.Draft202012,
        "2019-09" or "draft2019-09" or "draft-2019-09" => SchemaDialect.Draft201909,
        "7" or "draft7" or "draft-07" or "draft-7" => SchemaDialect.Draft7,
        "6" or "draft6" or "draft-06" or "draft-6" => SchemaDialect.Draft6,
        "4" or "draft4" or "draft-04" or "draft-4" => SchemaDialect.Draft4,
        _ => null,
    };

    public static string DisplayName(this SchemaDialect dialect) => dialect switch
    {
        SchemaDialect.Draft4 => "JSON Schema draft 4",
        SchemaDialect.Draft6 => "JSON Schema draft 6",
        SchemaDialect.Draft7 => "JSON Schema draft 7",
        SchemaDialect.Draft201909 => "JSON Schema 2019-09",
        _ => "JSON Schema 2020-12",
    };

    public static bool IsKnownKeyword(this SchemaDialect dialect, string keyword)
        => KeywordsOf(dialect).Contains(keyword) || OpenApiKeywords.Contains(keyword)
            || keyword.StartsWith("x-", StringComparison.Ordinal);

    /// <summary>The keyword that declares a schema's identifier: <c>id</c> in draft 4, <c>$id</c> after.</summary>
    public static string IdKeyword(this SchemaDialect dialect) => dialect == SchemaDialect.Draft4 ? "id" : "$id";

    /// <summary>Before 2019-09, <c>$ref</c> makes every sibling keyword be ignored.</summary>
    public static bool RefOverridesSiblings(this SchemaDialect dialect) => dialect < SchemaDialect.Draft201909;

    /// <summary>Keywords whose value is one subschema.</summary>
    public static bool IsSingleSubschemaKeyword(this SchemaDialect dialect, string keyword) => keyword switch
    {
        "additionalProperties" or "additionalItems" or "not" or "items" => true,
        "contains" or "propertyNames" => dialect >= SchemaDialect.Draft6,
        "if" or "then" or "else" => dialect >= SchemaDialect.Draft7,
        "unevaluatedItems" or "unevaluatedProperties" or "contentSchema" => dialect >= SchemaDialect.Draft201909,
        _ => false,
    };

    /// <summary>Keywords whose value is an array of subschemas.</summary>
    public static bool IsSubschemaArrayKeyword(this SchemaDialect dialect, string keyword) => keyword switch
    {
        "allOf" or "anyOf" or "oneOf" => true,
        "items" => dialect < SchemaDialect.Draft202012,
        "prefixItems" => dialect >= SchemaDialect.Draft202012,
        _ => false,
    };

    /// <summary>Keywords whose value is an object mapping names to subschemas.</summary>
    public static bool IsSubschemaMapKeyword(this SchemaDialect dialect, string keyword) => keyword switch
    {
        "properties" or "patternProperties" => true,
        // Not keywords of 2019-09 and later, but so widely used that their subschemas are still walked.
        "definitions" or "dependencies" => true,
        "$defs" or "dependentSchemas" => dialect >= SchemaDialect.Draft201909,
        _ => false,
    };

    private static HashSet<string> KeywordsOf(SchemaDialect dialect) => dialect switch
    {
        SchemaDialect.Draft4 => Draft4Keywords,
        SchemaDialect.Draft6 => Draft6Keywords,
        SchemaDialect.Draft7 => Draft7Keywords,
        SchemaDialect.Draft201909 => Draft201909Keywords,
        _ => Draft202012Keywords,
    };

    private static HashSet<string> Set(string[] common, params string[] extra)
    {
        var set = new HashSet<string>(common, StringComparer.Ordinal);
        set.UnionWith(extra);
        return set;
    }
}
