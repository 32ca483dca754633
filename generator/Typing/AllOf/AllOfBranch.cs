using System;
using System.Collections.Generic;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Typing.AllOf;

/// <summary>What an <c>allOf</c> branch contributes to the C# type of the schema around it.</summary>
internal enum AllOfBranchKind : byte
{
    /// <summary>An object schema (inline, or what a reference leads to): its properties join the record.</summary>
    Object,

    /// <summary>Constraints only (<c>{"required": […]}</c>, <c>{"minProperties": 1}</c>, <c>true</c>): no type, no properties.</summary>
    Constraint,

    /// <summary>Another JSON type (a string, an array, an enum…): it cannot be combined with an object.</summary>
    Scalar,

    /// <summary>Something the composition does not model (a union, several types): checked by validation only.</summary>
    Unmodelled,

    /// <summary>A reference that leads nowhere (SCH003), goes too deep or back to itself.</summary>
    Unresolved,
}

/// <summary>An <c>allOf</c> branch, classified: for objects, where the object schema is (after following references).</summary>
/// <param name="JsonType">For <see cref="AllOfBranchKind.Scalar"/>: the JSON type, for messages (null when it names none).</param>
internal readonly record struct AllOfBranch(AllOfBranchKind Kind, SchemaLocation Target, string? JsonType = null)
{
    /// <summary>Classifies a schema met as an <c>allOf</c> branch, following references with <paramref name="resolve"/>.</summary>
    /// <param name="nodeAt">The schema at a location, or null.</param>
    /// <param name="resolve">Where the <c>$ref</c> of the schema at a location leads, or null when it cannot be resolved.</param>
    public static AllOfBranch Classify(SchemaLocation location, Func<SchemaLocation, JsonNode?> nodeAt, Func<SchemaLocation, SchemaLocation?> resolve)
        => Classify(location, nodeAt, resolve, new HashSet<SchemaLocation>());

    private static AllOfBranch Classify(SchemaLocation location, Func<SchemaLocation, JsonNode?> nodeAt, Func<SchemaLocation, SchemaLocation?> resolve, HashSet<SchemaLocation> visiting)
    {
        // The references followed here are those the graph resolves anyway; the limit keeps hostile chains off the stack.
        if (visiting.Count > SchemaRegistry.MaxReferenceDepth || !visiting.Add(location) || nodeAt(location) is not { } node)
        {
            return new AllOfBranch(AllOfBranchKind.Unresolved, location);
        }

        try
        {
            if (!node.IsObject)
            {
                return new AllOfBranch(AllOfBranchKind.Constraint, location);
            }

            if (SchemaKeywords.HasRef(node))
            {
                return resolve(location) is { } target
                    ? Classify(target, nodeAt, resolve, visiting)
                    : new AllOfBranch(AllOfBranchKind.Unresolved, location);
            }

            if (UnionKeywords.IsNullBranch(node))
            {
                return new AllOfBranch(AllOfBranchKind.Scalar, location, "null");
            }

            if (UnionKeywords.Of(node) is not null && !SchemaKeywords.HasProperties(node))
            {
                return new AllOfBranch(AllOfBranchKind.Unmodelled, location);
            }

            if (TypeClassifier.IsEnum(node))
            {
                return new AllOfBranch(AllOfBranchKind.Scalar, location, AllOfKeywords.ScalarType(node));
            }

            if (SchemaKeywords.IsObjectLike(node))
            {
                return new AllOfBranch(AllOfBranchKind.Object, location);
            }

            if (AllOfKeywords.Branches(node) is { } branches && SchemaKeywords.DeclaredTypes(node) is null)
            {
                // An allOf inside an allOf: an object if its own branches make one.
                var combined = Combine(location, branches, nodeAt, resolve, visiting);
                return combined.Kind == AllOfBranchKind.Object ? new AllOfBranch(AllOfBranchKind.Object, location) : combined;
            }

            if (!UnionKeywords.IsTypedBranch(node))
            {
                return new AllOfBranch(AllOfBranchKind.Constraint, location);
            }

            if (SchemaKeywords.DeclaredTypes(node) is { } types && types.Count - (types.Contains("null") ? 1 : 0) > 1)
            {
                return new AllOfBranch(AllOfBranchKind.Unmodelled, location);
            }

            return new AllOfBranch(AllOfBranchKind.Scalar, location, AllOfKeywords.ScalarType(node) ?? ConstType(node));
        }
        finally
        {
            visiting.Remove(location);
        }
    }

    /// <summary>What the branches of an <c>allOf</c> make together: an object when one is and none is of another type.</summary>
    private static AllOfBranch Combine(SchemaLocation location, JsonNode branches, Func<SchemaLocation, JsonNode?> nodeAt, Func<SchemaLocation, SchemaLocation?> resolve, HashSet<SchemaLocation> visiting)
    {
        var result = new AllOfBranch(AllOfBranchKind.Constraint, location);
        for (var i = 0; i < branches.Items.Count; i++)
        {
            var branch = Classify(new SchemaLocation(location.DocumentPath, JsonPointer.Append(JsonPointer.Append(location.Pointer, "allOf"), i)), nodeAt, resolve, visiting);
            if (branch.Kind is AllOfBranchKind.Scalar or AllOfBranchKind.Unmodelled)
            {
                return branch;
            }

            if (branch.Kind == AllOfBranchKind.Object)
            {
                result = branch;
            }
        }

        return result;
    }

    private static string? ConstType(JsonNode node) => node["const"] switch
    {
        { IsString: true } => "string",
        { IsNumber: true } => "number",
        { IsBoolean: true } => "boolean",
        { IsArray: true } => "array",
        { IsObject: true } => "object",
        _ => null,
    };
}
