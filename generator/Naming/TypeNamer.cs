using System;
using System.Collections.Generic;
using System.Linq;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Naming;

/// <summary>
/// Finds the schemas that get a generated type (sites) and names them. The naming rules (also in the README):
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
    /// <summary>
    /// Names that generated helper types use in every namespace, and the names of members every generated type has: a
    /// type named like one of its own members does not compile (CS0542), so a schema titled "Equals" gets "Equals2".
    /// </summary>
    public static readonly string[] ReservedTypeNames = new[] { "SchemataJsonResolver" }.Concat(TypeModelBuilder.ReservedMemberNames).ToArray();

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
    /// Names the candidates of all documents (found per document by <see cref="FindCandidates"/>), in an order that does
    /// not depend on the order the files were listed in.
    /// </summary>
    public static List<TypeSite> Name(IReadOnlyList<(SchemaDocument Document, SchemaIndex Index)> documents, List<DiagnosticInfo> diagnostics)
        => Name(documents, diagnostics, null);

    /// <summary>Names the type sites and, when <paramref name="validators"/> is given, the validator sites (see <see cref="ValidatorNamer"/>).</summary>
    public static List<TypeSite> Name(IReadOnlyList<(SchemaDocument Document, SchemaIndex Index)> documents, List<DiagnosticInfo> diagnostics, List<ValidatorSite>? validators)
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

        // Namespaces that differ only in case share a scope: their files would otherwise share names (see NameScope).
        var scopes = new Dictionary<string, NameScope>(StringComparer.OrdinalIgnoreCase);
        NameScope ScopeOf(string ns)
        {
            if (!scopes.TryGetValue(ns, out var scope))
            {
                scope = new NameScope(ReservedTypeNames);
                scopes.Add(ns, scope);
            }

            return scope;
        }

        // A type may not be named like a namespace declared in the same namespace (CS0101): Consumer.Url, the namespace
        // of some files, keeps a type of another file in Consumer from being named Url.
        foreach (var (document, _) in documents)
        {
            var ns = document.Namespace;
            for (var dot = ns.IndexOf('.'); dot > 0; dot = ns.IndexOf('.', dot + 1))
            {
                var next = ns.IndexOf('.', dot + 1);
                ScopeOf(ns.Substring(0, dot)).Reserve(next < 0 ? ns.Substring(dot + 1) : ns.Substring(dot + 1, next - dot - 1));
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
            var scope = ScopeOf(candidate.Document.Namespace);
            candidate.Name = candidate.Found.Kind == TypeKind.Enum ? scope.Claim(desired, EnumConverterSuffix) : scope.Claim(desired);
            if (candidate.Name != desired)
            {
                var where = candidate.Document.DisplayPath + (candidate.Found.Pointer.Length == 0 ? string.Empty : "#" + candidate.Found.Pointer);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, candidate.Found.NameSpan.Location, where, candidate.Name, desired));
            }
        }

        var sites = candidates
            .Select(c => new TypeSite(new SchemaLocation(c.Document.Path, c.Found.Pointer), c.Found.Kind, c.Document.Namespace, c.Name!, c.Found.IsExplicit))
            .ToList();
        if (validators is not null)
        {
            var typeFiles = new HashSet<string>(sites.Select(s => SourceFile.TypeHintName(s.Namespace, s.Name)), StringComparer.OrdinalIgnoreCase);
            validators.AddRange(ValidatorNamer.Name(documents, sites, ScopeOf, typeFiles, diagnostics));
        }

        return sites;
    }

    /// <summary>The schemas of one document that get a type, and the names they ask for; <paramref name="visits"/> is the document's walk.</summary>
    public static List<NameCandidate> FindCandidates(SchemaDocument document, IReadOnlyList<SchemaVisit> visits)
    {
        var candidates = new List<NameCandidate>();
        var sites = new Dictionary<string, NameCandidate>(StringComparer.Ordinal);
        var byPointer = new Dictionary<string, SchemaVisit>(StringComparer.Ordinal);
        var compositions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var visit in visits)
        {
            byPointer[visit.Pointer] = visit;
            var node = visit.Node;
            var isRoot = visit.Pointer.Length == 0;
            var isDefinition = visit.Keyword is "$defs" or "definitions";
            var named = isRoot || isDefinition || visit.IsResourceRoot;
            var conditional = false;
            TypeKind kind;
            if (SchemaFacts.IsEnum(node))
            {
                kind = TypeKind.Enum;
            }
            else if (SchemaFacts.IsMixedEnum(node))
            {
                kind = TypeKind.MixedEnum;
            }
            else if (UnionFacts.IsUnion(node) || SchemaFacts.IsMultiType(node))
            {
                kind = TypeKind.Union;
            }
            else if (IsMergedBranch(visit, compositions))
            {
                // An object branch of a composition: its properties are the composed record's; it has no type of its own.
                compositions.Add(visit.Pointer);
                continue;
            }
            else if (SchemaFacts.IsTuple(node, visit.Dialect))
            {
                kind = TypeKind.Tuple;
            }
            else if (SchemaFacts.IsRecord(node, named) || AllOfFacts.IsComposition(node))
            {
                kind = TypeKind.Record;
                conditional = !SchemaFacts.IsRecord(node, named) && AllOfFacts.IsConditional(node);
            }
            else
            {
                continue;
            }

            if (kind == TypeKind.Record && AllOfFacts.IsComposition(node))
            {
                compositions.Add(visit.Pointer);
            }

            var depth = Depth(visit.Pointer);
            NameCandidate candidate;
            if (isRoot)
            {
                var (name, span) = RootName(document);
                candidate = new NameCandidate(visit.Pointer, kind, true, name, span, null, depth);
            }
            else if (isDefinition)
            {
                candidate = new NameCandidate(visit.Pointer, kind, true, Identifier.ToPascalCase(visit.Key!, "Definition"), KeyAt(document.Path, byPointer, visit), null, depth);
            }
            else if (visit.IsResourceRoot && SchemaFacts.Title(node) is { } title && Identifier.ToPascalCase(title).Length > 0)
            {
                candidate = new NameCandidate(visit.Pointer, kind, true, Identifier.ToPascalCase(title), LocationInfo.At(document.Path, JsonPointer.Append(visit.Pointer, "title"), node["title"]!), null, depth);
            }
            else
            {
                var (parent, words) = InlineWords(visit, byPointer, sites, compositions, document);
                candidate = new NameCandidate(visit.Pointer, kind, false, words, KeyAt(document.Path, byPointer, visit), parent?.Pointer, depth);
            }

            if (conditional)
            {
                candidate = candidate with { Conditional = true };
            }

            sites[visit.Pointer] = candidate;
            candidates.Add(candidate);
        }

        return candidates;
    }

    /// <summary>
    /// An inline object schema directly under the <c>allOf</c> of a composition (or of a branch merged into one):
    /// <paramref name="compositions"/> holds both.
    /// </summary>
    private static bool IsMergedBranch(SchemaVisit visit, HashSet<string> compositions)
        => visit.Keyword == "allOf" && visit.ParentPointer is { } parent && compositions.Contains(parent) && AllOfFacts.IsInlineObject(visit.Node);

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

    /// <summary>The enclosing site and the words that lead from it to <paramref name="visit"/>.</summary>
    private static (NameCandidate? Parent, string Words) InlineWords(SchemaVisit visit, Dictionary<string, SchemaVisit> visits, Dictionary<string, NameCandidate> sites, HashSet<string> compositions, SchemaDocument document)
    {
        var steps = new List<SchemaVisit>();
        var current = visit;
        NameCandidate? parent = null;
        while (current.ParentPointer is { } parentPointer)
        {
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
                case "allOf" when step.ParentPointer is { } composed && compositions.Contains(composed) && AllOfFacts.IsInlineObject(step.Node):
                    // The branch's properties are the composition's: a type inside is named as if declared there.
                    break;
                case "allOf":
                    words.Add("Part" + (int.Parse(step.Key!, System.Globalization.CultureInfo.InvariantCulture) + 1));
                    break;
                case "anyOf":
                case "oneOf":
                    // A branch with a title is named by it (Shape's branch "Circle" → ShapeCircle), else by its position.
                    words.Add(SchemaFacts.Title(step.Node) is { } title && Identifier.ToPascalCase(title) is { Length: > 0 } titled
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

    internal static (string Name, LocationInfo At) RootName(SchemaDocument document)
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
                return (name, LocationInfo.At(document.Path, "/title", title.Value));
            }
        }

        var stem = Identifier.ToPascalCase(PathHelpers.Stem(document.Path), "Schema");
        return (stem, document.Root is { } whole ? LocationInfo.StartOf(document.Path, string.Empty, whole) : new LocationInfo(document.Path, SourceSpan.None));
    }

    /// <summary>The property name a schema sits under, for diagnostics about its name.</summary>
    private static LocationInfo KeyAt(string path, Dictionary<string, SchemaVisit> visits, SchemaVisit visit)
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

        return LocationInfo.At(path, visit.Pointer, visit.Node);
    }
}
