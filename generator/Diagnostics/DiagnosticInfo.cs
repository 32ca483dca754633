using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Diagnostics;

/// <summary>Where in which schema file a diagnostic points.</summary>
internal sealed record LocationInfo(string FilePath, SourceSpan Span)
{
    public Location ToLocation()
        => Location.Create(
            FilePath,
            new TextSpan(Span.Start, Span.Length),
            new LinePositionSpan(new LinePosition(Span.StartLine, Span.StartColumn), new LinePosition(Span.EndLine, Span.EndColumn)));
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
