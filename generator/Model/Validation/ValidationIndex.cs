using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>A schema that declares a dynamic anchor: a 2020-12 <c>$dynamicAnchor</c> (<see cref="Anchor"/>), or a 2019-09 <c>$recursiveAnchor: true</c> (null).</summary>
internal sealed record DynamicAnchorDeclaration(string Pointer, string BaseUri, string? Anchor);

/// <summary>
/// A schema that may get validation code of its own: the document root, a <c>$defs</c>/<c>definitions</c> entry
/// (<see cref="DefinitionKey"/>), or a candidate for a generated type. <see cref="At"/> is the schema itself, where diagnostics about its name point.
/// </summary>
internal sealed record ValidatorCandidate(string Pointer, string? DefinitionKey, Diagnostics.StableLocation At);

/// <summary>
/// What linking validation across documents needs to know about one document, found by the same single walk as the
/// rest of its <see cref="SchemaIndex"/>, so that the step that sees all documents together walks no tree.
/// </summary>
/// <param name="Walked">Every schema the walk reaches, in walk order (a reference to anything else needs a walk of its own).</param>
/// <param name="References">The schemas with a <c>$ref</c>, <c>$dynamicRef</c> or <c>$recursiveRef</c> of their draft, in walk order.</param>
/// <param name="DynamicAnchors">The schemas that declare dynamic anchors, in walk order.</param>
/// <param name="Validators">The schemas that may get validation classes, in walk order.</param>
/// <param name="Metaschemas">The resources in json-schema.org that its <c>$ref</c>s name (candidates for the bundled metaschemas).</param>
internal sealed record ValidationIndex(
    EquatableArray<string> Walked,
    EquatableArray<string> References,
    EquatableArray<DynamicAnchorDeclaration> DynamicAnchors,
    EquatableArray<ValidatorCandidate> Validators,
    EquatableArray<string> Metaschemas)
{
    public static readonly ValidationIndex Empty = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<DynamicAnchorDeclaration>.Empty, EquatableArray<ValidatorCandidate>.Empty, EquatableArray<string>.Empty);
}
