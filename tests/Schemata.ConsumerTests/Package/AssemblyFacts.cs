using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Schemata.ConsumerTests.Package;

/// <summary>What the metadata of an assembly says about it, read without loading it.</summary>
internal sealed class AssemblyFacts
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public AssemblyFacts(string name, byte[] image)
    {
        FileName = name;
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        Name = reader.GetString(definition.Name);
        Version = definition.Version;
        References = reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToList();
        var debug = pe.ReadDebugDirectory();
        IsReproducible = debug.Any(entry => entry.Type == DebugDirectoryEntryType.Reproducible);
        var embedded = debug.Where(entry => entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
        HasEmbeddedPdb = embedded.Count > 0;
        if (HasEmbeddedPdb)
        {
            using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
            SourceLink = ReadSourceLink(provider.GetMetadataReader());
        }
    }

    public string FileName { get; }

    public string Name { get; }

    public Version Version { get; }

    public IReadOnlyList<(string Name, Version Version)> References { get; }

    /// <summary>Built with /deterministic: the compiler marks such assemblies with a Reproducible debug entry.</summary>
    public bool IsReproducible { get; }

    public bool HasEmbeddedPdb { get; }

    /// <summary>The Source Link JSON of the embedded PDB, if any.</summary>
    public string? SourceLink { get; }

    /// <summary>The Source Link JSON of a portable PDB file (as a .snupkg carries it).</summary>
    public static string? SourceLinkOfPdb(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        return ReadSourceLink(provider.GetMetadataReader());
    }

    private static string? ReadSourceLink(MetadataReader pdb)
    {
        foreach (var handle in pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var information = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(information.Kind) == SourceLinkKind)
            {
                return Encoding.UTF8.GetString(pdb.GetBlobBytes(information.Value));
            }
        }

        return null;
    }
}
