using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Naming;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;
using Schemata.Generator.Typing;
using Schemata.Generator.Typing.AllOf;
using Schemata.Generator.Validation;

namespace Schemata.Generator.Graph;

/// <summary>
/// Reads all documents together: registers every id and anchor, names every generated type, resolves every
/// <c>$ref</c> and works out the C# type it leads to (following chains of references, and reporting cycles
/// that no C# type can express).
/// </summary>
internal sealed class SchemaGraphBuilder
{
    private readonly SchemaRegistry _registry;
    private readonly Dictionary<SchemaLocation, GeneratedType> _sites = new();
    private readonly Dictionary<SchemaLocation, ResolvedReference> _references = new();
    private readonly HashSet<SchemaLocation> _inProgress = new();
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly TypeMapper _mapper;

    private SchemaGraphBuilder(SchemaRegistry registry, ConsumerInfo consumer)
    {
        _registry = registry;
        _mapper = new TypeMapper(
            location => _sites.TryGetValue(location, out var site) ? site.ToTypeRef() : null,
            location => Reference(location).Type,
            consumer.HasDateOnly);
    }

    /// <summary>Builds the graph of documents that have not been indexed yet (tests; the pipeline indexes each file in its own step).</summary>
    public static SchemaGraph Build(IEnumerable<SchemaDocument> documents, ConsumerInfo consumer, CancellationToken cancellationToken)
    {
        var list = documents.ToList();
        return Build(list, list.Select(d => SchemaIndexer.Index(d, cancellationToken)), consumer, cancellationToken);
    }

    /// <summary>The graph step: the graph of the documents, with what went wrong while indexing them among its diagnostics.</summary>
    public static SchemaGraph Build(ImmutableArray<GraphInput> inputs, ImmutableArray<Result<SchemaIndex>> indexes, ConsumerInfo consumer, CancellationToken cancellationToken)
    {
        var failures = new List<DiagnosticInfo>();
        foreach (var index in indexes)
        {
            failures.AddRange(index.Diagnostics);
        }

        var graph = Build(inputs.Select(i => i.Document), indexes.Select(i => i.Value), consumer, cancellationToken);
        return failures.Count == 0 ? graph : graph.WithDiagnostics(failures);
    }

    /// <summary>
    /// Builds the graph from the documents and their indexes. No tree is walked here: identifiers, type candidates and
    /// references come from the indexes, and only the targets of references are looked up in the trees.
    /// </summary>
    public static SchemaGraph Build(IEnumerable<SchemaDocument> documents, IEnumerable<SchemaIndex> indexes, ConsumerInfo consumer, CancellationToken cancellationToken)
    {
        var byPath = new Dictionary<string, SchemaIndex>(StringComparer.Ordinal);
        foreach (var index in indexes)
        {
            byPath[index.Path] = index;
        }

        var ordered = documents
            .Where(d => d.Root is not null)
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .Select(d => (Document: d, Index: byPath.TryGetValue(d.Path, out var index) ? index : SchemaIndexer.Index(d, cancellationToken)))
            .ToList();
        var registry = SchemaRegistry.Build(ordered);
        var metaschemas = Metaschemas.Referenced(ordered, registry.HasResource, SchemaIndexer.Index, cancellationToken);
        if (metaschemas.Count > 0)
        {
            // After the user's files, so that a file declaring the same URI wins.
            ordered.AddRange(metaschemas);
            registry = SchemaRegistry.Build(ordered);
        }

        var builder = new SchemaGraphBuilder(registry, consumer);
        builder._diagnostics.AddRange(registry.Diagnostics);

        // Records made of allOf branches that are all references are records only if the references lead to objects.
        ordered = CompositionCandidates.Confirm(ordered, registry, cancellationToken);
        var scopes = new NamespaceScopes(ordered.Select(d => d.Document.Namespace));
        var sites = TypeNamer.Name(ordered, scopes, builder._diagnostics);
        var validatorSites = ValidatorNamer.Name(ordered, sites, scopes, builder._diagnostics);
        foreach (var site in sites)
        {
            builder._sites[site.Location] = site;
        }

        var references = new List<ResolvedReference>();
        foreach (var (document, index) in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Metaschemas.IsBundled(document.Path))
            {
                continue;
            }

            foreach (var pointer in index.References)
            {
                references.Add(builder.Reference(new SchemaLocation(document.Path, pointer)));
            }
        }

        var (compositions, allOfs) = builder.Compose(ordered, cancellationToken);
        var validation = ValidationLinker.Link(registry, ordered, validatorSites, builder._diagnostics);
        var bundled = metaschemas.Select(m => m.Document).ToEquatableArray();
        return new SchemaGraph(sites.ToEquatableArray(), references.ToEquatableArray(), builder._diagnostics.ToEquatableArray(), consumer, validation, bundled, compositions, allOfs);
    }

    /// <summary>Composes the records of every schema whose <c>allOf</c> decides its type (the indexes list them).</summary>
    private (EquatableArray<RecordComposition> Compositions, EquatableArray<SchemaLocation> AllOfs) Compose(List<(SchemaDocument Document, SchemaIndex Index)> ordered, CancellationToken cancellationToken)
    {
        var composer = new RecordComposer(_registry, _sites, Reference, _mapper);
        var compositions = new List<RecordComposition>();
        var handled = new List<SchemaLocation>();
        foreach (var (document, index) in ordered)
        {
            if (Metaschemas.IsBundled(document.Path))
            {
                continue;
            }

            foreach (var pointer in index.AllOfs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var location = new SchemaLocation(document.Path, pointer);
                if (composer.Compose(location, _diagnostics, out var typed) is { } composition)
                {
                    compositions.Add(composition);
                }

                if (typed)
                {
                    handled.Add(location);
                }
            }
        }

        return (compositions.ToEquatableArray(), handled.ToEquatableArray());
    }

    /// <summary>Resolves the <c>$ref</c> of the schema at <paramref name="source"/>, once, and types its target.</summary>
    private ResolvedReference Reference(SchemaLocation source)
    {
        if (_references.TryGetValue(source, out var known))
        {
            return known;
        }

        var visit = _registry.VisitAt(source);
        var document = _registry.Document(source.DocumentPath);
        if (visit is not { } v || document is null || v.Node["$ref"] is not { IsString: true } refNode)
        {
            return new ResolvedReference(source, null, TypeRef.Any);
        }

        var refAt = LocationInfo.At(document.Path, JsonPointer.Append(source.Pointer, "$ref"), refNode.Span);

        // Each nested reference costs stack (reference → type of its target → its reference …): deep chains stop here.
        if (_inProgress.Count >= SchemaRegistry.MaxReferenceDepth)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferencesTooDeep, refAt, refNode.Text!, SchemaRegistry.MaxReferenceDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return new ResolvedReference(source, null, TypeRef.Any);
        }

        if (!_inProgress.Add(source))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, refAt, Display(document, source)));
            return new ResolvedReference(source, null, TypeRef.Any);
        }

        ResolvedReference result;
        var (target, error) = _registry.Resolve(refNode.Text!, v.BaseUri, document);
        if (target is not { } t)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, refAt, refNode.Text!, error + "; the schema is typed as JsonElement"));
            result = new ResolvedReference(source, null, TypeRef.Any);
        }
        else if (Metaschemas.IsBundled(t.DocumentPath))
        {
            // A schema that holds a schema: JSON Schema has no record shape for it (an object or a boolean).
            result = new ResolvedReference(source, t, TypeRef.Any);
        }
        else if (_registry.VisitAt(t) is { } targetVisit)
        {
            result = new ResolvedReference(source, t, _mapper.Map(targetVisit.Node, t, targetVisit.Dialect));
        }
        else
        {
            result = new ResolvedReference(source, t, TypeRef.Any);
        }

        _inProgress.Remove(source);
        if (!_references.ContainsKey(source))
        {
            _references.Add(source, result);
        }

        return _references[source];
    }

    private static string Display(SchemaDocument document, SchemaLocation location)
        => document.DisplayPath + (location.Pointer.Length == 0 ? string.Empty : "#" + location.Pointer);
}
