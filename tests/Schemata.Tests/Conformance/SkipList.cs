using System;
using System.Collections.Generic;
using System.IO;

namespace Schemata.Tests.Conformance;

/// <summary>
/// The checked-in list of suite tests that are known to fail, each with the reason (skip-list.txt beside this file).
/// A line is "draft | file | group description | test description or * | reason". Listed tests still run: they
/// count as failures in every figure, and a listed test that passes fails the run, so the list cannot go stale.
/// </summary>
internal sealed class SkipList
{
    private readonly Dictionary<string, string> _entries = new(StringComparer.Ordinal);

    public static SkipList Load(string path)
    {
        var list = new SkipList();
        var number = 0;
        foreach (var line in File.ReadAllLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(" | ");
            if (parts.Length != 5 || parts[4].Trim().Length == 0)
            {
                throw new FormatException($"{path}({number}): expected 'draft | file | group | test or * | reason'");
            }

            list._entries[Key(parts[0], parts[1], parts[2], parts[3])] = parts[4];
        }

        return list;
    }

    /// <summary>The reason a test is listed, or null.</summary>
    public string? ReasonFor(SuiteGroup group, SuiteTest test)
        => _entries.TryGetValue(Key(group.Draft, group.File, group.Description, test.Description), out var reason)
            || _entries.TryGetValue(Key(group.Draft, group.File, group.Description, "*"), out reason)
            ? reason
            : null;

    private static string Key(string draft, string file, string group, string test) => draft + "\u0001" + file + "\u0001" + group + "\u0001" + test;
}
