using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Schemata.Tests.Conformance;

/// <summary>One test group of the JSON Schema Test Suite: a schema and the instances to check against it.</summary>
/// <param name="File">The file relative to the draft's folder, with '/' (e.g. "ref.json", "optional/format/date.json").</param>
internal sealed record SuiteGroup(string Draft, string File, int Index, string Description, string SchemaJson, IReadOnlyList<SuiteTest> Tests)
{
    public bool IsOptional => File.StartsWith("optional/", StringComparison.Ordinal);

    /// <summary>What the test is about, for the per-keyword report: the file name without folders and extension.</summary>
    public string Keyword => Path.GetFileNameWithoutExtension(File) + (File.StartsWith("optional/format/", StringComparison.Ordinal) ? " (format)" : string.Empty);
}

/// <summary>One instance of a group, with the expected verdict.</summary>
internal sealed record SuiteTest(string Description, JsonElement Data, bool Valid);

/// <summary>Reads the suite's test files (../shared/json-schema-test-suite/tests/&lt;draft&gt;).</summary>
internal static class SuiteCatalog
{
    public static readonly string[] Drafts = { "draft2020-12", "draft2019-09", "draft7", "draft4" };

    /// <summary>The SchemataDefaultDraft value for a suite folder.</summary>
    public static string DraftOption(string draft) => draft switch
    {
        "draft2020-12" => "2020-12",
        "draft2019-09" => "2019-09",
        "draft7" => "7",
        _ => "4",
    };

    public static List<SuiteGroup> Load(string suiteRoot, string draft, bool optional)
    {
        var folder = Path.Combine(suiteRoot, "tests", draft);
        var groups = new List<SuiteGroup>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative.StartsWith("optional/", StringComparison.Ordinal) != optional)
            {
                continue;
            }

            // The documents stay alive with their elements: the tests validate the suite's own JsonElements.
            var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var index = 0;
            foreach (var group in document.RootElement.EnumerateArray())
            {
                var tests = group.GetProperty("tests").EnumerateArray()
                    .Select(t => new SuiteTest(t.GetProperty("description").GetString()!, t.GetProperty("data"), t.GetProperty("valid").GetBoolean()))
                    .ToList();
                groups.Add(new SuiteGroup(draft, relative, index++, group.GetProperty("description").GetString()!, group.GetProperty("schema").GetRawText(), tests));
            }
        }

        return groups;
    }
}
