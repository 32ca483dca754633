using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>A <c>properties</c> entry or a <c>required</c> name; <paramref name="RequiredSlot"/> is -1 when not required.</summary>
internal sealed record PropertyPlan(string Name, SubschemaCall? Schema, int RequiredSlot);

internal sealed record PatternPropertyPlan(int Regex, string Pattern, SubschemaCall Schema);

/// <summary>A <c>dependentRequired</c> (or array-valued <c>dependencies</c>) entry.</summary>
internal sealed record DependentRequiredPlan(string Keyword, string Property, EquatableArray<string> Required);

/// <summary>A <c>dependentSchemas</c> (or schema-valued <c>dependencies</c>) entry.</summary>
internal sealed record DependentSchemaPlan(string Keyword, string Property, SubschemaCall Schema);

internal sealed record ObjectPlan(
    EquatableArray<PropertyPlan> Properties,
    int RequiredCount,
    EquatableArray<PatternPropertyPlan> PatternProperties,
    SubschemaCall? AdditionalProperties,
    SubschemaCall? PropertyNames,
    EquatableArray<DependentRequiredPlan> DependentRequired,
    EquatableArray<DependentSchemaPlan> DependentSchemas,
    long? MinProperties,
    long? MaxProperties,
    SubschemaCall? UnevaluatedProperties)
{
    /// <summary>Whether the plan needs to look at each property of the instance.</summary>
    public bool IteratesProperties => Properties.Count > 0 || PatternProperties.Count > 0 || AdditionalProperties is not null
        || PropertyNames is not null;
}
