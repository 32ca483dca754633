using System.Collections.Generic;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Typing;

/// <summary>
/// Facts about <c>oneOf</c>/<c>anyOf</c> read from one schema object (no reference is followed): which branches only
/// admit null, which carry a type of their own, and so whether the schema is a union, a nullable single type, or
/// neither (its other keywords decide).
/// </summary>
internal static class UnionKeywords
{
    /// <summary>The union keyword of a schema (<c>oneOf</c> first, then <c>anyOf</c>) and its branches; null when it has neither.</summary>
    public static (string Keyword, EquatableArray<JsonNode> Branches)? Of(JsonNode schema)
    {
        if (!schema.IsObject)
        {
            return null;
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema[keyword] is { IsArray: true } branches && branches.Items.Count > 0)
            {
                return (keyword, branches.Items);
            }
        }

        return null;
    }

    /// <summary>A branch that admits null and nothing else: <c>{"type": "null"}</c>, <c>{"enum": [null]}</c>, <c>{"const": null}</c>.</summary>
    public static bool IsNullBranch(JsonNode branch)
    {
        if (!branch.IsObject)
        {
            return false;
        }

        if (SchemaKeywords.DeclaredTypes(branch) is { Count: 1 } types && types.Contains("null"))
        {
            return true;
        }

        if (branch["const"] is { Kind: JsonNodeKind.Null })
        {
            return true;
        }

        if (branch["enum"] is { IsArray: true } values && values.Items.Count > 0)
        {
            foreach (var value in values.Items)
            {
                if (value.Kind != JsonNodeKind.Null)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// A branch that says what its values are (a reference, a type, properties, an enum, a const, items, or a union
    /// of its own), as opposed to one that only adds constraints (<c>{"required": ["a"]}</c>) to the schema around it.
    /// </summary>
    public static bool IsTypedBranch(JsonNode branch)
    {
        if (!branch.IsObject || IsNullBranch(branch))
        {
            return false;
        }

        return branch["$ref"] is { IsString: true } || branch["type"] is not null || branch["properties"] is { IsObject: true }
            || branch["enum"] is { IsArray: true } || branch["const"] is not null || branch["items"] is not null
            || branch["prefixItems"] is not null || Of(branch) is not null || branch["allOf"] is { IsArray: true };
    }

    /// <summary>
    /// The indexes of the branches that become cases when the schema is a union: at least two typed branches, and no
    /// <c>properties</c> of its own (an object with properties and a <c>oneOf</c> stays a record, the <c>oneOf</c> a
    /// validation rule). Null when the schema is not a union.
    /// </summary>
    public static List<int>? CaseIndexes(JsonNode schema)
    {
        if (Of(schema) is not { } union || SchemaKeywords.HasProperties(schema) || SchemaKeywords.HasRef(schema))
        {
            return null;
        }

        var cases = new List<int>();
        for (var i = 0; i < union.Branches.Count; i++)
        {
            var branch = union.Branches[i];
            if (IsNullBranch(branch))
            {
                continue;
            }

            if (!IsTypedBranch(branch))
            {
                return null;
            }

            cases.Add(i);
        }

        return cases.Count >= 2 ? cases : null;
    }

    /// <summary>
    /// The index of the only non-null branch when all the others only admit null (<c>anyOf: [{$ref}, {type: null}]</c>):
    /// such a schema is that branch's type, nullable. -1 otherwise.
    /// </summary>
    public static int SingleBranch(JsonNode schema)
    {
        if (Of(schema) is not { } union || SchemaKeywords.HasProperties(schema))
        {
            return -1;
        }

        var single = -1;
        for (var i = 0; i < union.Branches.Count; i++)
        {
            if (IsNullBranch(union.Branches[i]))
            {
                continue;
            }

            if (single >= 0)
            {
                return -1;
            }

            single = i;
        }

        return single;
    }

    /// <summary>A union branch admits null: a null branch, or an inline branch that admits null (<c>nullable: true</c>).</summary>
    public static bool AnyBranchAllowsNull(JsonNode schema)
    {
        if (Of(schema) is not { } union)
        {
            return false;
        }

        foreach (var branch in union.Branches)
        {
            if (IsNullBranch(branch) || (branch.IsObject && !SchemaKeywords.HasRef(branch) && SchemaKeywords.AllowsNull(branch)))
            {
                return true;
            }
        }

        return false;
    }
}
