using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model;

/// <summary>
/// One schema file, read on its own: the JSON tree with positions and the file's settings. This is the
/// value Roslyn caches per file, so an edit to one file re-reads only that file.
/// </summary>
/// <param name="Path">The path the compiler gave for the file.</param>
/// <param name="DisplayPath">The path relative to the project directory, with '/' separators, as shown in generated code.</param>
/// <param name="BaseUri">The absolute URI relative references in this file are resolved against (before any <c>$id</c>).</param>
/// <param name="Root">The document's JSON, or null when the file could not be read or is not a schema.</param>
internal sealed record SchemaDocument(
    string Path,
    string DisplayPath,
    string BaseUri,
    string Namespace,
    string? TypeName,
    SchemaDialect Dialect,
    JsonNode? Root,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool StrictEnums = false);
