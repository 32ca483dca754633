using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Model;

namespace Schemata.Generator.Resolution;

/// <summary>
/// Every schema of every document, findable by URI: resources by <c>$id</c> (and by the file's own URI),
/// anchors by <c>$anchor</c>/<c>$dynamicAnchor</c>, and the fragment-only ids that schemas cut from OpenAPI
/// documents carry (<c>"$id": "#/components/schemas/Name"</c>). Built from all documents at once; used to
/// resolve <c>$ref</c> and never stored in the pipeline.
/// </summary>
internal sealed class SchemaRegistry
{
    private readonly Dictionary<string, SchemaDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaLocation> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaLocation> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SchemaLocation>> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<SchemaLocation, SchemaVisit> _visits = new();
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private SchemaRegistry()
    {
    }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public IEnumerable<SchemaDocument> Documents => _documents.Values;

    public static SchemaRegistry Build(IEnumerable<SchemaDocument> documents)
    {
        var registry = new SchemaRegistry();
        foreach (var document in documents)
        {
            if (document.Root is null || registry._documents.ContainsKey(document.Path))
            {
                continue;
            }

            registry._documents.Add(document.Path, document);
            registry.AddResource(document.BaseUri, new SchemaLocation(document.Path, string.Empty), null);
            foreach (var visit in SchemaWalker.Walk(document))
            {
                registry.Register(document, visit);
            }
        }

        return registry;
    }

    public SchemaDocument? Document(string path) => _documents.TryGetValue(path, out var d) ? d : null;

    public JsonNode? NodeAt(SchemaLocation location)
        => _documents.TryGetValue(location.DocumentPath, out var document) && document.Root is not null
            ? JsonPointer.Navigate(document.Root, location.Pointer)
            : null;

    /// <summary>The walk's view of a location: its node, base URI and draft. Locations the walk never entered (inside unknown keywords) borrow them from the nearest schema above.</summary>
    public SchemaVisit? VisitAt(SchemaLocation location)
    {
        if (_visits.TryGetValue(location, out var visit))
        {
            return visit;
        }

        var node = NodeAt(location);
        if (node is null)
        {
            return null;
        }

        var pointer = location.Pointer;
        while (pointer.Length > 0)
        {
            pointer = pointer.Substring(0, pointer.LastIndexOf('/'));
            if (_visits.TryGetValue(new SchemaLocation(location.DocumentPath, pointer), out var ancestor))
            {
                return new SchemaVisit(node, location.Pointer, ancestor.BaseUri, ancestor.Dialect, null, null, null, false);
            }
        }

        return null;
    }

    /// <summary>Resolves a <c>$ref</c> written in a schema whose base URI is <paramref name="baseUri"/>.</summary>
    public (SchemaLocation? Target, string? Error) Resolve(string reference, string baseUri, SchemaDocument from)
    {
        var result = ResolveAgainst(reference, baseUri, from);
        if (result.Target is null && !string.Equals(baseUri, from.BaseUri, StringComparison.Ordinal) && !UriReference.IsAbsolute(reference))
        {
            // An $id elsewhere than the file's own location would otherwise hide sibling files: try the file's location too.
            var second = ResolveAgainst(reference, from.BaseUri, from);
            if (second.Target is not null)
            {
                return second;
            }
        }

        return result;
    }

    private (SchemaLocation? Target, string? Error) ResolveAgainst(string reference, string baseUri, SchemaDocument from)
    {
        var absolute = UriReference.Resolve(baseUri, reference);
        var (resource, rawFragment) = UriReference.SplitFragment(absolute);
        var fragment = rawFragment is null ? string.Empty : JsonPointer.DecodeFragment(rawFragment);
        if (_resources.TryGetValue(resource, out var root))
        {
            if (fragment.Length == 0)
            {
                return (root, null);
            }

            if (fragment[0] == '/')
            {
                var rootNode = NodeAt(root);
                if (rootNode is not null && JsonPointer.Navigate(rootNode, fragment) is not null)
                {
                    return (new SchemaLocation(root.DocumentPath, root.Pointer + fragment), null);
                }
            }
            else if (_anchors.TryGetValue(resource + "#" + fragment, out var anchored))
            {
                return (anchored, null);
            }
        }

        if (fragment.Length > 0 && fragment[0] == '/' && ResolveAlias(fragment, from) is { } aliased)
        {
            return (aliased, null);
        }

        if (!_resources.ContainsKey(resource))
        {
            return (null, $"no schema file or $id is '{resource}'");
        }

        return fragment[0] == '/'
            ? (null, $"'{resource}' has nothing at the pointer '{fragment}'")
            : (null, $"'{resource}' has no anchor '{fragment}'");
    }

    /// <summary>
    /// Finds "#/components/schemas/Name/…" by the longest registered fragment-only id that prefixes it. Such ids are
    /// only unique within one cut of one OpenAPI document, so when several files declare the same one (two versions
    /// of an API in two folders), the one nearest to the referencing file wins.
    /// </summary>
    private SchemaLocation? ResolveAlias(string fragment, SchemaDocument from)
    {
        for (var end = fragment.Length; end > 0; end = fragment.LastIndexOf('/', end - 1))
        {
            if (_aliases.TryGetValue(fragment.Substring(0, end), out var targets))
            {
                var target = Nearest(targets, from.Path);
                var rest = fragment.Substring(end);
                if (rest.Length == 0)
                {
                    return target;
                }

                var node = NodeAt(target);
                return node is not null && JsonPointer.Navigate(node, rest) is not null
                    ? new SchemaLocation(target.DocumentPath, target.Pointer + rest)
                    : null;
            }

            if (end == 0)
            {
                break;
            }
        }

        return null;
    }

    private void Register(SchemaDocument document, SchemaVisit visit)
    {
        var location = new SchemaLocation(document.Path, visit.Pointer);
        _visits[location] = visit;
        if (!visit.Node.IsObject)
        {
            return;
        }

        var idKeyword = visit.Dialect.IdKeyword();
        if (SchemaWalker.IdOf(visit.Node, visit.Dialect) is { } id)
        {
            var idSpan = visit.Node.TryGetMember(idKeyword, out var member) ? new LocationInfo(document.Path, member.Value.Span) : null;
            if (id.StartsWith("#/", StringComparison.Ordinal))
            {
                // The OpenAPI-cut form: the id is a pointer into the document the schema was cut from.
                AddAlias(JsonPointer.DecodeFragment(id.Substring(1)), location, idSpan, id);
            }
            else if (visit.IsResourceRoot)
            {
                AddResource(visit.BaseUri, location, idSpan);
                var (_, fragment) = UriReference.SplitFragment(id);
                if (fragment is { Length: > 0 })
                {
                    AddAnchor(visit.BaseUri + "#" + fragment, location);
                }
            }
            else if (id.StartsWith("#", StringComparison.Ordinal) && id.Length > 1)
            {
                // Draft 7 and earlier: "$id": "#name" is a plain-name anchor.
                AddAnchor(visit.BaseUri + id, location);
            }
        }

        foreach (var keyword in new[] { "$anchor", "$dynamicAnchor", "$recursiveAnchor" })
        {
            if (visit.Node.GetString(keyword) is { Length: > 0 } anchor)
            {
                AddAnchor(visit.BaseUri + "#" + anchor, location);
            }
        }
    }

    private void AddResource(string uri, SchemaLocation location, LocationInfo? idSpan)
    {
        var (resource, _) = UriReference.SplitFragment(uri);
        if (_resources.TryGetValue(resource, out var existing))
        {
            if (existing != location && idSpan is not null)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, idSpan, resource, DisplayOf(existing)));
            }

            return;
        }

        _resources.Add(resource, location);
    }

    private void AddAnchor(string key, SchemaLocation location)
    {
        if (!_anchors.ContainsKey(key))
        {
            _anchors.Add(key, location);
        }
    }

    private void AddAlias(string fragment, SchemaLocation location, LocationInfo? idSpan, string id)
    {
        if (!_aliases.TryGetValue(fragment, out var existing))
        {
            existing = new List<SchemaLocation>();
            _aliases.Add(fragment, existing);
        }

        foreach (var other in existing)
        {
            if (other != location && DirectoryOf(other.DocumentPath) == DirectoryOf(location.DocumentPath) && idSpan is not null)
            {
                // In one folder the id cannot tell the two apart.
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, idSpan, id, DisplayOf(other)));
                return;
            }
        }

        existing.Add(location);
    }

    /// <summary>The location whose file shares the longest directory prefix with <paramref name="path"/>; the first on a tie.</summary>
    private static SchemaLocation Nearest(List<SchemaLocation> candidates, string path)
    {
        var best = candidates[0];
        var bestLength = -1;
        foreach (var candidate in candidates)
        {
            var length = CommonDirectoryLength(candidate.DocumentPath, path);
            if (length > bestLength)
            {
                best = candidate;
                bestLength = length;
            }
        }

        return best;
    }

    private static int CommonDirectoryLength(string a, string b)
    {
        var length = 0;
        for (var i = 0; i < a.Length && i < b.Length && a[i] == b[i]; i++)
        {
            if (a[i] == '/' || a[i] == '\\')
            {
                length = i + 1;
            }
        }

        return length;
    }

    private static string DirectoryOf(string path) => path.Substring(0, Math.Max(0, path.LastIndexOfAny(new[] { '/', '\\' })));

    private string DisplayOf(SchemaLocation location)
    {
        var path = _documents.TryGetValue(location.DocumentPath, out var d) ? d.DisplayPath : location.DocumentPath;
        return location.Pointer.Length == 0 ? path : path + "#" + location.Pointer;
    }
}
