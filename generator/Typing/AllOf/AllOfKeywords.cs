using System.Collections.Generic;
using Schemata.Generator.Model;

namespace Schemata.Generator.Typing.AllOf;

/// <summary>
/// Facts about <c>allOf</c> read from one schema object (no reference is followed): which branches carry a type, and
/// whether the schema is a record composed from its branches (README: "allOf"). What a <c>$ref</c> branch leads to is
/// only known once references are resolved; <see cref="Resolution.RecordComposer"/> decides the rest.
/// </summary>
internal static class AllOfKeywords
{
    /// <summary>How deep inline compositions are looked into (an allOf branch with an allOf of its own, …).</summary>
    private const int MaxNesting = 32;

    /// <summary>The branches of <c>allOf</c>, or null when the schema has none.</summary>
    public static JsonNode? Branches(JsonNode schema)
        => schema.IsObject && schema["allOf"] is { IsArray: true } allOf && allOf.Items.Count > 0 ? allOf : null;

    /// <summary>How many <c>allOf</c> branches say what their values are (see <see cref="UnionKeywords.IsTypedBranch"/>).</summary>
    public static int TypedBranchCount(JsonNode schema)
    {
        if (Branches(schema) is not { } branches)
        {
            return 0;
        }

        var count = 0;
        foreach (var branch in branches.Items)
        {
            count += UnionKeywords.IsTypedBranch(branch) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Whether the C# type of the schema depends on its <c>allOf</c> branches in a way that needs the whole graph: a
    /// record that merges or derives from them, or branches that may conflict. (One typed branch beside nothing else
    /// is simply that branch's type: see <see cref="TypeMapper"/>.)
    /// </summary>
    public static bool NeedsGraph(JsonNode schema)
    {
        var typed = TypedBranchCount(schema);
        if (typed == 0 || TypeClassifier.IsUnion(schema) || TypeClassifier.IsEnum(schema) || SchemaKeywords.HasRef(schema))
        {
            return false;
        }

        return typed >= 2 || SchemaKeywords.IsObjectLike(schema) || HasRequiringBranch(schema);
    }

    /// <summary>
    /// A schema that becomes a record composed from its <c>allOf</c>: it has typed branches, is no union, enum or
    /// reference, and either is an object schema itself (<c>type: object</c>, <c>properties</c>, <c>required</c>…),
    /// or has no type of its own and object branches (inline object schemas, <c>allOf</c>s of them, <c>$ref</c>s),
    /// two or more of them or one beside a branch that requires properties; branches that are unions may be beside
    /// them (validation checks them), other types may not.
    /// </summary>
    public static bool IsComposition(JsonNode schema) => IsComposition(schema, 0);

    /// <summary>
    /// A composition whose branches are all references (or inline compositions of references): whether it is an
    /// object depends on what they lead to, so the graph confirms it before it gets a type.
    /// </summary>
    public static bool IsConditional(JsonNode schema) => IsComposition(schema) && !HasObjectEvidence(schema, 0);

    /// <summary>An inline branch that is an object schema of its own (not a reference): it adds properties.</summary>
    public static bool IsInlineObject(JsonNode branch) => !SchemaKeywords.HasRef(branch) && IsObjectBranch(branch, 0);

    private static bool IsComposition(JsonNode schema, int depth)
    {
        if (depth > MaxNesting || Branches(schema) is not { } branches || SchemaKeywords.HasRef(schema) || TypeClassifier.IsEnum(schema) || TypeClassifier.IsUnion(schema))
        {
            return false;
        }

        var (typed, objects, others) = Count(branches, depth + 1);
        if (typed == 0)
        {
            return false;
        }

        if (SchemaKeywords.IsObjectLike(schema))
        {
            return true;
        }

        return SchemaKeywords.DeclaredTypes(schema) is null && objects > 0 && others == 0 && (typed >= 2 || HasRequiringBranch(schema));
    }

    /// <summary>
    /// The typed branches, those among them that are object branches, and those that are neither objects nor unions.
    /// Each branch is looked at once, so that deeply nested allOfs cost time in proportion to their size.
    /// </summary>
    private static (int Typed, int Objects, int Others) Count(JsonNode branches, int depth)
    {
        var typed = 0;
        var objects = 0;
        var others = 0;
        foreach (var branch in branches.Items)
        {
            if (!UnionKeywords.IsTypedBranch(branch))
            {
                continue;
            }

            typed++;
            if (IsObjectBranch(branch, depth))
            {
                objects++;
            }
            else if (!IsUnionBranch(branch))
            {
                others++;
            }
        }

        return (typed, objects, others);
    }

    /// <summary>A branch that adds properties or leads to them: an object schema, a reference, or an <c>allOf</c> of those.</summary>
    private static bool IsObjectBranch(JsonNode branch, int depth)
    {
        if (SchemaKeywords.HasRef(branch) || SchemaKeywords.IsObjectLike(branch))
        {
            return true;
        }

        if (depth > MaxNesting || Branches(branch) is not { } inner || SchemaKeywords.DeclaredTypes(branch) is not null
            || TypeClassifier.IsEnum(branch) || UnionKeywords.Of(branch) is not null)
        {
            return false;
        }

        // An allOf of object branches (unions beside them allowed), like a composition of its own.
        var (_, objects, others) = Count(inner, depth + 1);
        return objects > 0 && others == 0;
    }

    /// <summary>A <c>oneOf</c>/<c>anyOf</c> branch without properties: no C# shape beside objects, checked by validation.</summary>
    private static bool IsUnionBranch(JsonNode branch) => UnionKeywords.Of(branch) is not null && !SchemaKeywords.HasProperties(branch);

    /// <summary>A branch that only requires properties (<c>{"required": […]}</c>): the schema's values are objects.</summary>
    private static bool HasRequiringBranch(JsonNode schema)
    {
        if (Branches(schema) is not { } branches)
        {
            return false;
        }

        foreach (var branch in branches.Items)
        {
            if (!UnionKeywords.IsTypedBranch(branch) && branch.IsObject && branch["required"] is { IsArray: true })
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasObjectEvidence(JsonNode schema, int depth)
    {
        if (SchemaKeywords.IsObjectLike(schema))
        {
            return true;
        }

        if (depth > MaxNesting || Branches(schema) is not { } branches)
        {
            return false;
        }

        foreach (var branch in branches.Items)
        {
            if (UnionKeywords.IsTypedBranch(branch) && !SchemaKeywords.HasRef(branch) && HasObjectEvidence(branch, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The JSON type an inline branch that is not an object names (<c>"string"</c>, <c>"array"</c>…), for conflict
    /// messages; null when it names none (constraints only) or several.
    /// </summary>
    public static string? ScalarType(JsonNode branch)
    {
        if (SchemaKeywords.DeclaredTypes(branch) is { } types)
        {
            string? single = null;
            foreach (var type in types)
            {
                if (type == "null")
                {
                    continue;
                }

                if (single is not null)
                {
                    return null;
                }

                single = type;
            }

            return single;
        }

        if (TypeClassifier.IsStringEnum(branch))
        {
            return "string";
        }

        if (TypeClassifier.IsIntegerEnum(branch))
        {
            return "integer";
        }

        if (branch["items"] is not null || branch["prefixItems"] is not null)
        {
            return "array";
        }

        return null;
    }

    /// <summary>The names a schema lists in <c>required</c>, with the nodes that name them.</summary>
    public static IEnumerable<JsonNode> RequiredNames(JsonNode schema)
    {
        if (schema.IsObject && schema["required"] is { IsArray: true } required)
        {
            foreach (var item in required.Items)
            {
                if (item.IsString)
                {
                    yield return item;
                }
            }
        }
    }
}
