using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

internal enum ApplicatorKind : byte
{
    AllOf,
    AnyOf,
    OneOf,
    Not,
    /// <summary><c>if</c>/<c>then</c>/<c>else</c>: Schemas[0] is <c>if</c>; <see cref="ApplicatorPlan.Then"/> and <see cref="ApplicatorPlan.Else"/> may be null.</summary>
    Conditional,
    /// <summary><c>$ref</c>, <c>$dynamicRef</c> or <c>$recursiveRef</c>: Schemas[0] is the static target.</summary>
    Reference,
}

/// <summary>A keyword that applies subschemas to the same instance.</summary>
internal sealed record ApplicatorPlan(
    ApplicatorKind Kind,
    string Keyword,
    EquatableArray<SubschemaCall> Schemas,
    SubschemaCall? Then,
    SubschemaCall? Else,
    EquatableArray<DynamicCandidate> Candidates);
