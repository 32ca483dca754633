using System.Collections.Generic;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Diagnostics;

/// <summary>
/// A step's value and what went wrong while making it. Diagnostics travel beside the values as data (a
/// <see cref="Microsoft.CodeAnalysis.Diagnostic"/> cannot be cached) and are reported where the pipeline ends.
/// </summary>
internal sealed record Result<T>(T Value, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Makes <see cref="Result{T}"/>s.</summary>
internal static class Result
{
    public static Result<T> Of<T>(T value) => new(value, EquatableArray<DiagnosticInfo>.Empty);

    public static Result<T> Of<T>(T value, List<DiagnosticInfo> diagnostics) => new(value, diagnostics.ToEquatableArray());
}
