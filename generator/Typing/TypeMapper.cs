using System;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;

namespace Schemata.Generator.Typing;

/// <summary>
/// Maps a schema to the C# type that holds its instances. The rules are the README's mapping table:
/// generated records and enums for schemas that have a type of their own (<see cref="GeneratedType"/>), primitives by
/// <c>type</c> and <c>format</c>, <c>IReadOnlyList</c> for arrays, <c>IReadOnlyDictionary</c> for free-form
/// objects, and <c>JsonElement</c> for anything that has no single C# type yet.
/// </summary>
internal sealed class TypeMapper
{
    private readonly Func<SchemaLocation, TypeRef?> _siteType;
    private readonly Func<SchemaLocation, TypeRef> _referenceType;
    private readonly bool _hasDateOnly;

    /// <param name="siteType">The generated type at a location, if the location has one.</param>
    /// <param name="referenceType">The type a <c>$ref</c> at a location leads to.</param>
    public TypeMapper(Func<SchemaLocation, TypeRef?> siteType, Func<SchemaLocation, TypeRef> referenceType, bool hasDateOnly)
    {
        _siteType = siteType;
        _referenceType = referenceType;
        _hasDateOnly = hasDateOnly;
    }

    public TypeRef Map(JsonNode schema, SchemaLocation location, SchemaDialect dialect)
    {
        if (_siteType(location) is { } site)
        {
            return site.WithNullable(SchemaKeywords.AllowsNull(schema));
        }

        if (!schema.IsObject)
        {
            return TypeRef.Any;
        }

        var nullable = SchemaKeywords.AllowsNull(schema);
        if (SchemaKeywords.HasRef(schema))
        {
            var target = _referenceType(location);
            return target.WithNullable(target.Nullable || nullable);
        }

        var types = SchemaKeywords.DeclaredTypes(schema);
        if (types is null && Branch(schema) is { } branch)
        {
            // anyOf: [{$ref}, {type: null}], or allOf: [{$ref}] beside a description: the one branch's type.
            var inner = Map(branch.Node, new SchemaLocation(location.DocumentPath, JsonPointer.Append(JsonPointer.Append(location.Pointer, branch.Keyword), branch.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))), dialect);
            return inner.Kind == TypeKind.Any ? inner : inner.WithNullable(inner.Nullable || nullable);
        }

        string? single = null;
        if (types is null)
        {
            single = Infer(schema);
        }
        else
        {
            foreach (var t in types)
            {
                if (t == "null")
                {
                    continue;
                }

                if (single is not null)
                {
                    // Several non-null types ("integer or string"): no single C# type yet.
                    return TypeRef.Any;
                }

                single = t;
            }
        }

        var result = MapType(single, schema, location, dialect);
        return result.Kind == TypeKind.Any ? result : result.WithNullable(nullable);
    }

    /// <summary>
    /// The C# type of the values of one JSON type under <paramref name="schema"/>: a case of a value of several types
    /// (<c>type: ["integer", "string"]</c>), where the schema's generated type is the union itself. Never nullable.
    /// </summary>
    public TypeRef MapAs(JsonNode schema, SchemaLocation location, SchemaDialect dialect, string jsonType)
    {
        if (jsonType == "object" && (SchemaKeywords.HasProperties(schema) || SchemaKeywords.HasPatternProperties(schema)))
        {
            // The union is the schema's type: declared properties have no record of their own here (SCH012).
            return TypeRef.MapOf(TypeRef.Any);
        }

        return MapType(jsonType, schema, location, dialect);
    }

    private TypeRef MapType(string? single, JsonNode schema, SchemaLocation location, SchemaDialect dialect)
    {
        var format = schema.GetString("format");
        return single switch
        {
            "string" => schema.GetString("contentEncoding") is "base64" ? TypeRef.Bytes : MapString(format),
            "integer" => format == "int32" ? TypeRef.Int32 : TypeRef.Int64,
            "number" => format switch
            {
                "float" => TypeRef.Single,
                "decimal" => TypeRef.Decimal,
                "int32" => TypeRef.Int32,
                "int64" => TypeRef.Int64,
                _ => TypeRef.Double,
            },
            "boolean" => TypeRef.Boolean,
            "array" => TypeRef.ListOf(MapItems(schema, location, dialect)),
            "object" => TypeRef.MapOf(MapAdditional(schema, location, dialect)),
            _ => TypeRef.Any,
        };
    }

    /// <summary>
    /// The branch that alone says what a schema's values are: the only non-null branch of a <c>oneOf</c>/<c>anyOf</c>,
    /// or the only typed branch of an <c>allOf</c> when the schema declares nothing else (no properties, no type).
    /// </summary>
    private static (JsonNode Node, string Keyword, int Index)? Branch(JsonNode schema)
    {
        var single = UnionKeywords.SingleBranch(schema);
        if (single >= 0)
        {
            var (keyword, branches) = UnionKeywords.Of(schema)!.Value;
            return (branches[single], keyword, single);
        }

        if (schema["allOf"] is { IsArray: true } allOf && !SchemaKeywords.HasProperties(schema) && UnionKeywords.Of(schema) is null)
        {
            var found = -1;
            for (var i = 0; i < allOf.Items.Count; i++)
            {
                if (UnionKeywords.IsTypedBranch(allOf.Items[i]))
                {
                    if (found >= 0)
                    {
                        return null;
                    }

                    found = i;
                }
            }

            if (found >= 0)
            {
                return (allOf.Items[found], "allOf", found);
            }
        }

        return null;
    }

    private TypeRef MapString(string? format) => format switch
    {
        "date-time" => TypeRef.DateTimeOffset,
        "date" => _hasDateOnly ? TypeRef.DateOnly : TypeRef.String,
        "uuid" => TypeRef.Guid,
        "uri" => TypeRef.Uri,
        // OpenAPI's base64 formats.
        "byte" or "binary" => TypeRef.Bytes,
        _ => TypeRef.String,
    };

    private TypeRef MapItems(JsonNode schema, SchemaLocation location, SchemaDialect dialect)
    {
        // Tuples (prefixItems, or array-form items before 2020-12) have no single element type: their elements stay JsonElement.
        if (dialect >= SchemaDialect.Draft202012 && schema["prefixItems"] is not null)
        {
            return TypeRef.Any;
        }

        var items = schema["items"];
        if (items is null || items.IsArray || !(items.IsObject || items.IsBoolean))
        {
            return TypeRef.Any;
        }

        return Map(items, new SchemaLocation(location.DocumentPath, JsonPointer.Append(location.Pointer, "items")), dialect);
    }

    private TypeRef MapAdditional(JsonNode schema, SchemaLocation location, SchemaDialect dialect)
    {
        var additional = schema["additionalProperties"];
        if (additional is { IsObject: true } && additional.Members.Count > 0)
        {
            return Map(additional, new SchemaLocation(location.DocumentPath, JsonPointer.Append(location.Pointer, "additionalProperties")), dialect);
        }

        return TypeRef.Any;
    }

    /// <summary>
    /// The JSON type a schema without <c>type</c> is about, judged by its keywords; null when it could be anything.
    /// Strictly, only <c>type</c> constrains the type, but schemas cut from OpenAPI often leave out <c>type: object</c>
    /// beside <c>properties</c>, and their users expect a record there.
    /// </summary>
    private static string? Infer(JsonNode schema)
    {
        if (TypeClassifier.IsStringEnum(schema))
        {
            return "string";
        }

        if (TypeClassifier.IsIntegerEnum(schema))
        {
            return "integer";
        }

        // A const alone fixes the type.
        if (schema["const"] is { } constant)
        {
            return constant.Kind switch
            {
                JsonNodeKind.String => "string",
                JsonNodeKind.True or JsonNodeKind.False => "boolean",
                JsonNodeKind.Number => Helpers.JsonNumber.IsInteger(constant.Text!) ? "integer" : "number",
                _ => null,
            };
        }

        return SchemaKeywords.IsObjectLike(schema) ? "object" : null;
    }
}
