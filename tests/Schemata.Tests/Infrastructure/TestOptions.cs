using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Schemata.Tests.Infrastructure;

/// <summary>A schema file handed to the generator, with its AdditionalFiles item metadata.</summary>
public sealed record SchemaFile(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null)
{
    public static SchemaFile FromDisk(string path, string? relativeTo = null, IReadOnlyDictionary<string, string>? metadata = null)
        => new(path, System.IO.File.ReadAllText(path), metadata);
}

internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class DictionaryOptions : AnalyzerConfigOptions
{
    public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    private readonly ImmutableDictionary<string, string> _values;

    public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}

/// <summary>Plays MSBuild's part: global build properties and per-file item metadata.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _files = new(StringComparer.Ordinal);

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IEnumerable<SchemaFile> files)
    {
        GlobalOptions = new DictionaryOptions(ToOptions(global, "build_property."));
        foreach (var file in files)
        {
            if (file.Metadata is not null)
            {
                _files[file.Path] = new DictionaryOptions(ToOptions(file.Metadata, "build_metadata.AdditionalFiles."));
            }
        }
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private static ImmutableDictionary<string, string> ToOptions(IReadOnlyDictionary<string, string> values, string prefix)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in values)
        {
            builder[pair.Key.Contains('.') ? pair.Key : prefix + pair.Key] = pair.Value;
        }

        return builder.ToImmutable();
    }
}
