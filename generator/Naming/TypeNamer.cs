using System;
using System.Collections.Generic;
using System.Linq;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Naming;

/// <summary>
/// Names the schemas that get a generated type (their candidates are found per document while indexing, see
/// <c>Typing/TypeCandidates</c>). The naming rules (also in docs/naming.md):
/// <list type="bullet">
/// <item>a file's root: the <c>SchemataTypeName</c> item metadata, else its <c>title</c>, else the file name;</item>
/// <item><c>$defs</c>/<c>definitions</c> entries: their key;</item>
/// <item>inline schemas: the enclosing type's name followed by the path to them: a property's name, the singular
/// of an array property's name for its items (<c>Order.line_items[]</c> → <c>OrderLineItem</c>), <c>Value</c> for
/// <c>additionalProperties</c>.</item>
/// </list>
/// Names are made unique per namespace: roots and definitions claim first (ordered by file path and pointer),
/// inline types after; a later claimant of a taken name gets a number and an Info diagnostic.
/// </summary>
internal static class TypeNamer
{
    /// <summary>An enum <c>E</c> gets a converter class <c>EJsonConverter</c> beside it.</summary>
    public const string EnumConverterSuffix = "JsonConverter";

    /// <summary>A <see cref="NameCandidate"/> of one document, while names are handed out.</summary>
    private sealed class Candidate
    {
        public Candidate(SchemaDocument document, NameCandidate found)
        {
            Document = document;
            Found = found;
        }

        public SchemaDocument Document { get; }

        public NameCandidate Found { get; }

        public Candidate? Parent { get; set; }

        public string? Name { get; set; }
    }

    /// <summary>
    /// Names the candidates of all documents in <paramref name="scopes"/>, in an order that does not depend on the order
    /// the files were listed in.
    /// </summary>
    public static List<GeneratedType> Name(IReadOnlyList<(SchemaDocument Document, SchemaIndex Index)> documents, NamespaceScopes scopes, List<DiagnosticInfo> diagnostics)
    {
        var candidates = new List<Candidate>();
        foreach (var (document, index) in documents)
        {
            var byPointer = new Dictionary<string, Candidate>(StringComparer.Ordinal);
            foreach (var found in index.Candidates)
            {
                var candidate = new Candidate(document, found);
                if (found.ParentPointer is { } parent && byPointer.TryGetValue(parent, out var enclosing))
                {
                    candidate.Parent = enclosing;
                }

                byPointer[found.Pointer] = candidate;
                candidates.Add(candidate);
            }
        }

        var ordered = candidates
            .OrderBy(c => c.Found.IsExplicit ? 0 : 1)
            .ThenBy(c => c.Found.IsExplicit ? 0 : c.Found.Depth)
            .ThenBy(c => c.Document.Path, StringComparer.Ordinal)
            .ThenBy(c => c.Found.Pointer, StringComparer.Ordinal);
        foreach (var candidate in ordered)
        {
            var desired = candidate.Found.IsExplicit ? candidate.Found.Desired : (candidate.Parent?.Name ?? string.Empty) + candidate.Found.Desired;
            if (desired.Length == 0)
            {
                desired = "Schema";
            }

            // An enum's converter is a sibling class named after it, so the pair is claimed together.
            var scope = scopes.Of(candidate.Document.Namespace);
            candidate.Name = candidate.Found.Kind == TypeKind.Enum ? scope.Claim(desired, EnumConverterSuffix) : scope.Claim(desired);
            if (candidate.Name != desired)
            {
                var where = candidate.Document.DisplayPath + (candidate.Found.Pointer.Length == 0 ? string.Empty : "#" + candidate.Found.Pointer);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, candidate.Found.NameSpan.Location, where, candidate.Name, desired));
            }
        }

        return candidates
            .Select(c => new GeneratedType(new SchemaLocation(c.Document.Path, c.Found.Pointer), c.Found.Kind, c.Document.Namespace, c.Name!, c.Found.IsExplicit))
            .ToList();
    }

    /// <summary>
    /// The name a schema that gets a type asks for: a root, a definition and a titled resource name themselves; an inline
    /// schema asks for the words that lead to it from the enclosing type (<see cref="InlineWords"/>).
    /// </summary>
    /// <param name="visits">The document's schemas walked so far, by pointer.</param>
    /// <param name="candidates">The document's candidates found so far, by pointer.</param>
    public static NameCandidate Propose(SchemaDocument document, SchemaVisit visit, TypeKind kind, Dictionary<string, SchemaVisit> visits, Dictionary<string, NameCandidate> candidates, Func<SchemaVisit, bool> isMergedBranch)
    {
        var node = visit.Node;
        var depth = Depth(visit.Pointer);
        if (visit.Pointer.Length == 0)
        {
            var (name, span) = RootName(document);
            return new NameCandidate { Pointer = visit.Pointer, Kind = kind, IsExplicit = true, Desired = name, NameSpan = span, Depth = depth };
        }

        if (visit.Keyword is "$defs" or "definitions")
        {
            return new NameCandidate { Pointer = visit.Pointer, Kind = kind, IsExplicit = true, Desired = Identifier.ToPascalCase(visit.Key!, "Definition"), NameSpan = KeyAt(document.Path, visits, visit), Depth = depth };
        }

        if (visit.IsResourceRoot && node.IsObject && node.GetString("title") is { } title && Identifier.ToPascalCase(title).Length > 0)
        {
            return new NameCandidate { Pointer = visit.Pointer, Kind = kind, IsExplicit = true, Desired = Identifier.ToPascalCase(title), NameSpan = LocationInfo.At(document.Path, JsonPointer.Append(visit.Pointer, "title"), node["title"]!.Span), Depth = depth };
        }

        var (parent, words) = InlineWords(visit, visits, candidates, isMergedBranch, document);
        return new NameCandidate { Pointer = visit.Pointer, Kind = kind, IsExplicit = false, Desired = words, NameSpan = KeyAt(document.Path, visits, visit), ParentPointer = parent?.Pointer, Depth = depth };
    }

    private static int Depth(string pointer)
    {
        var depth = 0;
        foreach (var c in pointer)
        {
            if (c == '/')
            {
                depth++;
            }
        }

        return depth;
    }

    /// <summary>The enclosing candidate and the words that lead from it to <paramref name="visit"/>.</summary>
    /// <param name="isMergedBranch">Whether a schema is an object branch merged into the record of its <c>allOf</c>: a type inside is named as if declared there.</param>
    public static (NameCandidate? Parent, string Words) InlineWords(SchemaVisit visit, Dictionary<string, SchemaVisit> visits, Dictionary<string, NameCandidate> sites, Func<SchemaVisit, bool> isMergedBranch, SchemaDocument document)
    {
        var steps = new List<SchemaVisit>();
        var current = visit;
        NameCandidate? parent = null;
        while (true)
        {
            if (current.ParentPointer is not { } parentPointer)
            {
                // An entry of an OpenAPI document has no parent schema: its name starts the words, as a definition's does.
                if (current.Keyword is "$defs" or "definitions" && current.Key is not null && current.Pointer != visit.Pointer)
                {
                    steps.Add(current);
                }

                break;
            }

            steps.Add(current);
            if (sites.TryGetValue(parentPointer, out parent))
            {
                break;
            }

            if (!visits.TryGetValue(parentPointer, out current))
            {
                break;
            }
        }

        steps.Reverse();
        var words = new List<string>();
        if (parent is null)
        {
            words.Add(RootName(document).Name);
        }

        foreach (var step in steps)
        {
            switch (step.Keyword)
            {
                case "properties":
                    words.Add(Identifier.ToPascalCase(step.Key!, "Property"));
                    break;
                case "additionalProperties":
                case "patternProperties":
                    words.Add("Value");
                    break;
                case "items" when step.Key is null:
                    var last = words.Count > 0 ? words[words.Count - 1] : null;
                    if (last is not null && Identifier.Singular(last) is { } singular)
                    {
                        words[words.Count - 1] = singular;
                    }
                    else
                    {
                        words.Add("Item");
                    }

                    break;
                case "items":
                case "prefixItems":
                    words.Add("Item" + (int.Parse(step.Key!, System.Globalization.CultureInfo.InvariantCulture) + 1));
                    break;
                case "allOf" when isMergedBranch(step):
                    // The branch's properties are the composition's: a type inside is named as if declared there.
                    break;
                case "allOf":
                    words.Add("Part" + (int.Parse(step.Key!, System.Globalization.CultureInfo.InvariantCulture) + 1));
                    break;
                case "anyOf":
                case "oneOf":
                    // A branch with a title is named by it (Shape's branch "Circle" → ShapeCircle), else by its position.
                    words.Add(step.Node.IsObject && step.Node.GetString("title") is { } title && Identifier.ToPascalCase(title) is { Length: > 0 } titled
                        ? titled
                        : "Option" + (int.Parse(step.Key!, System.Globalization.CultureInfo.InvariantCulture) + 1));
                    break;
                case "$defs":
                case "definitions":
                    words.Clear();
                    words.Add(Identifier.ToPascalCase(step.Key!, "Definition"));
                    break;
                case "dependentSchemas":
                case "dependencies":
                    words.Add(Identifier.ToPascalCase(step.Key!, "Dependency"));
                    break;
                default:
                    words.Add(Identifier.ToPascalCase(step.Keyword ?? string.Empty, "Schema"));
                    break;
            }
        }

        return (parent, string.Concat(words));
    }

    public static (string Name, LocationInfo At) RootName(SchemaDocument document)
    {
        if (document.TypeName is { } overridden)
        {
            return (Identifier.ToPascalCase(overridden, "Schema"), new LocationInfo(document.Path, SourceSpan.None));
        }

        if (document.Root is { IsObject: true } root && root.TryGetMember("title", out var title) && title.Value.IsString)
        {
            var name = Identifier.ToPascalCase(title.Value.Text!);
            if (name.Length > 0 && name.Length <= 100)
            {
                return (name, LocationInfo.At(document.Path, "/title", title.Value.Span));
            }
        }

        var stem = Identifier.ToPascalCase(PathHelpers.Stem(document.Path), "Schema");
        return (stem, document.Root is { } whole ? LocationInfo.StartOf(document.Path, string.Empty, whole.Span) : new LocationInfo(document.Path, SourceSpan.None));
    }

    /// <summary>The property name a schema sits under, for diagnostics about its name.</summary>
    public static LocationInfo KeyAt(string path, Dictionary<string, SchemaVisit> visits, SchemaVisit visit)
    {
        if (visit.ParentPointer is { } parentPointer && visits.TryGetValue(parentPointer, out var parent)
            && visit.Keyword is { } keyword && parent.Node[keyword] is { } container)
        {
            if (visit.Key is { } key && container.IsObject && container.TryGetMember(key, out var member))
            {
                return LocationInfo.NameAt(path, visit.Pointer, member.NameSpan);
            }

            if (parent.Node.TryGetMember(keyword, out var keywordMember))
            {
                return LocationInfo.NameAt(path, JsonPointer.Append(parentPointer, keyword), keywordMember.NameSpan);
            }
        }

        return LocationInfo.At(path, visit.Pointer, visit.Node.Span);
    }
}
