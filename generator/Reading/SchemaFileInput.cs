using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>
/// A <c>.json</c> additional file with its item metadata, taken from the compiler's inputs without parsing. It
/// compares equal while the file's text and metadata are unchanged, even when the compiler hands over a new
/// options provider (as it does when any option changes), so that no file is parsed again for nothing.
/// </summary>
internal sealed class SchemaFileInput : IEquatable<SchemaFileInput>
{
    private SchemaFileInput(string path, string displayPath, FileOptions options, SourceText? text)
    {
        Path = path;
        DisplayPath = displayPath;
        Options = options;
        Text = text;
    }

    public string Path { get; }

    /// <summary>The path relative to the project directory, with '/' separators, as diagnostics and generated code show it.</summary>
    public string DisplayPath { get; }

    public FileOptions Options { get; }

    /// <summary>The file's text; null when the compiler could not give it.</summary>
    public SourceText? Text { get; }

    /// <summary>Takes the file from the compiler; when that fails, the file without text, and SCH013.</summary>
    public static Result<SchemaFileInput> From(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var displayPath = PathHelpers.Relative(file.Path, OptionsReader.ProjectDirectory(provider.GlobalOptions));
        return StepRunner.Run(
            PipelineStep.SchemaFiles,
            StepSubject.File(file.Path, displayPath),
            new SchemaFileInput(file.Path, displayPath, FileOptions.None, null),
            () => Result.Of(new SchemaFileInput(file.Path, displayPath, OptionsReader.ReadFile(provider.GetOptions(file)), file.GetText(cancellationToken))));
    }

    public bool Equals(SchemaFileInput? other)
        => other is not null
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && string.Equals(DisplayPath, other.DisplayPath, StringComparison.Ordinal)
            && Options.Equals(other.Options)
            && (ReferenceEquals(Text, other.Text) || (Text is not null && other.Text is not null && Text.ContentEquals(other.Text)));

    public override bool Equals(object? obj) => Equals(obj as SchemaFileInput);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);
}
