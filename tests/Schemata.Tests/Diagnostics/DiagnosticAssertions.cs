using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Tests.Infrastructure;
using Shouldly;

namespace Schemata.Tests.Diagnostics;

/// <summary>Marks the test that triggers a catalog diagnostic, so that a test can check every ID has one.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class TriggersAttribute : Attribute
{
    public TriggersAttribute(string id) => Id = id;

    public string Id { get; }
}

internal static class DiagnosticAssertions
{
    /// <summary>The one diagnostic <paramref name="id"/> of the run.</summary>
    public static Diagnostic Single(GeneratorRun run, string id)
    {
        var found = run.Diagnostics(id).ToList();
        found.Count.ShouldBe(1, run.Describe());
        return found[0];
    }

    /// <summary>
    /// Checks severity, file and span, the span written as the compiler prints it (one-based line and column of both
    /// ends, <c>(12,7)-(12,19)</c>), and that the span's characters in <paramref name="text"/> are <paramref name="token"/>.
    /// </summary>
    public static void ShouldPointAt(this Diagnostic diagnostic, DiagnosticSeverity severity, string path, string span, string text, string token)
    {
        // The catalog's severity; the harness compiles as under TreatWarningsAsErrors, which reports warnings as errors.
        diagnostic.DefaultSeverity.ShouldBe(severity, diagnostic.ToString());
        var lines = diagnostic.Location.GetLineSpan();
        lines.Path.ShouldBe(path, diagnostic.ToString());
        Format(lines).ShouldBe(span, diagnostic.ToString());
        var source = diagnostic.Location.SourceSpan;
        text.Substring(source.Start, source.Length).ShouldBe(token, diagnostic.ToString());
        // What `dotnet build` prints: path(line,col): severity ID: message.
        diagnostic.ToString().ShouldStartWith($"{path}{span.Substring(0, span.IndexOf(')') + 1)}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: ");
    }

    public static string Format(FileLinePositionSpan span)
        => $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
}
