using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>A <c>properties</c> entry or a <c>required</c> name; <paramref name="RequiredSlot"/> is -1 when not required.</summary>
internal sealed record PropertyPlan(string Name, SubschemaCall? Schema, int RequiredSlot);

internal sealed record PatternPropertyPlan(int Regex, string Pattern, SubschemaCall Schema);

/// <summary>A <c>dependentRequired</c> (or array-valued <c>dependencies</c>) entry.</summary>
internal sealed record DependentRequiredPlan(string Keyword, string Property, EquatableArray<string> Required);

/// <summary>A <c>dependentSchemas</c> (or schema-valued <c>dependencies</c>) entry.</summary>
internal sealed record DependentSchemaPlan(string Keyword, string Property, SubschemaCall Schema);

/// <summary>The object keywords of one schema.</summary>
internal sealed record ObjectPlan
{
    public required EquatableArray<PropertyPlan> Properties { get; init; }

    public required int RequiredCount { get; init; }

    public required EquatableArray<PatternPropertyPlan> PatternProperties { get; init; }

    public required SubschemaCall? AdditionalProperties { get; init; }

    public required SubschemaCall? PropertyNames { get; init; }

    public required EquatableArray<DependentRequiredPlan> DependentRequired { get; init; }

    public required EquatableArray<DependentSchemaPlan> DependentSchemas { get; init; }

    public required long? MinProperties { get; init; }

    public required long? MaxProperties { get; init; }

    public required SubschemaCall? UnevaluatedProperties { get; init; }

    /// <summary>Whether the plan needs to look at each property of the instance.</summary>
    public bool IteratesProperties => Properties.Count > 0 || PatternProperties.Count > 0 || AdditionalProperties is not null
        || PropertyNames is not null;
}
