using System;
using System.ComponentModel;

namespace Schemata;

/// <summary>
/// Where a schema is, for the errors of its keywords (not meant to be used directly): the schema file, the schema's
/// JSON pointer in it and its absolute URI. Generated code makes one per schema, once, and passes it instead of the
/// three strings, so that each check is short.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SchemaSite
{
    /// <summary>A schema whose URI is its file and pointer (<c>file#pointer</c>).</summary>
    public SchemaSite(string file, string pointer)
        : this(file, pointer, file + "#" + pointer)
    {
    }

    /// <summary>A schema whose URI comes from an <c>$id</c>.</summary>
    public SchemaSite(string file, string pointer, string location)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(pointer);
        ArgumentNullException.ThrowIfNull(location);
        File = file;
        Pointer = pointer;
        Location = location;
    }

    /// <summary>The schema file, as the project names it.</summary>
    public string File { get; }

    /// <summary>The schema's JSON pointer in <see cref="File"/>.</summary>
    public string Pointer { get; }

    /// <summary>The schema's absolute URI.</summary>
    public string Location { get; }

    // The locations of the keyword that failed last, as one object so that threads sharing the site see whole ones.
    private Keyword? _last;

    /// <summary>
    /// The absolute URI and the pointer in <see cref="File"/> of the keyword at <paramref name="keywordPath"/> below
    /// the schema, remembered for the keyword that failed last (errors tend to repeat: items of an array, a document
    /// validated again).
    /// </summary>
    internal (string Absolute, string Pointer) KeywordLocations(string keywordPath)
    {
        var last = _last;
        if (last is null || !ReferenceEquals(last.Path, keywordPath))
        {
            _last = last = new Keyword(keywordPath, Location + keywordPath, Pointer + keywordPath);
        }

        return (last.Absolute, last.Pointer);
    }

    private sealed class Keyword(string path, string absolute, string pointer)
    {
        public string Path { get; } = path;

        public string Absolute { get; } = absolute;

        public string Pointer { get; } = pointer;
    }
}
