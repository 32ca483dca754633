using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace Schemata.ConsumerTests.Package;

/// <summary>
/// Loads a package's analyzer folder the way a compiler host that has no System.Text.Json of its own does
/// (Visual Studio on .NET Framework): the compiler's assemblies come from the host, everything else from the
/// folder. What neither provides is recorded, so that a test can fail on it instead of this process quietly
/// using the copy in .NET itself.
/// </summary>
internal sealed class AnalyzerFolderLoadContext : AssemblyLoadContext
{
    private static readonly HashSet<string> FromHost = new(StringComparer.Ordinal)
    {
        "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Reflection.Metadata",
    };

    /// <summary>What .NET Framework provides too: core library facades, not packages.</summary>
    private static readonly HashSet<string> Framework = new(StringComparer.Ordinal)
    {
        "netstandard", "mscorlib", "System", "System.Core", "System.Runtime", "System.Private.CoreLib",
    };

    private readonly string _folder;

    public AnalyzerFolderLoadContext(string folder)
        : base("analyzer folder", isCollectible: true)
    {
        _folder = folder;
    }

    /// <summary>Assemblies asked for that neither the folder, the compiler nor the framework provides.</summary>
    public List<string> Unresolved { get; } = new();

    public List<string> LoadedFromFolder { get; } = new();

    protected override Assembly? Load(AssemblyName name)
    {
        var simpleName = name.Name!;
        if (FromHost.Contains(simpleName))
        {
            return null;
        }

        var path = Path.Combine(_folder, simpleName + ".dll");
        if (File.Exists(path))
        {
            LoadedFromFolder.Add(simpleName);
            return LoadFromAssemblyPath(path);
        }

        if (!Framework.Contains(simpleName))
        {
            Unresolved.Add(name.FullName);
        }

        return null;
    }
}
