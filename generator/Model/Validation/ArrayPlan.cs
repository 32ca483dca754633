using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <param name="PrefixKeyword"><c>prefixItems</c>, or <c>items</c> in its array form before 2020-12.</param>
/// <param name="Items">The schema of items after the prefix: <c>items</c> (2020-12, or schema-form before), or <c>additionalItems</c>.</param>
/// <param name="ContainsMarks">Whether items that match <c>contains</c> count as evaluated (2020-12).</param>
internal sealed record ArrayPlan(
    string PrefixKeyword,
    EquatableArray<SubschemaCall> Prefix,
    string ItemsKeyword,
    SubschemaCall? Items,
    SubschemaCall? Contains,
    long? MinContains,
    long? MaxContains,
    bool ContainsMarks,
    long? MinItems,
    long? MaxItems,
    bool UniqueItems,
    SubschemaCall? UnevaluatedItems);
