using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Schemata.Generator;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Emit;
using Schemata.Generator.Graph;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Reading;
using Schemata.Generator.Typing;
using Schemata.Generator.Validation;

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
    private IReadOnlyList<string> _texts = null!;
    private List<Result<SchemaFileInput>> _files = null!;
    private List<ParsedSchema> _parsed = null!;
    private List<SchemaDocument> _documents = null!;
    private GeneratorOptions _options = null!;
    private ImmutableArray<GraphInput> _graphInputs;
    private ImmutableArray<Result<SchemaIndex>> _indexes;
    private ConsumerInfo _consumer = null!;
    private List<DocumentInput> _slices = null!;
    private List<SourceFile> _sourceFiles = null!;
    private List<string> _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        var fixture = new GeneratorFixture(SchemaCorpus.Load(1));
        _texts = fixture.Files.Select(f => f.Text).ToList();
        var run = fixture.CreateDriver(trackSteps: true).RunGenerators(fixture.Compilation).GetRunResult().Results.Single();
        List<T> Outputs<T>(string step) => run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => (T)o.Value).ToList();
        _files = Outputs<Result<SchemaFileInput>>(TrackingNames.SchemaFiles);
        _parsed = Outputs<ParsedSchema>(TrackingNames.ReadSchema);
        _documents = Outputs<SchemaDocument>(TrackingNames.Documents);
        _options = Outputs<Result<GeneratorOptions>>(TrackingNames.Options).Single().Value;
        _graphInputs = Outputs<GraphInput>(TrackingNames.GraphInputs).ToImmutableArray();
        _indexes = Outputs<Result<SchemaIndex>>(TrackingNames.IndexSchema).ToImmutableArray();
        _consumer = Outputs<Result<ConsumerInfo>>(TrackingNames.Consumer).Single().Value;
        _slices = Outputs<Result<DocumentInput>>(TrackingNames.Slice).Select(r => r.Value).ToList();
        _sourceFiles = Outputs<SourceFile>(TrackingNames.Files);
        _output = _sourceFiles.Select(f => SourceFileWriter.Write(f).Value!.ToString()).ToList();
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
            count += SchemaDocumentReader.Parse(file).Root is null ? 0 : 1;
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
            count += SchemaDocumentReader.Read(parsed, _options).Diagnostics.Count;
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
            count += SchemaIndexer.Index(document, CancellationToken.None).References.Count;
        }

        return count;
    }

    /// <summary>Graph: references resolved and types named across all documents.</summary>
    [Benchmark]
    public int Graph() => SchemaGraphBuilder.Build(_graphInputs, _indexes, _consumer, CancellationToken.None).Types.Count;

    /// <summary>BuildModels: the type models and validation plans of every document.</summary>
    [Benchmark]
    public int Models()
    {
        var count = 0;
        foreach (var slice in _slices)
        {
            count += TypeModelBuilder.Build(slice, CancellationToken.None).Value.Count;
            count += ValidationPlanBuilder.Build(slice, CancellationToken.None).Value.Count;
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
            chars += SourceFileWriter.Write(file).Value?.Length ?? 0;
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
