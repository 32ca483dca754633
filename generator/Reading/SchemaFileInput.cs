using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>
/// A <c>.json</c> additional file with its item metadata, taken from the compiler's inputs without parsing. It
/// compares equal while the file's text and metadata are unchanged, even when the compiler hands over a new
/// options provider (as it does when any option changes), so that no file is parsed again for nothing.
/// </summary>
internal sealed class SchemaFileInput : IEquatable<SchemaFileInput>
{
    private SchemaFileInput(string path, FileOptions options, SourceText? text, string? failure)
    {
        Path = path;
        Options = options;
        Text = text;
        Failure = failure;
    }

    public string Path { get; }

    public FileOptions Options { get; }

    /// <summary>The file's text; null when the compiler could not read it.</summary>
    public SourceText? Text { get; }

    /// <summary>What went wrong while taking the file from the compiler, if anything did.</summary>
    public string? Failure { get; }

    public static SchemaFileInput From(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        try
        {
            return new SchemaFileInput(file.Path, OptionsReader.ReadFile(provider.GetOptions(file)), file.GetText(cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new SchemaFileInput(file.Path, new FileOptions(null, null, null, false), null, e.GetType().Name + ": " + e.Message);
        }
    }

    public bool Equals(SchemaFileInput? other)
        => other is not null
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && Options.Equals(other.Options)
            && string.Equals(Failure, other.Failure, StringComparison.Ordinal)
            && (ReferenceEquals(Text, other.Text) || (Text is not null && other.Text is not null && Text.ContentEquals(other.Text)));

    public override bool Equals(object? obj) => Equals(obj as SchemaFileInput);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);
}
