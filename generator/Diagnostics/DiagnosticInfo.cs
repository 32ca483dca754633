using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Diagnostics;

/// <summary>Which part of the value at a location's pointer a diagnostic underlines.</summary>
internal enum LocationPart : byte
{
    /// <summary>The value itself.</summary>
    Value,

    /// <summary>The name of the member that holds the value.</summary>
    Name,

    /// <summary>The value's first character.</summary>
    Start,
}

/// <summary>Where in which schema file a diagnostic points.</summary>
/// <remarks>
/// A location with a <see cref="Pointer"/> also says what it points at: the value at a JSON pointer, or
/// the name of its member, so that it can be found again after an edit has moved it (Graph/GraphRefresh). The graph,
/// which is not built again for edits that only move text, reports its diagnostics that way.
/// </remarks>
internal sealed record LocationInfo(string FilePath, SourceSpan Span, string? Pointer = null, LocationPart Part = LocationPart.Value)
{
    /// <summary>The value at <paramref name="pointer"/> in its file, written at <paramref name="span"/>.</summary>
    public static LocationInfo At(string filePath, string pointer, SourceSpan span) => new(filePath, span, pointer);

    /// <summary>The name of the member whose value is at <paramref name="pointer"/>.</summary>
    public static LocationInfo NameAt(string filePath, string pointer, SourceSpan nameSpan) => new(filePath, nameSpan, pointer, LocationPart.Name);

    /// <summary>The first character of the value at <paramref name="pointer"/>, written at <paramref name="span"/>.</summary>
    public static LocationInfo StartOf(string filePath, string pointer, SourceSpan span) => new(filePath, FirstCharacter(span), pointer, LocationPart.Start);

    public Location ToLocation()
        => Location.Create(
            FilePath,
            new TextSpan(Span.Start, Span.Length),
            new LinePositionSpan(new LinePosition(Span.StartLine, Span.StartColumn), new LinePosition(Span.EndLine, Span.EndColumn)));

    /// <summary>The first character of <paramref name="span"/>.</summary>
    public static SourceSpan FirstCharacter(SourceSpan span)
        => new(span.Start, System.Math.Min(span.Length, 1), span.StartLine, span.StartColumn, span.StartLine, span.StartColumn + 1);
}

/// <summary>
/// A location compared by what it points at, not by where that is in the text: in values that should stay equal when
/// an edit only moves text (a document's index), so that the graph is not built again for such an edit.
/// </summary>
internal readonly struct StableLocation : System.IEquatable<StableLocation>
{
    public StableLocation(LocationInfo location) => Location = location;

    /// <summary>The location as it was when the value was made (its span may have moved since).</summary>
    public LocationInfo Location { get; }

    public bool Equals(StableLocation other)
    {
        var (a, b) = (Location, other.Location);
        return ReferenceEquals(a, b)
            || (a is not null && b is not null
                && string.Equals(a.FilePath, b.FilePath, System.StringComparison.Ordinal)
                && string.Equals(a.Pointer, b.Pointer, System.StringComparison.Ordinal)
                && a.Part == b.Part
                && (a.Pointer is not null || a.Span == b.Span));
    }

    public override bool Equals(object? obj) => obj is StableLocation other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCodeBuilder();
        hash.Add(Location?.FilePath);
        hash.Add(Location?.Pointer);
        return hash.ToHashCode();
    }

    public static implicit operator StableLocation(LocationInfo location) => new(location);
}

/// <summary>
/// A diagnostic carried through the pipeline as data. <see cref="Diagnostic"/> itself cannot be cached
/// (it holds a <see cref="Location"/> and compares by reference), so it is only created when reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
        => new(descriptor.Id, location, new EquatableArray<string>(arguments));

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] arguments)
        => Create(descriptor, new LocationInfo(filePath, span), arguments);

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, args);
    }
}
