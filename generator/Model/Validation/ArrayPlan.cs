using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>The array keywords of one schema.</summary>
internal sealed record ArrayPlan
{
    /// <summary><c>prefixItems</c>, or <c>items</c> in its array form before 2020-12.</summary>
    public required string PrefixKeyword { get; init; }

    public required EquatableArray<SubschemaCall> Prefix { get; init; }

    public required string ItemsKeyword { get; init; }

    /// <summary>The schema of items after the prefix: <c>items</c> (2020-12, or schema-form before), or <c>additionalItems</c>.</summary>
    public required SubschemaCall? Items { get; init; }

    public required SubschemaCall? Contains { get; init; }

    public required long? MinContains { get; init; }

    public required long? MaxContains { get; init; }

    /// <summary>Whether items that match <c>contains</c> count as evaluated (2020-12).</summary>
    public required bool ContainsMarks { get; init; }

    public required long? MinItems { get; init; }

    public required long? MaxItems { get; init; }

    public required bool UniqueItems { get; init; }

    public required SubschemaCall? UnevaluatedItems { get; init; }
}
