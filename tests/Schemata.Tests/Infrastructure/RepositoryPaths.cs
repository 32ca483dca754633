using System;
using System.IO;

namespace Schemata.Tests.Infrastructure;

/// <summary>Finds the repository and the shared test material beside it (../shared), wherever the tests run from.</summary>
internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>The shared test material, or null when this checkout has none beside it.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A folder of the shared material; skips the test with a clear reason when it is absent.</summary>
    public static string RequireShared(params string[] parts)
    {
        var shared = Shared;
        var path = shared is null ? null : Path.Combine(shared, Path.Combine(parts));
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
        {
            Xunit.Assert.Skip($"The shared test material '{Path.Combine(parts)}' is not beside this checkout (expected at {Path.Combine(Root, "..", "shared")}); CI always has it.");
        }

        return path!;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Generator.sln was not found above " + AppContext.BaseDirectory);
    }
}
