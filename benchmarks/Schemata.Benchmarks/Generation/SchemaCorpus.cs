using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Schemata.Benchmarks.Generation;

/// <summary>A schema file held in memory: where the compiler would say it is, and its text.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>
/// The 720 Stytch schemas from the shared test material, and larger corpora made from them in memory: copy k of
/// every file gets a new file name, new <c>$id</c>s (and the <c>$ref</c>s that point at them) and new titles, so
/// that the copies are as many distinct schemas as the original, referring among themselves.
/// </summary>
public static class SchemaCorpus
{
    public const string ProjectDir = "/project/";

    /// <summary>The schema the incremental benchmarks and tests edit: 43 references in the corpus point at it.</summary>
    public const string EditedSchema = "api_organization_v1_Member";

    private static readonly Regex Title = new("\"title\"\\s*:\\s*\"", RegexOptions.Compiled);

    public static string StytchFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                directory = directory.Parent;
            }

            var folder = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "stytch"));
            return folder is not null && Directory.Exists(folder)
                ? folder
                : throw new InvalidOperationException("The shared Stytch corpus (../shared/corpus/stytch beside the repository) is missing; the generation benchmarks need it.");
        }
    }

    /// <summary>The Stytch schemas, <paramref name="copies"/> times over (1 = the corpus as it is).</summary>
    public static IReadOnlyList<CorpusFile> Load(int copies)
    {
        var originals = Directory.EnumerateFiles(StytchFolder, "*.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Name: Path.GetFileNameWithoutExtension(p), Text: File.ReadAllText(p)))
            .ToList();
        var files = new List<CorpusFile>(originals.Count * copies);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var (name, text) in originals)
            {
                files.Add(copy == 0
                    ? new CorpusFile(ProjectDir + "schemas/" + name + ".json", text)
                    : new CorpusFile(ProjectDir + "schemas/copy" + copy + "/" + name + "_c" + copy + ".json", Rename(text, copy)));
            }
        }

        return files;
    }

    /// <summary>The floor of the generation benchmarks: every text parsed with <see cref="System.Text.Json.JsonDocument"/>, and nothing else.</summary>
    public static int ParseAll(IReadOnlyList<string> texts)
    {
        var elements = 0;
        foreach (var text in texts)
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            elements += document.RootElement.GetPropertyCount();
        }

        return elements;
    }

    /// <summary>The same schema with a different description: an edit that changes no name and no reference target.</summary>
    public static string EditDescription(string text, int generation)
        => ReplaceFirst(text, "\"description\": \"", "\"description\": \"Edit " + generation + ". ");

    /// <summary>The same schema under another title: its type is renamed, so every type that refers to it changes.</summary>
    public static string EditTitle(string text, int generation)
        => ReplaceFirst(text, "\"title\": \"", "\"title\": \"Renamed" + generation + "_");

    private static string Rename(string text, int copy)
    {
        var prefix = "c" + copy + "_";
        text = text.Replace("\"#/components/schemas/", "\"#/components/schemas/" + prefix);
        return Title.Replace(text, m => m.Value + prefix);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0
            ? throw new InvalidOperationException($"The edited schema has no '{find}'.")
            : text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }
}
