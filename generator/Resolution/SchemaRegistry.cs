using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;

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
    private readonly Dictionary<string, SchemaIndex> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaLocation> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaLocation> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SchemaLocation>> _aliases = new(StringComparer.Ordinal);
    private readonly List<DiagnosticInfo> _diagnostics = new();

    // Lookups are remembered: the graph asks for the same targets many times (once to type a reference, once to link
    // its validation, and every schema that refers to the same definition), and each costs a pointer walk.
    private readonly Dictionary<SchemaLocation, JsonNode?> _nodes = new();
    private readonly Dictionary<SchemaLocation, SchemaVisit?> _visits = new();
    private readonly Dictionary<(string Reference, string BaseUri, string From), (SchemaLocation? Target, string? Error)> _resolved = new();

    /// <summary>How many references may be followed through one another (to type a schema, to derive a record; README: Limits).</summary>
    public const int MaxReferenceDepth = 64;

    private SchemaRegistry()
    {
    }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public IEnumerable<SchemaDocument> Documents => _documents.Values;

    /// <summary>Registers the identifiers of every document, in the order given (the first of two equal ids wins).</summary>
    public static SchemaRegistry Build(IEnumerable<(SchemaDocument Document, SchemaIndex Index)> documents)
    {
        var registry = new SchemaRegistry();
        foreach (var (document, index) in documents)
        {
            if (document.Root is null || registry._documents.ContainsKey(document.Path))
            {
                continue;
            }

            registry._documents.Add(document.Path, document);
            registry._indexes.Add(document.Path, index);
            registry.AddResource(document.BaseUri, new SchemaLocation(document.Path, string.Empty), null);
            foreach (var identifier in index.Identifiers)
            {
                var location = new SchemaLocation(document.Path, identifier.Pointer);
                switch (identifier.Kind)
                {
                    case IdentifierKind.Resource:
                        registry.AddResource(identifier.Key, location, identifier.Span?.Location);
                        break;
                    case IdentifierKind.Anchor:
                        registry.AddAnchor(identifier.Key, location);
                        break;
                    default:
                        registry.AddAlias(identifier.Key, location, identifier.Span?.Location, identifier.Text);
                        break;
                }
            }
        }

        return registry;
    }

    /// <summary>Whether a document or <c>$id</c> declares the resource URI (without fragment).</summary>
    public bool HasResource(string resource) => _resources.ContainsKey(resource);

    public SchemaDocument? Document(string path) => _documents.TryGetValue(path, out var d) ? d : null;

    public JsonNode? NodeAt(SchemaLocation location)
    {
        if (!_nodes.TryGetValue(location, out var node))
        {
            node = _documents.TryGetValue(location.DocumentPath, out var document) && document.Root is not null
                ? JsonPointer.Navigate(document.Root, location.Pointer)
                : null;
            _nodes.Add(location, node);
        }

        return node;
    }

    /// <summary>
    /// The walk's view of a location: its node, base URI and draft. The base URI and draft are those of the nearest
    /// enclosing scope (a schema with an <c>$id</c> or <c>$schema</c> of its own, else the document root), which is
    /// also where locations the walk never entered (inside unknown keywords) take them from.
    /// </summary>
    public SchemaVisit? VisitAt(SchemaLocation location)
    {
        if (!_visits.TryGetValue(location, out var visit))
        {
            visit = FindVisit(location);
            _visits.Add(location, visit);
        }

        return visit;
    }

    private SchemaVisit? FindVisit(SchemaLocation location)
    {
        var node = NodeAt(location);
        if (node is null || !_indexes.TryGetValue(location.DocumentPath, out var index))
        {
            return null;
        }

        ResolutionScope? nearest = null;
        foreach (var scope in index.Scopes)
        {
            if (Encloses(scope.Pointer, location.Pointer) && (nearest is null || scope.Pointer.Length > nearest.Value.Pointer.Length))
            {
                nearest = scope;
            }
        }

        return nearest is { } found
            ? new SchemaVisit(node, location.Pointer, found.BaseUri, found.Dialect, null, null, null, false)
            : null;
    }

    private static bool Encloses(string ancestor, string pointer)
        => ancestor.Length == 0
            || (pointer.StartsWith(ancestor, StringComparison.Ordinal) && (pointer.Length == ancestor.Length || pointer[ancestor.Length] == '/'));

    /// <summary>Resolves a <c>$ref</c> written in a schema whose base URI is <paramref name="baseUri"/>.</summary>
    public (SchemaLocation? Target, string? Error) Resolve(string reference, string baseUri, SchemaDocument from)
    {
        var key = (reference, baseUri, from.Path);
        if (!_resolved.TryGetValue(key, out var result))
        {
            result = ResolveOnce(reference, baseUri, from);
            _resolved.Add(key, result);
        }

        return result;
    }

    private (SchemaLocation? Target, string? Error) ResolveOnce(string reference, string baseUri, SchemaDocument from)
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
