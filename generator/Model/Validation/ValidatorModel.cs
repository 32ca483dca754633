using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

// The validation plan: what the validator emitter reads. Like the type models, these values are immutable, compare
// by value and name other types only by string, so that Roslyn can cache them and re-emit only what changed.

/// <summary>The validation code of one C# type: its public <c>Validate</c> and a method per schema it owns.</summary>
internal sealed record ValidatorModel
{
    public required ValidatorKind Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required string Accessibility { get; init; }

    /// <summary>The schema file relative to the project, as errors report it.</summary>
    public required string SchemaFile { get; init; }

    /// <summary>The pointer of the class's own schema.</summary>
    public required string Pointer { get; init; }

    /// <summary>For an enum companion, the enum; else the type itself.</summary>
    public required string TypeName { get; init; }

    /// <summary>The URI of the class's resource when it declares dynamic anchors (the dynamic scope starts there); else null.</summary>
    public required string? RootResource { get; init; }

    /// <summary>Every schema the type owns; the first is the class's own.</summary>
    public required EquatableArray<SchemaPlan> Schemas { get; init; }

    /// <summary>The translated patterns the methods use, by index.</summary>
    public required EquatableArray<string> Regexes { get; init; }

    public string HintName => SourceFile.ValidatorHintName(Namespace, Name);
}
