using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

// The validation plan: what the validator emitter reads. Like the type models, these values are immutable, compare
// by value and name other types only by string, so that Roslyn can cache them and re-emit only what changed.

/// <summary>The validation code of one C# type: its public <c>Validate</c> and a method per schema it owns.</summary>
/// <param name="SchemaFile">The schema file relative to the project, as errors report it.</param>
/// <param name="Pointer">The pointer of the class's own schema.</param>
/// <param name="TypeName">For an enum companion, the enum; else the type itself.</param>
/// <param name="RootResource">The URI of the class's resource when it declares dynamic anchors (the dynamic scope starts there); else null.</param>
/// <param name="Schemas">Every schema the type owns; the first is the class's own.</param>
/// <param name="Regexes">The translated patterns the methods use, by index.</param>
/// <param name="DerivesFromRecord">The record derives from another generated record (<c>allOf</c>), whose validation members it hides.</param>
internal sealed record ValidatorModel(
    ValidatorKind Kind,
    string Namespace,
    string Name,
    string Accessibility,
    string SchemaFile,
    string Pointer,
    string TypeName,
    string? RootResource,
    EquatableArray<SchemaPlan> Schemas,
    EquatableArray<string> Regexes,
    bool DerivesFromRecord = false)
{
    public string HintName => SourceFile.ValidatorHintName(Namespace, Name);
}
