using System;
using System.Collections.Generic;
using System.Threading;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;
using Schemata.Generator.Typing;
using Schemata.Generator.Typing.AllOf;
using Schemata.Generator.Validation;

namespace Schemata.Generator.Graph;

/// <summary>Walks one document once and records its <see cref="SchemaIndex"/>.</summary>
internal static class SchemaIndexer
{
    private static readonly string[] AnchorKeywords = { "$anchor", "$dynamicAnchor", "$recursiveAnchor" };

    public static SchemaIndex Index(SchemaDocument document, CancellationToken cancellationToken = default)
    {
        if (document.Root is null)
        {
            return SchemaIndex.Empty(document.Path);
        }

        var visits = new List<SchemaVisit>();
        var scopes = new List<ResolutionScope>();
        var identifiers = new List<DeclaredIdentifier>();
        var references = new List<string>();
        var allOfs = new List<string>();
        var byPointer = new Dictionary<string, SchemaVisit>(StringComparer.Ordinal);
        var walked = new List<string>();
        var validationReferences = new List<string>();
        var dynamicAnchors = new List<DynamicAnchorDeclaration>();
        if (document.Entries is not null)
        {
            // The root of an OpenAPI document is not walked; references into its other parts still need its base URI and draft.
            scopes.Add(new ResolutionScope(string.Empty, document.BaseUri, document.Dialect));
        }

        foreach (var visit in SchemaWalker.Walk(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            visits.Add(visit);
            byPointer[visit.Pointer] = visit;
            walked.Add(visit.Pointer);
            if (ValidationLinker.HasReference(visit))
            {
                validationReferences.Add(visit.Pointer);
            }

            if (ValidationLinker.DeclaresDynamicAnchor(visit))
            {
                dynamicAnchors.Add(new DynamicAnchorDeclaration(visit.Pointer, visit.BaseUri, visit.Dialect >= SchemaDialect.Draft202012 ? visit.Node.GetString("$dynamicAnchor") : null));
            }

            if (visit.ParentPointer is null || !byPointer.TryGetValue(visit.ParentPointer, out var parent)
                || !string.Equals(parent.BaseUri, visit.BaseUri, StringComparison.Ordinal) || parent.Dialect != visit.Dialect)
            {
                scopes.Add(new ResolutionScope(visit.Pointer, visit.BaseUri, visit.Dialect));
            }

            if (visit.Node.IsObject)
            {
                AddIdentifiers(document, visit, identifiers);
                if (SchemaKeywords.HasRef(visit.Node))
                {
                    references.Add(visit.Pointer);
                }

                if (AllOfKeywords.NeedsGraph(visit.Node))
                {
                    allOfs.Add(visit.Pointer);
                }
            }
        }

        var candidates = TypeCandidates.Find(document, visits);
        var index = new SchemaIndex(
            document.Path,
            scopes.ToEquatableArray(),
            identifiers.ToEquatableArray(),
            candidates.ToEquatableArray(),
            references.ToEquatableArray(),
            allOfs.ToEquatableArray());
        var metaschemas = Metaschemas.FindReferencedResources(document, index).ToEquatableArray();
        return index with { Validation = new ValidationIndex(walked.ToEquatableArray(), validationReferences.ToEquatableArray(), dynamicAnchors.ToEquatableArray(), ValidatorCandidates(document.Path, visits, candidates), metaschemas) };
    }

    /// <summary>The root, the <c>$defs</c>/<c>definitions</c> entries and the type candidates, in walk order (see <see cref="ValidatorNamer"/>).</summary>
    private static EquatableArray<ValidatorCandidate> ValidatorCandidates(string path, List<SchemaVisit> visits, List<NameCandidate> candidates)
    {
        var typed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            typed.Add(candidate.Pointer);
        }

        var result = new List<ValidatorCandidate>();
        foreach (var visit in visits)
        {
            var definition = visit.Pointer.Length > 0 && visit.Keyword is "$defs" or "definitions";
            if (visit.Pointer.Length == 0 || definition || typed.Contains(visit.Pointer))
            {
                result.Add(new ValidatorCandidate(visit.Pointer, definition ? visit.Key : null, LocationInfo.At(path, visit.Pointer, visit.Node.Span)));
            }
        }

        return result.ToEquatableArray();
    }

    private static void AddIdentifiers(SchemaDocument document, SchemaVisit visit, List<DeclaredIdentifier> identifiers)
    {
        var node = visit.Node;
        if (SchemaWalker.IdOf(node, visit.Dialect) is { } id)
        {
            StableLocation? idSpan = node.TryGetMember(visit.Dialect.IdKeyword(), out var member) ? new StableLocation(LocationInfo.At(document.Path, JsonPointer.Append(visit.Pointer, member.Name), member.Value.Span)) : (StableLocation?)null;
            if (id.StartsWith("#/", StringComparison.Ordinal))
            {
                // The OpenAPI-cut form: the id is a pointer into the document the schema was cut from.
                identifiers.Add(new DeclaredIdentifier(IdentifierKind.Alias, JsonPointer.DecodeFragment(id.Substring(1)), visit.Pointer, idSpan, id));
            }
            else if (visit.IsResourceRoot)
            {
                identifiers.Add(new DeclaredIdentifier(IdentifierKind.Resource, visit.BaseUri, visit.Pointer, idSpan, id));
                var (_, fragment) = UriReference.SplitFragment(id);
                if (fragment is { Length: > 0 })
                {
                    identifiers.Add(new DeclaredIdentifier(IdentifierKind.Anchor, visit.BaseUri + "#" + fragment, visit.Pointer, null, id));
                }
            }
            else if (id.StartsWith("#", StringComparison.Ordinal) && id.Length > 1)
            {
                // Draft 7 and earlier: "$id": "#name" is a plain-name anchor.
                identifiers.Add(new DeclaredIdentifier(IdentifierKind.Anchor, visit.BaseUri + id, visit.Pointer, null, id));
            }
        }

        foreach (var keyword in AnchorKeywords)
        {
            if (node.GetString(keyword) is { Length: > 0 } anchor)
            {
                identifiers.Add(new DeclaredIdentifier(IdentifierKind.Anchor, visit.BaseUri + "#" + anchor, visit.Pointer, null, anchor));
            }
        }
    }
}
