using Schemata.Generator.Model;
using Schemata.Generator.Typing.AllOf;

namespace Schemata.Generator.Typing;

/// <summary>
/// Decides which kind of generated type a schema gets, the one place that does: an enum, a mixed enum, a union, a
/// tuple, a record, or none (its values are then a primitive, a list, a dictionary, or what a reference leads to: see
/// <see cref="TypeMapper"/>). Read from one schema object; no reference is followed.
/// </summary>
internal static class TypeClassifier
{
    /// <summary>The kind of generated type <paramref name="schema"/> gets, or null when it gets none.</summary>
    /// <param name="named">Named by its place (a root, a <c>$defs</c> entry, a resource): an object schema there is a record even without properties.</param>
    /// <param name="mergedBranch">An inline object branch of a composed record's <c>allOf</c>: its properties are the record's; it has no type of its own unless it is an enum or a union.</param>
    public static TypeKind? Classify(JsonNode schema, SchemaDialect dialect, bool named, bool mergedBranch)
    {
        if (IsEnum(schema))
        {
            return TypeKind.Enum;
        }

        if (IsMixedEnum(schema))
        {
            return TypeKind.MixedEnum;
        }

        if (IsUnion(schema) || IsMultiType(schema))
        {
            return TypeKind.Union;
        }

        if (mergedBranch)
        {
            return null;
        }

        if (IsTuple(schema, dialect))
        {
            return TypeKind.Tuple;
        }

        return IsRecord(schema, named) || AllOfKeywords.IsComposition(schema) ? TypeKind.Record : null;
    }

    /// <summary>
    /// A record that is one only if the references of its <c>allOf</c> lead to objects (<c>allOf: [{"$ref": …}, {"$ref": …}]</c>):
    /// the graph confirms it once references are resolved (see <see cref="CompositionCandidates"/>).
    /// </summary>
    public static bool IsConditionalRecord(JsonNode schema, bool named) => !IsRecord(schema, named) && AllOfKeywords.IsConditional(schema);

    /// <summary>A union (<c>oneOf</c>/<c>anyOf</c> with two or more typed branches; see <see cref="UnionKeywords.CaseIndexes"/>).</summary>
    public static bool IsUnion(JsonNode schema) => UnionKeywords.CaseIndexes(schema) is not null;

    /// <summary>A string enum: every value a string (or null), and a type, if any, of string.</summary>
    public static bool IsStringEnum(JsonNode schema)
    {
        if (!schema.IsObject || schema["enum"] is not { IsArray: true } values || SchemaKeywords.HasRef(schema))
        {
            return false;
        }

        var strings = 0;
        foreach (var value in values.Items)
        {
            if (value.IsString)
            {
                strings++;
            }
            else if (value.Kind != JsonNodeKind.Null)
            {
                return false;
            }
        }

        var types = SchemaKeywords.DeclaredTypes(schema);
        return strings > 0 && (types is null || (types.Contains("string") && (types.Count == 1 || (types.Count == 2 && types.Contains("null")))));
    }

    /// <summary>An integer enum: every value an integer (or null), and a type, if any, of integer.</summary>
    public static bool IsIntegerEnum(JsonNode schema)
    {
        if (!schema.IsObject || schema["enum"] is not { IsArray: true } values || SchemaKeywords.HasRef(schema))
        {
            return false;
        }

        var integers = 0;
        foreach (var value in values.Items)
        {
            if (value.IsNumber && Helpers.JsonNumber.TryInt64(value.Text!, out _))
            {
                integers++;
            }
            else if (value.Kind != JsonNodeKind.Null)
            {
                return false;
            }
        }

        var types = SchemaKeywords.DeclaredTypes(schema);
        return integers > 0 && (types is null || ((types.Contains("integer") || types.Contains("number")) && types.Count <= 2 && (types.Count == 1 || types.Contains("null"))));
    }

    /// <summary>A schema that becomes a generated C# enum: a string enum or an integer enum.</summary>
    public static bool IsEnum(JsonNode schema) => IsStringEnum(schema) || IsIntegerEnum(schema);

    /// <summary>
    /// An enum of values that are not all strings or all integers (<c>["a", 1, true]</c>, numbers with fractions,
    /// objects, arrays): a generated sealed record with one static instance per value.
    /// </summary>
    public static bool IsMixedEnum(JsonNode schema)
    {
        if (!schema.IsObject || schema["enum"] is not { IsArray: true } values || SchemaKeywords.HasRef(schema) || IsEnum(schema))
        {
            return false;
        }

        foreach (var value in values.Items)
        {
            if (value.Kind != JsonNodeKind.Null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A value of several types (<c>type: ["integer", "string"]</c>) that nothing else types: no enum, no
    /// <c>$ref</c>, no <c>oneOf</c>/<c>anyOf</c> union. It becomes a union with one case per type.
    /// </summary>
    public static bool IsMultiType(JsonNode schema)
        => schema.IsObject && !SchemaKeywords.HasRef(schema) && schema["enum"] is null && !IsUnion(schema) && SchemaKeywords.NonNullTypes(schema).Count > 1;

    /// <summary>
    /// A tuple: <c>prefixItems</c> (2020-12) or array-form <c>items</c> (earlier drafts), on a schema that is an
    /// array or has no type. It becomes a positional record read from a JSON array.
    /// </summary>
    public static bool IsTuple(JsonNode schema, SchemaDialect dialect)
    {
        if (!schema.IsObject || SchemaKeywords.HasRef(schema) || SchemaKeywords.TupleItems(schema, dialect) is null)
        {
            return false;
        }

        var types = SchemaKeywords.NonNullTypes(schema);
        return types.Count == 0 || (types.Count == 1 && types[0] == "array");
    }

    /// <summary>
    /// Whether the schema becomes a generated record. Named schemas (roots, <c>$defs</c>) that are objects always do;
    /// inline ones do when they declare properties (an inline object without properties is a dictionary).
    /// </summary>
    public static bool IsRecord(JsonNode schema, bool named)
        => SchemaKeywords.IsObjectLike(schema) && !SchemaKeywords.HasRef(schema) && (named || SchemaKeywords.HasProperties(schema) || SchemaKeywords.HasPatternProperties(schema));
}
