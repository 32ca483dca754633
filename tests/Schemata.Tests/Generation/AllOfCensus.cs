using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Schemata.Tests.Infrastructure;

namespace Schemata.Tests.Generation;

/// <summary>Counts, in a run's generated records, those made from allOf: derived (with a base record) and merged.</summary>
internal static class AllOfCensus
{
    private static readonly Regex Record = new(@"\[Schemata::SchemaSource\(""(?<file>[^""]+)"", ""(?<pointer>[^""]*)""\)\]\s*(?:\[[^\]]*\]\s*)*public partial record \w+(?<base> : global::)?", RegexOptions.Compiled);

    /// <param name="files">The run's schema files.</param>
    /// <param name="projectDir">The folder the schema files are relative to (the run's ProjectDir).</param>
    public static (int Derived, int Merged) Count(GeneratorRun run, IEnumerable<SchemaFile> files, string projectDir)
    {
        var texts = files.ToDictionary(f => Path.GetRelativePath(projectDir, f.Path).Replace('\\', '/'), f => f.Text, StringComparer.Ordinal);
        var derived = 0;
        var merged = 0;
        var roots = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var source in run.TypeSources)
        {
            var match = Record.Match(source.SourceText.ToString());
            if (!match.Success)
            {
                continue;
            }

            if (match.Groups["base"].Success)
            {
                derived++;
                continue;
            }

            var file = match.Groups["file"].Value;
            if (!roots.TryGetValue(file, out var root))
            {
                root = texts.TryGetValue(file, out var text) ? JsonNode.Parse(text) : null;
                roots[file] = root;
            }

            if (Navigate(root, match.Groups["pointer"].Value) is JsonObject schema && schema["allOf"] is JsonArray)
            {
                merged++;
            }
        }

        return (derived, merged);
    }

    private static JsonNode? Navigate(JsonNode? node, string pointer)
    {
        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            node = node switch
            {
                JsonObject o => o[token],
                JsonArray a when int.TryParse(token, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }
}
