namespace Schemata.Generator.Model;

/// <summary>Where a schema of an OpenAPI document (or of a file one refers to) comes from; docs/openapi.md names each.</summary>
internal enum SchemaEntryRole : byte
{
    /// <summary>An entry of <c>components/schemas</c> (Swagger 2.0: <c>definitions</c>), or a named schema of a referenced file.</summary>
    Component,

    /// <summary>An inline schema of an operation: a request body, a response, or an object-typed parameter.</summary>
    Operation,
}

/// <summary>
/// A schema inside a document that is not itself a schema (an OpenAPI document, or a YAML file such a document refers
/// to), with the name its type asks for. The walk starts at these instead of at the root, and names each like a
/// <c>$defs</c> entry.
/// </summary>
internal readonly record struct SchemaEntry(string Pointer, string Name, SchemaEntryRole Role);
