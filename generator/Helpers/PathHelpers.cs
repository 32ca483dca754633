using System;
using System.Collections.Generic;

namespace Schemata.Generator.Helpers;

/// <summary>Path arithmetic without touching the file system (generators must not).</summary>
internal static class PathHelpers
{
    private static readonly char[] Separators = { '/', '\\' };

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="directory"/>, with '/' separators. Paths outside the
    /// directory get '..' segments; without a directory the path is returned with '/' separators.
    /// </summary>
    public static string Relative(string path, string? directory)
    {
        var normalized = path.Replace('\\', '/');
        if (string.IsNullOrEmpty(directory))
        {
            return normalized;
        }

        var from = directory!.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var to = path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var rootedFrom = directory.StartsWith("/", StringComparison.Ordinal) || directory.Contains(":");
        var rootedTo = path.StartsWith("/", StringComparison.Ordinal) || path.Contains(":");
        if (rootedFrom != rootedTo)
        {
            return normalized;
        }

        var common = 0;
        while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        if (common == 0)
        {
            return normalized;
        }

        var parts = new List<string>();
        for (var i = common; i < from.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < to.Length; i++)
        {
            parts.Add(to[i]);
        }

        return string.Join("/", parts);
    }

    /// <summary>The file name without directory and without the ".json", ".yaml" or ".yml" (and ".schema", ".openapi") extension.</summary>
    public static string Stem(string path)
    {
        var name = path.Substring(path.LastIndexOfAny(Separators) + 1);
        foreach (var suffix in new[] { ".json", ".yaml", ".yml", ".schema", ".openapi" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(0, name.Length - suffix.Length);
            }
        }

        return name;
    }

    public static string ToFileUri(string path)
    {
        try
        {
            if (path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':'))
            {
                return new Uri(path).AbsoluteUri;
            }

            return new Uri(new Uri("file:///"), path.Replace('\\', '/')).AbsoluteUri;
        }
        catch (UriFormatException)
        {
            return "urn:schemata:" + Uri.EscapeDataString(path);
        }
    }
}
