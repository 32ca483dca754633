using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>The shape of the C# type that carries a schema's <c>Validate</c> method.</summary>
internal enum ValidatorKind : byte
{
    /// <summary>A generated record: the methods go into another part of the <c>partial record</c>.</summary>
    Record,

    /// <summary>A generated enum cannot hold methods: a <c>static partial class &lt;Enum&gt;Schema</c> beside it does.</summary>
    EnumCompanion,

    /// <summary>A schema that has no C# type of its own (a primitive, <c>true</c>, a <c>$ref</c>): a <c>static partial class</c>.</summary>
    SchemaClass,
}

/// <summary>
/// A schema whose C# type carries validation code: every type site, plus every file root and <c>$defs</c> entry that
/// is not a type site. Subschemas without a site of their own are validated by methods of the nearest enclosing site.
/// </summary>
internal sealed record ValidatorSite(SchemaLocation Location, ValidatorKind Kind, string Namespace, string Name)
{
    public string FullName => "global::" + (string.IsNullOrEmpty(Namespace) ? Name : Namespace + "." + Name);
}

/// <summary>A generated validation method: the class that holds it and its name.</summary>
internal sealed record MethodRef(string Class, string Method);

/// <summary>A schema that a <c>$dynamicRef</c>/<c>$recursiveRef</c> may land on, and the resource that must be in the dynamic scope for it.</summary>
internal sealed record DynamicCandidate(string Resource, MethodRef Target);

/// <summary>
/// Where a <c>$ref</c>, <c>$dynamicRef</c> or <c>$recursiveRef</c> of a document leads, in terms of validation methods.
/// </summary>
/// <param name="SourcePointer">The schema that holds the keyword.</param>
/// <param name="Target">The statically resolved target; null when the reference cannot be resolved (SCH003).</param>
/// <param name="EnterResource">The target's resource URI when the call enters a resource that declares dynamic anchors; else null.</param>
/// <param name="Candidates">For a dynamic reference, every schema the dynamic scope may choose, outermost resource first at run time.</param>
internal sealed record ValidationLink(string SourcePointer, string Keyword, MethodRef? Target, string? EnterResource, EquatableArray<DynamicCandidate> Candidates);

/// <summary>What the validation code of one document needs from the whole graph.</summary>
/// <param name="Sites">The document's validator sites.</param>
/// <param name="Links">Its references, resolved to methods.</param>
/// <param name="ExtraTargets">Pointers of schemas in the document that references reach but the walk does not (they need methods too).</param>
/// <param name="Vocabularies">
/// When the document's <c>$schema</c> is a custom metaschema among the documents: the vocabularies its <c>$vocabulary</c>
/// lists; keywords of vocabularies it leaves out are not checked. Null for the drafts' own metaschemas (every vocabulary).
/// </param>
/// <param name="Referenced">Pointers of schemas in the document that references (from any document) lead to: they keep a method of their own.</param>
internal sealed record ValidationSlice(
    EquatableArray<ValidatorSite> Sites,
    EquatableArray<ValidationLink> Links,
    EquatableArray<string> ExtraTargets,
    EquatableArray<string> Referenced,
    EquatableArray<string>? Vocabularies = null)
{
    public static readonly ValidationSlice Empty = new(EquatableArray<ValidatorSite>.Empty, EquatableArray<ValidationLink>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
}
