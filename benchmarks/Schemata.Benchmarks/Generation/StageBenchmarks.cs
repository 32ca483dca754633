using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Schemata.Generator;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// Each step of a full run on its own, over the 720 Stytch schemas, against the same floor as
/// <see cref="GenerationBenchmarks"/>: where the time of a full run goes. Every step is fed what a real run gave it
/// (the values a driver with step tracking recorded), and does for all documents what the pipeline does for each.
/// A full run costs more than the sum: Roslyn's bookkeeping, and the garbage collector carrying everything the
/// pipeline keeps between runs, which these isolated loops drop at once.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly Action<Diagnostic> _ignore = _ => { };
    private IReadOnlyList<string> _texts = null!;
    private List<SchemaFileInput> _files = null!;
    private List<ParsedSchema> _parsed = null!;
    private List<SchemaDocument> _documents = null!;
    private GeneratorOptions _options = null!;
    private ImmutableArray<GraphInput> _graphInputs;
    private ImmutableArray<SchemataGenerator.IndexResult> _indexes;
    private ConsumerInfo _consumer = null!;
    private List<SchemataGenerator.DocumentInput> _slices = null!;
    private List<SourceFile> _sourceFiles = null!;
    private List<string> _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        var fixture = new GeneratorFixture(SchemaCorpus.Load(1));
        _texts = fixture.Files.Select(f => f.Text).ToList();
        var run = fixture.CreateDriver(trackSteps: true).RunGenerators(fixture.Compilation).GetRunResult().Results.Single();
        List<T> Outputs<T>(string step) => run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => (T)o.Value).ToList();
        _files = Outputs<SchemaFileInput>(TrackingNames.SchemaFiles);
        _parsed = Outputs<ParsedSchema>(TrackingNames.ReadSchema);
        _documents = Outputs<SchemaDocument>(TrackingNames.Documents);
        _options = Outputs<GeneratorOptions>(TrackingNames.Options).Single();
        _graphInputs = Outputs<GraphInput>(TrackingNames.GraphInputs).ToImmutableArray();
        _indexes = Outputs<SchemataGenerator.IndexResult>(TrackingNames.IndexSchema).ToImmutableArray();
        _consumer = Outputs<ConsumerInfo>(TrackingNames.Consumer).Single();
        _slices = Outputs<SchemataGenerator.DocumentInput>(TrackingNames.Slice);
        _sourceFiles = Outputs<SourceFile>(TrackingNames.Files);
        _output = _sourceFiles.Select(f => SchemataGenerator.Write(f, _ignore)!.ToString()).ToList();
    }

    /// <summary>The floor: parsing every schema's text with <see cref="JsonDocument"/>.</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocumentFloor() => SchemaCorpus.ParseAll(_texts);

    /// <summary>ReadSchema: the text into a tree that keeps every value's position.</summary>
    [Benchmark]
    public int Parse()
    {
        var count = 0;
        foreach (var file in _files)
        {
            count += SchemataGenerator.Parse(file, CancellationToken.None).Root is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>Documents: the tree as a schema document (dialect, base URI, the file's options).</summary>
    [Benchmark]
    public int Read()
    {
        var count = 0;
        foreach (var parsed in _parsed)
        {
            count += SchemataGenerator.ReadDocument(parsed, _options).Diagnostics.Count;
        }

        return count;
    }

    /// <summary>IndexSchema: each document walked once for what resolution needs.</summary>
    [Benchmark]
    public int Index()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += SchemataGenerator.IndexDocument(document, CancellationToken.None).Failure is null ? 1 : 0;
        }

        return count;
    }

    /// <summary>Graph: references resolved and types named across all documents.</summary>
    [Benchmark]
    public int Graph() => SchemataGenerator.BuildGraph(_graphInputs, _indexes, _consumer, CancellationToken.None).Sites.Count;

    /// <summary>BuildModels: the type models and validation plans of every document.</summary>
    [Benchmark]
    public int Models()
    {
        var count = 0;
        foreach (var slice in _slices)
        {
            count += SchemataGenerator.BuildModels(slice, CancellationToken.None).Types.Count;
            count += SchemataGenerator.BuildValidators(slice, CancellationToken.None).Validators.Count;
        }

        return count;
    }

    /// <summary>The emitters: the C# text of every file.</summary>
    [Benchmark]
    public long Write()
    {
        long chars = 0;
        foreach (var file in _sourceFiles)
        {
            chars += SchemataGenerator.Write(file, _ignore)?.Length ?? 0;
        }

        return chars;
    }

    /// <summary>What making the output's strings costs at the least: a copy of each.</summary>
    [Benchmark]
    public long CopyOutput()
    {
        long chars = 0;
        foreach (var text in _output)
        {
            chars += new string(text.AsSpan()).Length;
        }

        return chars;
    }
}
