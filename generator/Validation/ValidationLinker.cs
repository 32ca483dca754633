using System;
using System.Collections.Generic;
using System.Linq;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Validation;

/// <summary>
/// Resolves, for validation, every <c>$ref</c>, <c>$dynamicRef</c> and <c>$recursiveRef</c> of every document to the
/// method that validates its target. A dynamic reference whose target carries the matching dynamic anchor also gets
/// every schema in the graph with that anchor as a candidate, chosen at run time by the dynamic scope. Targets the
/// document walk never reaches (inside unknown keywords, beside a draft-7 <c>$ref</c>) are walked too, and their own
/// references followed, so that every reachable schema has a method. Everything else comes from the documents'
/// indexes (<see cref="ValidationIndex"/>): no document is walked here.
/// </summary>
internal sealed class ValidationLinker
{
    private readonly SchemaRegistry _registry;
    private readonly Dictionary<string, List<ValidatorClass>> _sites = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EquatableArray<string>> _walkedPointers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _walked = new(StringComparer.Ordinal);
    private readonly Dictionary<SchemaLocation, SchemaVisit> _extraVisits = new();
    private readonly Dictionary<string, List<(string Resource, SchemaLocation Location)>> _dynamicAnchors = new(StringComparer.Ordinal);
    private readonly List<(string Resource, SchemaLocation Location)> _recursiveAnchors = new();
    private readonly HashSet<string> _dynamicResources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _extras = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _referenced = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ValidationLink>> _links = new(StringComparer.Ordinal);
    private readonly Queue<(SchemaDocument Document, SchemaLocation Location, SchemaVisit? Visit)> _pending = new();
    private readonly List<DiagnosticInfo> _diagnostics;

    private ValidationLinker(SchemaRegistry registry, List<DiagnosticInfo> diagnostics)
    {
        _registry = registry;
        _diagnostics = diagnostics;
    }

    public static ValidationGraph Link(SchemaRegistry registry, IReadOnlyList<(SchemaDocument Document, SchemaIndex Index)> indexed, IReadOnlyList<ValidatorClass> sites, List<DiagnosticInfo> diagnostics)
    {
        var linker = new ValidationLinker(registry, diagnostics);
        foreach (var site in sites)
        {
            if (!linker._sites.TryGetValue(site.Location.DocumentPath, out var list))
            {
                list = new List<ValidatorClass>();
                linker._sites.Add(site.Location.DocumentPath, list);
            }

            list.Add(site);
        }

        foreach (var (document, index) in indexed)
        {
            var validation = index.Validation ?? ValidationIndex.Empty;
            linker._walkedPointers[document.Path] = validation.Walked;

            foreach (var anchor in validation.DynamicAnchors)
            {
                linker.Index(new SchemaLocation(document.Path, anchor.Pointer), anchor);
            }
        }

        foreach (var (document, index) in indexed)
        {
            foreach (var pointer in (index.Validation ?? ValidationIndex.Empty).References)
            {
                linker._pending.Enqueue((document, new SchemaLocation(document.Path, pointer), null));
            }
        }

        while (linker._pending.Count > 0)
        {
            var (document, location, visit) = linker._pending.Dequeue();
            if ((visit ?? registry.VisitAt(location)) is { } found)
            {
                linker.LinkReferences(document, found, extra: visit is not null);
            }
        }

        var documents = indexed.Select(d => d.Document).ToList();
        var result = new List<DocumentValidation>();
        foreach (var document in documents)
        {
            var path = document.Path;
            var documentSites = linker._sites.TryGetValue(path, out var s) ? s.ToEquatableArray() : EquatableArray<ValidatorClass>.Empty;
            var links = linker._links.TryGetValue(path, out var l)
                ? l.OrderBy(x => x.SourcePointer, StringComparer.Ordinal).ThenBy(x => x.Keyword, StringComparer.Ordinal).ToEquatableArray()
                : EquatableArray<ValidationLink>.Empty;
            var extras = linker._extras.TryGetValue(path, out var e) ? e.ToEquatableArray() : EquatableArray<string>.Empty;
            var referenced = linker._referenced.TryGetValue(path, out var r) ? r.ToEquatableArray() : EquatableArray<string>.Empty;
            result.Add(new DocumentValidation(path, new DocumentValidationGraph(documentSites, links, extras, referenced, linker.Vocabularies(document))));
        }

        return new ValidationGraph(result.ToEquatableArray());
    }

    /// <summary>The vocabularies of a document whose <c>$schema</c> is a custom metaschema with <c>$vocabulary</c>; else null.</summary>
    private EquatableArray<string>? Vocabularies(SchemaDocument document)
    {
        if (document.Root?.GetString("$schema") is not { } metaschema || Dialects.FromUri(metaschema) is not null)
        {
            return null;
        }

        var (target, _) = _registry.Resolve(metaschema, document.BaseUri, document);
        if (target is not { } t || _registry.NodeAt(t)?["$vocabulary"] is not { IsObject: true } vocabulary)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var member in vocabulary.Members)
        {
            names.Add(member.Name);
        }

        return names.ToEquatableArray();
    }

    /// <summary>The reference keywords of a draft.</summary>
    public static IEnumerable<string> ReferenceKeywords(SchemaDialect dialect)
    {
        yield return "$ref";
        if (dialect >= SchemaDialect.Draft202012)
        {
            yield return "$dynamicRef";
        }
        else if (dialect == SchemaDialect.Draft201909)
        {
            yield return "$recursiveRef";
        }
    }

    /// <summary>Whether a resource declares dynamic anchors: a 2020-12 <c>$dynamicAnchor</c> anywhere in it, or a 2019-09 <c>$recursiveAnchor: true</c> at its root.</summary>
    public static bool DeclaresDynamicAnchor(SchemaVisit visit)
        => visit.Node.IsObject
            && ((visit.Dialect >= SchemaDialect.Draft202012 && visit.Node.GetString("$dynamicAnchor") is { Length: > 0 })
                || (visit.Dialect == SchemaDialect.Draft201909 && visit.IsResourceRoot && visit.Node.GetBoolean("$recursiveAnchor")));

    /// <summary>Whether a schema has a reference keyword of its draft (<see cref="ReferenceKeywords"/>) with a string value.</summary>
    public static bool HasReference(SchemaVisit visit)
    {
        if (!visit.Node.IsObject)
        {
            return false;
        }

        foreach (var keyword in ReferenceKeywords(visit.Dialect))
        {
            if (visit.Node[keyword] is { IsString: true })
            {
                return true;
            }
        }

        return false;
    }

    private void Index(SchemaLocation location, DynamicAnchorDeclaration declaration)
    {
        _dynamicResources.Add(declaration.BaseUri);
        if (declaration.Anchor is { } anchor)
        {
            if (!_dynamicAnchors.TryGetValue(anchor, out var list))
            {
                list = new List<(string, SchemaLocation)>();
                _dynamicAnchors.Add(anchor, list);
            }

            list.Add((declaration.BaseUri, location));
        }
        else
        {
            _recursiveAnchors.Add((declaration.BaseUri, location));
        }
    }

    private void LinkReferences(SchemaDocument document, SchemaVisit visit, bool extra)
    {
        if (!visit.Node.IsObject)
        {
            return;
        }

        foreach (var keyword in ReferenceKeywords(visit.Dialect))
        {
            if (!visit.Node.TryGetMember(keyword, out var member) || !member.Value.IsString)
            {
                continue;
            }

            var reference = member.Value.Text!;
            var (target, error) = _registry.Resolve(reference, visit.BaseUri, document);
            if (target is { } t && !IsSchema(t))
            {
                (target, error) = (null, "it does not point at a schema");
            }

            if (target is not { } found)
            {
                // Unresolved $refs of walked schemas are already reported by the graph builder.
                if (keyword != "$ref" || extra)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, LocationInfo.At(document.Path, JsonPointer.Append(visit.Pointer, keyword), member.Value.Span), reference, error + "; it is not checked"));
                }

                Add(document.Path, new ValidationLink(visit.Pointer, keyword, null, null, EquatableArray<DynamicCandidate>.Empty));
                continue;
            }

            var targetVisit = EnsureMethod(found);
            Referenced(found);
            var resource = targetVisit?.BaseUri;
            var enter = resource is not null && _dynamicResources.Contains(resource) && !string.Equals(resource, visit.BaseUri, StringComparison.Ordinal) ? resource : null;
            Add(document.Path, new ValidationLink(visit.Pointer, keyword, MethodAt(found), enter, Candidates(keyword, reference, targetVisit)));
        }
    }

    /// <summary>For a dynamic reference that lands on a matching dynamic anchor: every schema the dynamic scope may pick instead.</summary>
    private EquatableArray<DynamicCandidate> Candidates(string keyword, string reference, SchemaVisit? target)
    {
        if (target is not { } t || !t.Node.IsObject)
        {
            return EquatableArray<DynamicCandidate>.Empty;
        }

        List<(string Resource, SchemaLocation Location)>? anchors = null;
        if (keyword == "$dynamicRef")
        {
            var hash = reference.IndexOf('#');
            var fragment = hash < 0 ? string.Empty : reference.Substring(hash + 1);
            if (fragment.Length > 0 && fragment[0] != '/' && t.Node.GetString("$dynamicAnchor") == fragment)
            {
                _dynamicAnchors.TryGetValue(fragment, out anchors);
            }
        }
        else if (keyword == "$recursiveRef" && t.Node.GetBoolean("$recursiveAnchor"))
        {
            anchors = _recursiveAnchors;
        }

        if (anchors is null)
        {
            return EquatableArray<DynamicCandidate>.Empty;
        }

        var candidates = new List<DynamicCandidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (resource, location) in anchors)
        {
            if (seen.Add(resource) && MethodAt(location) is { } method)
            {
                Referenced(location);
                candidates.Add(new DynamicCandidate(resource, method));
            }
        }

        return candidates.ToEquatableArray();
    }

    private void Referenced(SchemaLocation location)
    {
        if (!_referenced.TryGetValue(location.DocumentPath, out var set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            _referenced.Add(location.DocumentPath, set);
        }

        set.Add(location.Pointer);
    }

    private bool IsSchema(SchemaLocation location) => _registry.NodeAt(location) is { } node && (node.IsObject || node.IsBoolean);

    /// <summary>Makes sure the target has a method: schemas the walk did not reach are walked from there.</summary>
    private SchemaVisit? EnsureMethod(SchemaLocation target)
    {
        if (_extraVisits.TryGetValue(target, out var known))
        {
            return known;
        }

        if (Walked(target))
        {
            return _registry.VisitAt(target);
        }

        var document = _registry.Document(target.DocumentPath);
        if (document is null || _registry.VisitAt(target) is not { } around)
        {
            return null;
        }

        if (!_extras.TryGetValue(target.DocumentPath, out var set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            _extras.Add(target.DocumentPath, set);
        }

        set.Add(target.Pointer);
        SchemaVisit? first = null;
        foreach (var visit in SchemaWalker.WalkFrom(around.Node, target.Pointer, around.BaseUri, around.Dialect))
        {
            var location = new SchemaLocation(target.DocumentPath, visit.Pointer);
            first ??= visit;
            if (Walked(location) || _extraVisits.ContainsKey(location))
            {
                continue;
            }

            _extraVisits[location] = visit;
            _pending.Enqueue((document, location, visit));
        }

        return first;
    }

    /// <summary>Whether the document walk reached the location (the set of a document is made when first asked).</summary>
    private bool Walked(SchemaLocation location)
    {
        if (location.Pointer.Length == 0)
        {
            return _walkedPointers.ContainsKey(location.DocumentPath);
        }

        if (!_walked.TryGetValue(location.DocumentPath, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            if (_walkedPointers.TryGetValue(location.DocumentPath, out var pointers))
            {
                foreach (var pointer in pointers)
                {
                    set.Add(pointer);
                }
            }

            _walked.Add(location.DocumentPath, set);
        }

        return set.Contains(location.Pointer);
    }

    private MethodRef? MethodAt(SchemaLocation location)
        => _sites.TryGetValue(location.DocumentPath, out var sites) && ValidationNames.OwnerOf(sites, location.Pointer) is { } owner
            ? ValidationNames.MethodFor(owner, location.Pointer)
            : null;

    private void Add(string path, ValidationLink link)
    {
        if (!_links.TryGetValue(path, out var list))
        {
            list = new List<ValidationLink>();
            _links.Add(path, list);
        }

        list.Add(link);
    }
}
