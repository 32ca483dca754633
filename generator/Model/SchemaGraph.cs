using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model.Validation;

namespace Schemata.Generator.Model;

/// <summary>A schema that gets a generated type of its own, and the name it was given.</summary>
/// <param name="IsExplicit">Named by the schema itself (a root, a definition, a titled resource), not after the schema around it.</param>
internal sealed record GeneratedType(SchemaLocation Location, TypeKind Kind, string Namespace, string Name, bool IsExplicit = false)
{
    public TypeRef ToTypeRef() => TypeRef.Named(Kind, Namespace, Name);
}

/// <summary>Where a <c>$ref</c> leads and the C# type of what it leads to; <see cref="Target"/> is null when it cannot be resolved.</summary>
internal sealed record ResolvedReference(SchemaLocation Source, SchemaLocation? Target, TypeRef Type);

/// <summary>
/// What one document needs to know about all the others: the names of its own generated types and where its
/// references lead. Sliced per document so that an edit elsewhere that changes nothing here leaves it equal,
/// and Roslyn skips the document's later steps.
/// </summary>
/// <param name="Validation">What the document's validation code needs (see <see cref="Validation.DocumentValidationGraph"/>); null before it is linked.</param>
/// <param name="Compositions">The document's records composed from <c>allOf</c> branches, with every member (those of bases in other files too).</param>
/// <param name="AllOfs">Pointers of the document's schemas whose <c>allOf</c> the graph typed or reported on (not unsupported, so no SCH012).</param>
internal sealed record DocumentGraph(
    EquatableArray<GeneratedType> Types,
    EquatableArray<ResolvedReference> References,
    ConsumerInfo Consumer,
    Validation.DocumentValidationGraph? Validation = null,
    EquatableArray<RecordComposition> Compositions = default,
    EquatableArray<string> AllOfs = default);

/// <summary>
/// The result of reading all documents together: every generated type's name, every reference resolved, and the
/// problems found on the way. It holds no JSON trees, only what later steps need, so that it stays equal across
/// edits that do not change names or reference targets.
/// </summary>
internal sealed class SchemaGraph : System.IEquatable<SchemaGraph>
{
    private Dictionary<string, DocumentGraph>? _slices;

    public SchemaGraph(
        EquatableArray<GeneratedType> sites,
        EquatableArray<ResolvedReference> references,
        EquatableArray<DiagnosticInfo> diagnostics,
        ConsumerInfo consumer,
        ValidationGraph? validation = null,
        EquatableArray<SchemaDocument> metaschemas = default,
        EquatableArray<RecordComposition> compositions = default,
        EquatableArray<SchemaLocation> allOfs = default)
    {
        Metaschemas = metaschemas;
        Compositions = compositions;
        AllOfs = allOfs;
        Validation = validation ?? ValidationGraph.Empty;
        Types = sites;
        References = references;
        Diagnostics = diagnostics;
        Consumer = consumer;
    }

    public EquatableArray<GeneratedType> Types { get; }

    public EquatableArray<ResolvedReference> References { get; }

    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    public ConsumerInfo Consumer { get; }

    /// <summary>The bundled metaschemas that references reach (see <see cref="Resolution.Metaschemas"/>): they get validation classes.</summary>
    public EquatableArray<SchemaDocument> Metaschemas { get; }

    /// <summary>Records composed from <c>allOf</c> branches (see <see cref="Resolution.RecordComposer"/>).</summary>
    public EquatableArray<RecordComposition> Compositions { get; }

    /// <summary>The schemas whose <c>allOf</c> the graph typed or reported on.</summary>
    public EquatableArray<SchemaLocation> AllOfs { get; }

    /// <summary>Validation classes and references resolved to validation methods, per document.</summary>
    public ValidationGraph Validation { get; }

    /// <summary>A graph of no documents (what a failed graph step leaves).</summary>
    public static SchemaGraph Empty(ConsumerInfo consumer)
        => new(EquatableArray<GeneratedType>.Empty, EquatableArray<ResolvedReference>.Empty, EquatableArray<DiagnosticInfo>.Empty, consumer);

    /// <summary>The same graph with one more diagnostic.</summary>
    public SchemaGraph WithDiagnostic(DiagnosticInfo more) => WithDiagnostics(new[] { more });

    /// <summary>The same graph with more diagnostics.</summary>
    public SchemaGraph WithDiagnostics(IEnumerable<DiagnosticInfo> more)
    {
        var all = new List<DiagnosticInfo>(Diagnostics);
        all.AddRange(more);
        return new SchemaGraph(Types, References, all.ToEquatableArray(), Consumer, Validation, Metaschemas, Compositions, AllOfs);
    }

    public DocumentGraph ForDocument(string documentPath)
    {
        var slices = _slices;
        if (slices is null)
        {
            slices = BuildSlices();
            _slices = slices;
        }

        return slices.TryGetValue(documentPath, out var slice)
            ? slice
            : new DocumentGraph(EquatableArray<GeneratedType>.Empty, EquatableArray<ResolvedReference>.Empty, Consumer, Validation.ForDocument(documentPath));
    }

    private Dictionary<string, DocumentGraph> BuildSlices()
    {
        var sites = new Dictionary<string, List<GeneratedType>>(System.StringComparer.Ordinal);
        var references = new Dictionary<string, List<ResolvedReference>>(System.StringComparer.Ordinal);
        foreach (var site in Types)
        {
            Bucket(sites, site.Location.DocumentPath).Add(site);
        }

        foreach (var reference in References)
        {
            Bucket(references, reference.Source.DocumentPath).Add(reference);
        }

        var compositions = new Dictionary<string, List<RecordComposition>>(System.StringComparer.Ordinal);
        foreach (var composition in Compositions)
        {
            Bucket(compositions, composition.Schema.DocumentPath).Add(composition);
        }

        var allOfs = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var location in AllOfs)
        {
            Bucket(allOfs, location.DocumentPath).Add(location.Pointer);
        }

        var paths = new HashSet<string>(sites.Keys, System.StringComparer.Ordinal);
        paths.UnionWith(references.Keys);
        foreach (var document in Validation.Documents)
        {
            paths.Add(document.Path);
        }

        var result = new Dictionary<string, DocumentGraph>(System.StringComparer.Ordinal);
        foreach (var path in paths)
        {
            result[path] = new DocumentGraph(
                sites.TryGetValue(path, out var s) ? s.ToEquatableArray() : EquatableArray<GeneratedType>.Empty,
                references.TryGetValue(path, out var r) ? r.ToEquatableArray() : EquatableArray<ResolvedReference>.Empty,
                Consumer,
                Validation.ForDocument(path),
                compositions.TryGetValue(path, out var c) ? c.ToEquatableArray() : EquatableArray<RecordComposition>.Empty,
                allOfs.TryGetValue(path, out var a) ? a.ToEquatableArray() : EquatableArray<string>.Empty);
        }

        return result;
    }

    private static List<T> Bucket<T>(Dictionary<string, List<T>> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            list = new List<T>();
            buckets.Add(key, list);
        }

        return list;
    }

    public bool Equals(SchemaGraph? other)
        => ReferenceEquals(this, other) || (other is not null && Types.Equals(other.Types) && References.Equals(other.References)
            && Diagnostics.Equals(other.Diagnostics) && Consumer.Equals(other.Consumer) && Validation.Equals(other.Validation)
            && Metaschemas.Equals(other.Metaschemas) && Compositions.Equals(other.Compositions) && AllOfs.Equals(other.AllOfs));

    public override bool Equals(object? obj) => Equals(obj as SchemaGraph);

    public override int GetHashCode()
    {
        var hash = new HashCodeBuilder();
        hash.Add(Types);
        hash.Add(References);
        hash.Add(Diagnostics);
        hash.Add(Consumer);
        hash.Add(Validation);
        hash.Add(Compositions);
        return hash.ToHashCode();
    }
}
