using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace Schemata.ConsumerTests.Package;

/// <summary>
/// A .nupkg that tests/package-test.sh packed, read as the zip it is. The script passes the folders at build time
/// (AssemblyMetadata in the project file), so the tests always look at the package this assembly was built from.
/// </summary>
internal sealed class PackedPackage
{
    private readonly Dictionary<string, byte[]> _entries;

    private PackedPackage(string path, Dictionary<string, byte[]> entries)
    {
        Path = path;
        _entries = entries;
    }

    public static string Version => Metadata("SchemataPackageVersion");

    /// <summary>The local folder the package was packed into: a NuGet source.</summary>
    public static string Source => Metadata("SchemataPackageSource");

    /// <summary>The shared test material (../shared beside the repository), for the tests that use a real document.</summary>
    public static string SharedFolder => Metadata("SchemataSharedFolder");

    public static PackedPackage Main => MainPackage.Value;

    public static PackedPackage MainSymbols => MainSymbolPackage.Value;

    /// <summary>The same package packed from a clone whose git remote is a stand-in GitHub URL.</summary>
    public static PackedPackage WithRemote => RemotePackage.Value;

    public static PackedPackage WithRemoteSymbols => RemoteSymbolPackage.Value;

    // Opened on first use, so that a missing package fails the tests that need it with its own message.
    private static readonly Lazy<PackedPackage> MainPackage = new(() => Open(Source, "nupkg"));
    private static readonly Lazy<PackedPackage> MainSymbolPackage = new(() => Open(Source, "snupkg"));
    private static readonly Lazy<PackedPackage> RemotePackage = new(() => Open(Metadata("SchemataSourceLinkPackageSource"), "nupkg"));
    private static readonly Lazy<PackedPackage> RemoteSymbolPackage = new(() => Open(Metadata("SchemataSourceLinkPackageSource"), "snupkg"));

    public const string StandInRemote = "https://github.com/sourcelink-test/schemata.git";

    public string Path { get; }

    public IEnumerable<string> Files => _entries.Keys.OrderBy(k => k, StringComparer.Ordinal);

    public IEnumerable<string> FilesUnder(string folder) => Files.Where(f => f.StartsWith(folder, StringComparison.Ordinal));

    public byte[] Read(string entry)
        => _entries.TryGetValue(entry, out var bytes) ? bytes : throw new InvalidOperationException($"{Path} has no '{entry}'; it has: {string.Join(", ", Files)}");

    public string ReadText(string entry) => System.Text.Encoding.UTF8.GetString(Read(entry)).TrimStart('\uFEFF');

    /// <summary>The nuspec's metadata element.</summary>
    public XElement Nuspec
    {
        get
        {
            var document = XDocument.Parse(ReadText("Schemata.nuspec"));
            return document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }
    }

    public string? NuspecValue(string name) => Nuspec.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    /// <summary>Writes the package's files under a new temporary folder, as NuGet extracts them.</summary>
    public string ExtractTo(string folder)
    {
        foreach (var (name, bytes) in _entries)
        {
            var target = System.IO.Path.Combine(folder, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        return folder;
    }

    private static PackedPackage Open(string source, string extension)
    {
        var path = System.IO.Path.Combine(source, $"Schemata.{Version}.{extension}");
        using var zip = ZipFile.OpenRead(path);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries[Uri.UnescapeDataString(entry.FullName)] = copy.ToArray();
        }

        return new PackedPackage(path, entries);
    }

    private static string Metadata(string key)
        => typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"This assembly was not built by tests/package-test.sh: it has no '{key}'.");
}
