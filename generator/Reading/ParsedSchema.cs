using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>
/// A schema file's JSON, parsed: the one expensive step of reading, which depends on nothing but the file (and is
/// therefore cached per file across edits to anything else, options included).
/// </summary>
/// <param name="DisplayPath">The path relative to the project, as diagnostics show it.</param>
/// <param name="Root">The JSON tree, or null when the file is not valid JSON or could not be read.</param>
/// <param name="Diagnostics">What is wrong with the JSON (SCH001, SCH014, SCH017), or why it could not be read.</param>
internal sealed record ParsedSchema(string Path, string DisplayPath, FileOptions Options, JsonNode? Root, EquatableArray<DiagnosticInfo> Diagnostics);
