using System;

namespace Schemata;

/// <summary>
/// Marks a generated type with the schema it was generated from, so that a type can always be traced back
/// to its file and position.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface, Inherited = false)]
public sealed class SchemaSourceAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="file">The schema file, relative to the project that generated the type.</param>
    /// <param name="pointer">The JSON pointer of the schema inside the file; empty for the file's root.</param>
    public SchemaSourceAttribute(string file, string pointer)
    {
        File = file;
        Pointer = pointer;
    }

    /// <summary>The schema file, relative to the project that generated the type, with '/' separators.</summary>
    public string File { get; }

    /// <summary>The JSON pointer of the schema inside <see cref="File"/>; empty for the file's root.</summary>
    public string Pointer { get; }

    /// <inheritdoc/>
    public override string ToString() => Pointer.Length == 0 ? File : File + "#" + Pointer;
}
