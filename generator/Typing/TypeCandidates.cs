using System;
using System.Collections.Generic;
using Schemata.Generator.Model;
using Schemata.Generator.Naming;
using Schemata.Generator.Resolution;
using Schemata.Generator.Typing.AllOf;

namespace Schemata.Generator.Typing;

/// <summary>
/// Finds the schemas of one document that get a generated type: the kind each gets (<see cref="TypeClassifier"/>) and
/// the name it asks for (<see cref="TypeNamer.Propose"/>). Names are handed out later, for all documents together.
/// </summary>
internal static class TypeCandidates
{
    /// <summary>The candidates of a document, parents first; <paramref name="visits"/> is the document's walk.</summary>
    public static List<NameCandidate> Find(SchemaDocument document, IReadOnlyList<SchemaVisit> visits)
    {
        var candidates = new List<NameCandidate>();
        var byPointer = new Dictionary<string, NameCandidate>(StringComparer.Ordinal);
        var visitsByPointer = new Dictionary<string, SchemaVisit>(StringComparer.Ordinal);

        // Composed records and the inline object branches merged into them (which have no type of their own).
        var compositions = new HashSet<string>(StringComparer.Ordinal);
        bool IsMergedBranch(SchemaVisit visit)
            => visit.Keyword == "allOf" && visit.ParentPointer is { } parent && compositions.Contains(parent) && AllOfKeywords.IsInlineObject(visit.Node);

        foreach (var visit in visits)
        {
            visitsByPointer[visit.Pointer] = visit;
            var named = visit.Pointer.Length == 0 || visit.Keyword is "$defs" or "definitions" || visit.IsResourceRoot;
            var merged = IsMergedBranch(visit);
            if (TypeClassifier.Classify(visit.Node, visit.Dialect, named, merged) is not { } kind)
            {
                if (merged)
                {
                    compositions.Add(visit.Pointer);
                }

                continue;
            }

            if (kind == TypeKind.Record && AllOfKeywords.IsComposition(visit.Node))
            {
                compositions.Add(visit.Pointer);
            }

            var candidate = TypeNamer.Propose(document, visit, kind, visitsByPointer, byPointer, IsMergedBranch);
            if (kind == TypeKind.Record && TypeClassifier.IsConditionalRecord(visit.Node, named))
            {
                candidate = candidate with { Conditional = true };
            }

            byPointer[visit.Pointer] = candidate;
            candidates.Add(candidate);
        }

        return candidates;
    }
}
