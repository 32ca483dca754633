using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model;

/// <summary>
/// One schema file, read on its own: the JSON tree with positions and the file's settings. This is the
/// value Roslyn caches per file, so an edit to one file re-reads only that file.
/// </summary>
internal sealed record SchemaDocument
{
    /// <summary>The path the compiler gave for the file (a bundled metaschema's is its URI).</summary>
    public required string Path { get; init; }

    /// <summary>The path relative to the project directory, with '/' separators, as shown in generated code.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>The absolute URI relative references in this file are resolved against (before any <c>$id</c>).</summary>
    public required string BaseUri { get; init; }

    /// <summary>The namespace of the file's types.</summary>
    public required string Namespace { get; init; }

    /// <summary>The name the file's root type is given (<c>SchemataTypeName</c>), if any.</summary>
    public string? TypeName { get; init; }

    public required SchemaDialect Dialect { get; init; }

    /// <summary>The document's JSON, or null when the file could not be read or is not a schema.</summary>
    public required JsonNode? Root { get; init; }

    /// <summary>Whether the file's enums and unions refuse values they do not list (<c>SchemataStrictEnums</c>, the file's metadata or the project's).</summary>
    public bool StrictEnums { get; init; }

    /// <summary>
    /// For a document whose root is not a schema (an OpenAPI document, or a file one refers to): the schemas in it that
    /// get types. Null for a JSON Schema file, whose root is the schema.
    /// </summary>
    public EquatableArray<SchemaEntry>? Entries { get; init; }

    /// <summary>What is wrong with the file as JSON or as a schema.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; init; } = EquatableArray<DiagnosticInfo>.Empty;
}
