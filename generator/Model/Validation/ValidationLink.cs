using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

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
