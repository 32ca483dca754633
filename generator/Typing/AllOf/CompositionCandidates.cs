using System;
using System.Collections.Generic;
using System.Threading;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Typing.AllOf;

/// <summary>
/// Confirms the type candidates whose record depends on references (<see cref="NameCandidate.Conditional"/>:
/// <c>allOf: [{"$ref": …}, {"$ref": …}]</c>): they are records only if the references lead to objects. It runs before
/// names are handed out, so that a candidate that is not a record never takes a name; inline types inside one are
/// named as if it were not there.
/// </summary>
internal static class CompositionCandidates
{
    public static List<(SchemaDocument Document, SchemaIndex Index)> Confirm(List<(SchemaDocument Document, SchemaIndex Index)> documents, SchemaRegistry registry, CancellationToken cancellationToken)
    {
        List<(SchemaDocument, SchemaIndex)>? result = null;
        for (var d = 0; d < documents.Count; d++)
        {
            var (document, index) = documents[d];
            if (!HasConditional(index))
            {
                result?.Add(documents[d]);
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (result is null)
            {
                result = new List<(SchemaDocument, SchemaIndex)>(documents.Count);
                for (var i = 0; i < d; i++)
                {
                    result.Add(documents[i]);
                }
            }

            result.Add((document, index with { Candidates = Filter(document, index, registry) }));
        }

        return result ?? documents;
    }

    private static bool HasConditional(SchemaIndex index)
    {
        foreach (var candidate in index.Candidates)
        {
            if (candidate.Conditional)
            {
                return true;
            }
        }

        return false;
    }

    private static EquatableArray<NameCandidate> Filter(SchemaDocument document, SchemaIndex index, SchemaRegistry registry)
    {
        var dropped = new Dictionary<string, NameCandidate>(StringComparer.Ordinal);
        var kept = new List<NameCandidate>();
        // Candidates come parents first, so a child meets its dropped parent already re-parented.
        foreach (var found in index.Candidates)
        {
            var candidate = found;
            if (candidate.ParentPointer is { } parent && dropped.TryGetValue(parent, out var gone))
            {
                candidate = candidate with { ParentPointer = gone.ParentPointer, Desired = gone.Desired + candidate.Desired };
            }

            var location = new SchemaLocation(document.Path, candidate.Pointer);
            if (candidate.Conditional && AllOfBranch.Classify(location, registry.NodeAt, l => Resolve(registry, l)).Kind != AllOfBranchKind.Object)
            {
                dropped[candidate.Pointer] = candidate;
                continue;
            }

            kept.Add(candidate);
        }

        return kept.ToEquatableArray();
    }

    /// <summary>Where the <c>$ref</c> at a location leads, resolved without typing anything (names are not known yet).</summary>
    private static SchemaLocation? Resolve(SchemaRegistry registry, SchemaLocation location)
    {
        if (registry.VisitAt(location) is not { } visit || registry.Document(location.DocumentPath) is not { } document || visit.Node.GetString("$ref") is not { } reference)
        {
            return null;
        }

        var (target, _) = registry.Resolve(reference, visit.BaseUri, document);
        return target is { } t && !Metaschemas.IsBundled(t.DocumentPath) ? t : null;
    }
}
