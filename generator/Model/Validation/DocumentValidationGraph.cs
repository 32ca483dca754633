using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>What the validation code of one document needs from the whole graph.</summary>
/// <param name="Validators">The document's validation classes.</param>
/// <param name="Links">Its references, resolved to methods.</param>
/// <param name="ExtraTargets">Pointers of schemas in the document that references reach but the walk does not (they need methods too).</param>
/// <param name="Vocabularies">
/// When the document's <c>$schema</c> is a custom metaschema among the documents: the vocabularies its <c>$vocabulary</c>
/// lists; keywords of vocabularies it leaves out are not checked. Null for the drafts' own metaschemas (every vocabulary).
/// </param>
/// <param name="Referenced">Pointers of schemas in the document that references (from any document) lead to: they keep a method of their own.</param>
internal sealed record DocumentValidationGraph(
    EquatableArray<ValidatorClass> Validators,
    EquatableArray<ValidationLink> Links,
    EquatableArray<string> ExtraTargets,
    EquatableArray<string> Referenced,
    EquatableArray<string>? Vocabularies = null)
{
    public static readonly DocumentValidationGraph Empty = new(EquatableArray<ValidatorClass>.Empty, EquatableArray<ValidationLink>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
}
