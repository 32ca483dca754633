using System;
using System.Collections.Generic;
using Schemata.Generator.Model;

namespace Schemata.Generator.Typing;

/// <summary>Plain facts about one schema object, read from its keywords (no reference is followed).</summary>
internal static class SchemaKeywords
{
    public static readonly string[] JsonTypes = { "array", "boolean", "integer", "null", "number", "object", "string" };

    /// <summary>The types named by <c>type</c>, or null when the keyword is absent (or unusable).</summary>
    public static HashSet<string>? DeclaredTypes(JsonNode schema)
    {
        var type = schema.IsObject ? schema["type"] : null;
        if (type is null)
        {
            return null;
        }

        if (type.IsString && Array.IndexOf(JsonTypes, type.Text) >= 0)
        {
            return new HashSet<string>(StringComparer.Ordinal) { type.Text! };
        }

        if (type.IsArray)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in type.Items)
            {
                if (item.IsString && Array.IndexOf(JsonTypes, item.Text) >= 0)
                {
                    set.Add(item.Text!);
                }
            }

            return set.Count > 0 ? set : null;
        }

        return null;
    }

    /// <summary>
    /// True when the schema admits JSON null by any of the spellings real schemas use: <c>type: [T, "null"]</c>,
    /// OpenAPI's <c>nullable: true</c>, <c>x-nullable: true</c>, an <c>enum</c> listing null, or a
    /// <c>oneOf</c>/<c>anyOf</c> branch that admits null.
    /// </summary>
    public static bool AllowsNull(JsonNode schema)
    {
        if (!schema.IsObject)
        {
            return schema.Kind == JsonNodeKind.True;
        }

        if (schema.GetBoolean("nullable") || schema.GetBoolean("x-nullable"))
        {
            return true;
        }

        if (DeclaredTypes(schema) is { } types && types.Contains("null"))
        {
            return true;
        }

        if (schema["enum"] is { IsArray: true } values)
        {
            foreach (var value in values.Items)
            {
                if (value.Kind == JsonNodeKind.Null)
                {
                    return true;
                }
            }
        }

        // oneOf/anyOf with a null branch (or an inline branch that admits null).
        return UnionKeywords.AnyBranchAllowsNull(schema);
    }

    public static bool HasRef(JsonNode schema) => schema.IsObject && schema["$ref"] is { IsString: true };

    /// <summary>An object schema: <c>type: object</c>, or no type but object keywords.</summary>
    public static bool IsObjectLike(JsonNode schema)
    {
        if (!schema.IsObject)
        {
            return false;
        }

        var types = DeclaredTypes(schema);
        if (types is not null)
        {
            return types.Contains("object") && (types.Count == 1 || (types.Count == 2 && types.Contains("null")));
        }

        return schema["properties"] is { IsObject: true } || schema["additionalProperties"] is { IsObject: true }
            || schema["patternProperties"] is { IsObject: true } || schema["required"] is { IsArray: true };
    }

    public static bool HasProperties(JsonNode schema) => schema["properties"] is { IsObject: true } p && p.Members.Count > 0;

    /// <summary>
    /// The non-null types of <c>type</c>, in the schema's order except that <c>integer</c> comes before
    /// <c>number</c> (every integer is a number: the narrower case must be tried first). Empty without <c>type</c>.
    /// </summary>
    public static List<string> NonNullTypes(JsonNode schema)
    {
        var result = new List<string>();
        if (!schema.IsObject || schema["type"] is not { } type)
        {
            return result;
        }

        foreach (var item in type.IsArray ? type.Items : new Helpers.EquatableArray<JsonNode>(new[] { type }))
        {
            if (item.IsString && item.Text != "null" && Array.IndexOf(JsonTypes, item.Text) >= 0 && !result.Contains(item.Text!))
            {
                result.Add(item.Text!);
            }
        }

        var integer = result.IndexOf("integer");
        var number = result.IndexOf("number");
        if (integer > number && number >= 0)
        {
            result.RemoveAt(integer);
            result.Insert(number, "integer");
        }

        return result;
    }

    /// <summary>The declared elements of a tuple (<c>prefixItems</c>, or array-form <c>items</c> before 2020-12); null when there are none.</summary>
    public static JsonNode? TupleItems(JsonNode schema, SchemaDialect dialect)
    {
        var items = dialect >= SchemaDialect.Draft202012 ? schema["prefixItems"] : schema["items"];
        if (items is not { IsArray: true } || items.Items.Count == 0)
        {
            return null;
        }

        foreach (var item in items.Items)
        {
            if (!item.IsObject && !item.IsBoolean)
            {
                return null;
            }
        }

        return items;
    }

    /// <summary>
    /// Keys typed by name patterns: a record keeps them in dictionaries of their own (a plain dictionary would read
    /// them with the <c>additionalProperties</c> type, which does not apply to them).
    /// </summary>
    public static bool HasPatternProperties(JsonNode schema) => schema["patternProperties"] is { IsObject: true } p && p.Members.Count > 0;

    public static string? Description(JsonNode schema) => schema.IsObject ? schema.GetString("description") : null;

    public static string? Title(JsonNode schema) => schema.IsObject ? schema.GetString("title") : null;
}
