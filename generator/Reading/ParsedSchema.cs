using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>
/// A schema file's JSON, parsed: the one expensive step of reading, which depends on nothing but the file's text
/// (and is therefore cached per file across edits to anything else, options included).
/// </summary>
/// <param name="Root">The JSON tree, or null when the file is not valid JSON.</param>
/// <param name="Failure">An unexpected failure while reading (becomes SCH013), or null.</param>
internal sealed record ParsedSchema(string Path, FileOptions Options, JsonNode? Root, EquatableArray<JsonReadProblem> Problems, bool Unreadable, string? Failure);
