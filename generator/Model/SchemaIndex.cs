using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model.Validation;

namespace Schemata.Generator.Model;

internal enum IdentifierKind : byte
{
    /// <summary>A resource (<c>$id</c> with a URI of its own): <c>$ref</c>s reach it by URI.</summary>
    Resource,

    /// <summary>An <c>$anchor</c>, <c>$dynamicAnchor</c>, or a draft-7 plain-name <c>$id</c> (<c>"#name"</c>).</summary>
    Anchor,

    /// <summary>The fragment-only id of a schema cut from an OpenAPI document (<c>"$id": "#/components/schemas/Name"</c>).</summary>
    Alias,
}

/// <summary>An identifier a schema declares, as the registry looks it up.</summary>
/// <param name="Key">The absolute URI (resources, anchors) or the decoded JSON pointer (aliases) it is found by.</param>
/// <param name="Pointer">Where the schema that declares it is.</param>
/// <param name="Span">Where it is written, for duplicate-id diagnostics (null for anchors).</param>
/// <param name="Text">The identifier as written.</param>
internal sealed record DeclaredIdentifier(IdentifierKind Kind, string Key, string Pointer, StableLocation? Span, string Text);

/// <summary>A schema whose base URI or draft differs from its parent's (and the document root): the scopes of a document.</summary>
internal readonly record struct ResolutionScope(string Pointer, string BaseUri, SchemaDialect Dialect);

/// <summary>A schema that gets a generated type, and the name it asks for (see <see cref="Naming.TypeNamer"/>).</summary>
internal sealed record NameCandidate
{
    public required string Pointer { get; init; }

    public required TypeKind Kind { get; init; }

    /// <summary>Named by the schema itself (a root, a definition, a titled resource), not by its position.</summary>
    public required bool IsExplicit { get; init; }

    /// <summary>For explicit names the whole name; for inline ones the words after the enclosing type's name.</summary>
    public required string Desired { get; init; }

    /// <summary>Where a diagnostic about the name points.</summary>
    public required StableLocation NameSpan { get; init; }

    /// <summary>For inline types: the enclosing schema that has a type of its own, if any.</summary>
    public string? ParentPointer { get; init; }

    /// <summary>How deep the schema is in its file (inline types are named shallowest first).</summary>
    public required int Depth { get; init; }

    /// <summary>A record composed from <c>allOf</c> branches that are all references: the graph keeps it only if they lead to objects.</summary>
    public bool Conditional { get; init; }
}

/// <summary>
/// What resolving references across documents needs to know about one document, found by walking it once: its
/// identifiers, the scopes of its base URIs and drafts, its candidate types, where its <c>$ref</c>s are, which
/// schemas have <c>allOf</c> branches that decide their type (<see cref="AllOfs"/>), and what validation linking
/// needs (<see cref="ValidationIndex"/>). It is
/// built per file and cached with it, so that the step that looks at all documents together never walks a tree
/// again; it holds no JSON, only pointers into it.
/// </summary>
internal sealed record SchemaIndex(
    string Path,
    EquatableArray<ResolutionScope> Scopes,
    EquatableArray<DeclaredIdentifier> Identifiers,
    EquatableArray<NameCandidate> Candidates,
    EquatableArray<string> References,
    EquatableArray<string> AllOfs = default,
    ValidationIndex? Validation = null)
{
    public static SchemaIndex Empty(string path)
        => new(path, EquatableArray<ResolutionScope>.Empty, EquatableArray<DeclaredIdentifier>.Empty, EquatableArray<NameCandidate>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, ValidationIndex.Empty);
}
