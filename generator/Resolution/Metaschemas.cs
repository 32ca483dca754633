using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;

namespace Schemata.Generator.Resolution;

/// <summary>
/// The drafts' own metaschemas (2020-12 and 2019-09 with their vocabulary metaschemas, draft-07, draft-04), carried
/// inside the generator as embedded resources (<c>generator/Metaschemas/</c>), so that <c>"$ref":
/// "https://json-schema.org/draft/2020-12/schema"</c> resolves without the network. A metaschema joins the graph
/// only when a <c>$ref</c> names it (directly or through another metaschema) and no user file declares its URI
/// (users' files win); it is parsed on first use and gets validation classes but never a generated type.
/// </summary>
internal static class Metaschemas
{
    /// <summary>A bundled metaschema: its URI (without fragment), resource file, and the C# names of its validation class.</summary>
    private sealed record Entry(string Uri, string Resource, string Draft, string TypeName);

    private static readonly Entry[] Entries =
    {
        new("https://json-schema.org/draft/2020-12/schema", "draft2020-12.schema.json", "Draft202012", "Schema"),
        new("https://json-schema.org/draft/2020-12/meta/core", "draft2020-12.meta.core.json", "Draft202012", "Core"),
        new("https://json-schema.org/draft/2020-12/meta/applicator", "draft2020-12.meta.applicator.json", "Draft202012", "Applicator"),
        new("https://json-schema.org/draft/2020-12/meta/unevaluated", "draft2020-12.meta.unevaluated.json", "Draft202012", "Unevaluated"),
        new("https://json-schema.org/draft/2020-12/meta/validation", "draft2020-12.meta.validation.json", "Draft202012", "Validation"),
        new("https://json-schema.org/draft/2020-12/meta/meta-data", "draft2020-12.meta.meta-data.json", "Draft202012", "MetaData"),
        new("https://json-schema.org/draft/2020-12/meta/format-annotation", "draft2020-12.meta.format-annotation.json", "Draft202012", "FormatAnnotation"),
        new("https://json-schema.org/draft/2020-12/meta/format-assertion", "draft2020-12.meta.format-assertion.json", "Draft202012", "FormatAssertion"),
        new("https://json-schema.org/draft/2020-12/meta/content", "draft2020-12.meta.content.json", "Draft202012", "Content"),
        new("https://json-schema.org/draft/2019-09/schema", "draft2019-09.schema.json", "Draft201909", "Schema"),
        new("https://json-schema.org/draft/2019-09/meta/core", "draft2019-09.meta.core.json", "Draft201909", "Core"),
        new("https://json-schema.org/draft/2019-09/meta/applicator", "draft2019-09.meta.applicator.json", "Draft201909", "Applicator"),
        new("https://json-schema.org/draft/2019-09/meta/validation", "draft2019-09.meta.validation.json", "Draft201909", "Validation"),
        new("https://json-schema.org/draft/2019-09/meta/meta-data", "draft2019-09.meta.meta-data.json", "Draft201909", "MetaData"),
        new("https://json-schema.org/draft/2019-09/meta/format", "draft2019-09.meta.format.json", "Draft201909", "Format"),
        new("https://json-schema.org/draft/2019-09/meta/content", "draft2019-09.meta.content.json", "Draft201909", "Content"),
        new("http://json-schema.org/draft-07/schema", "draft-07.schema.json", "Draft7", "Schema"),
        new("http://json-schema.org/draft-04/schema", "draft-04.schema.json", "Draft4", "Schema"),
    };

    private static readonly Dictionary<string, Entry> ByUri = Entries.ToDictionary(e => e.Uri, StringComparer.Ordinal);

    /// <summary>Parsed trees, filled on first use and shared by every run (trees are immutable).</summary>
    private static readonly ConcurrentDictionary<string, JsonNode> Parsed = new(StringComparer.Ordinal);

    /// <summary>Whether a document path is a bundled metaschema's (their paths are their URIs, which no file path is).</summary>
    public static bool IsBundled(string path) => ByUri.ContainsKey(path);

    /// <summary>Whether a resource URI (without fragment) is one a bundled metaschema answers to.</summary>
    public static bool Knows(string resource) => ByUri.ContainsKey(resource);

    /// <summary>
    /// The bundled metaschemas that the <c>$ref</c>s of <paramref name="documents"/> reach (following the metaschemas' own
    /// references) and that no document declares: indexed by <paramref name="indexer"/>, with no type candidates. Their classes go into
    /// <c>&lt;namespace&gt;.Metaschemas.&lt;Draft&gt;</c>, after the namespace of the first document that reaches them.
    /// </summary>
    public static List<(SchemaDocument Document, SchemaIndex Index)> Referenced(
        IReadOnlyList<(SchemaDocument Document, SchemaIndex Index)> documents,
        Func<string, bool> declared,
        Func<SchemaDocument, CancellationToken, SchemaIndex> indexer,
        CancellationToken cancellationToken)
    {
        var result = new List<(SchemaDocument, SchemaIndex)>();
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(SchemaDocument Document, SchemaIndex Index, string Namespace)>();
        foreach (var (document, index) in documents)
        {
            pending.Enqueue((document, index, document.Namespace));
        }

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (document, index, ns) = pending.Dequeue();
            foreach (var resource in ReferencedResources(document, index))
            {
                if (!ByUri.TryGetValue(resource, out var entry) || declared(resource) || !loaded.Add(resource))
                {
                    continue;
                }

                var bundled = Load(entry, ns);
                var bundledIndex = indexer(bundled, cancellationToken);
                bundledIndex = bundledIndex with { Candidates = EquatableArray<NameCandidate>.Empty };
                result.Add((bundled, bundledIndex));
                pending.Enqueue((bundled, bundledIndex, ns));
            }
        }

        return result;
    }

    /// <summary>The absolute resource URIs (no fragment) of the document's <c>$ref</c>s that point into json-schema.org (from its index).</summary>
    private static IEnumerable<string> ReferencedResources(SchemaDocument document, SchemaIndex index)
        => document.Root is null || index.Validation is null ? FindReferencedResources(document, index) : index.Validation.Metaschemas;

    /// <summary>
    /// The absolute resource URIs (no fragment) of the document's <c>$ref</c>s that point into json-schema.org: found
    /// once per document, by the indexer.
    /// </summary>
    public static IEnumerable<string> FindReferencedResources(SchemaDocument document, SchemaIndex index)
    {
        if (document.Root is null)
        {
            yield break;
        }

        foreach (var pointer in index.References)
        {
            if (JsonPointer.Navigate(document.Root, pointer)?.GetString("$ref") is not { } reference)
            {
                continue;
            }

            var baseUri = BaseUriAt(index, pointer) ?? document.BaseUri;
            // Cheap test first: the Stytch corpus has thousands of references and none of them leads here.
            if (reference.IndexOf("json-schema.org", StringComparison.Ordinal) < 0 && baseUri.IndexOf("json-schema.org", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var (resource, _) = UriReference.SplitFragment(UriReference.Resolve(baseUri, reference));
            yield return resource;
        }
    }

    private static string? BaseUriAt(SchemaIndex index, string pointer)
    {
        ResolutionScope? nearest = null;
        foreach (var scope in index.Scopes)
        {
            var encloses = scope.Pointer.Length == 0
                || (pointer.StartsWith(scope.Pointer, StringComparison.Ordinal) && (pointer.Length == scope.Pointer.Length || pointer[scope.Pointer.Length] == '/'));
            if (encloses && (nearest is null || scope.Pointer.Length > nearest.Value.Pointer.Length))
            {
                nearest = scope;
            }
        }

        return nearest?.BaseUri;
    }

    private static SchemaDocument Load(Entry entry, string ns)
    {
        var root = Parsed.GetOrAdd(entry.Resource, Parse);
        var dialect = Dialects.FromUri(root.GetString("$schema")) ?? SchemaDialect.Draft202012;
        var metaNamespace = (string.IsNullOrEmpty(ns) ? string.Empty : ns + ".") + "Metaschemas." + entry.Draft;
        return new SchemaDocument { Path = entry.Uri, DisplayPath = entry.Uri, BaseUri = entry.Uri, Namespace = metaNamespace, TypeName = entry.TypeName, Dialect = dialect, Root = root };
    }

    private static JsonNode Parse(string resource)
    {
        using var stream = typeof(Metaschemas).Assembly.GetManifestResourceStream("Schemata.Metaschemas." + resource)
            ?? throw new InvalidOperationException("The generator lacks its bundled metaschema " + resource);
        using var reader = new StreamReader(stream);
        var (root, problems) = JsonTreeReader.Read(reader.ReadToEnd());
        return root is not null && problems.Count == 0 ? root : throw new InvalidOperationException("The bundled metaschema " + resource + " does not parse");
    }
}
