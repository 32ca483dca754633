using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// The generator against the cost of reading the same JSON (the floor), over the 720 Stytch schemas and a 10×
/// corpus made from them: a full run (a fresh driver, as in a clean build) and incremental runs (one driver kept
/// between runs, as in the IDE) after an edit to one schema or to C# code.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class GenerationBenchmarks
{
    private GeneratorFixture _fixture = null!;
    private IReadOnlyList<string> _texts = null!;
    private GeneratorDriver _driver = null!;
    private Compilation _compilation = null!;
    private AdditionalText _edited = null!;
    private string _original = null!;
    private int _generation;
    private ReplayGenerator _replay = null!;
    private ReplayGenerator _freshReplay = null!;

    /// <summary>How many times over the Stytch corpus is generated: 1 is 720 schemas, 10 is 7,200.</summary>
    [Params(1, 10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new GeneratorFixture(SchemaCorpus.Load(Copies));
        var texts = new List<string>(_fixture.Files.Count);
        foreach (var file in _fixture.Files)
        {
            texts.Add(file.Text);
        }

        _texts = texts;
        _compilation = _fixture.Compilation;
        _driver = _fixture.CreateDriver().RunGenerators(_compilation);
        _replay = new ReplayGenerator(ReplayGenerator.SourcesOf(_driver));
        _freshReplay = new ReplayGenerator(ReplayGenerator.SourcesOf(_driver), fresh: true);
        _edited = _fixture.Find(SchemaCorpus.EditedSchema);
        _original = _edited.GetText()!.ToString();
    }

    /// <summary>The floor: parsing every schema's text with <see cref="JsonDocument"/>, and nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocumentFloor() => SchemaCorpus.ParseAll(_texts);

    /// <summary>
    /// The second floor: a generator that only adds the sources Schemata generates, already made, one output step
    /// per file. No generator that writes this much C# can be faster than this.
    /// </summary>
    [Benchmark]
    public GeneratorDriver AddSourceFloor() => _fixture.CreateDriver(_replay).RunGenerators(_compilation);

    /// <summary>
    /// The third floor: the same sources as new strings in every run. A generator that writes this much C# pays at least
    /// this, however it makes the text: what the output's size alone costs.
    /// </summary>
    [Benchmark]
    public GeneratorDriver FreshOutputFloor() => _fixture.CreateDriver(_freshReplay).RunGenerators(_compilation);

    /// <summary>Everything generated from nothing, as in a clean build.</summary>
    [Benchmark]
    public GeneratorDriver FullGeneration() => _fixture.CreateDriver().RunGenerators(_compilation);

    /// <summary>One schema's description edited: only that schema's type changes.</summary>
    [Benchmark]
    public GeneratorDriver EditOneDescription() => Edit(SchemaCorpus.EditDescription(_original, ++_generation));

    /// <summary>One schema's title edited: its type is renamed, and every type that refers to it changes.</summary>
    [Benchmark]
    public GeneratorDriver EditOneTitle() => Edit(SchemaCorpus.EditTitle(_original, ++_generation));

    /// <summary>A C# file edited: no schema changes, nothing is generated again.</summary>
    [Benchmark]
    public GeneratorDriver EditCSharp()
    {
        var tree = System.Linq.Enumerable.First(_compilation.SyntaxTrees);
        var edited = CSharpSyntaxTree.ParseText("// edit " + ++_generation + "\n" + tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath);
        _compilation = _compilation.ReplaceSyntaxTree(tree, edited);
        _driver = _driver.RunGenerators(_compilation);
        return _driver;
    }

    private GeneratorDriver Edit(string text)
    {
        var next = GeneratorFixture.Text(_edited.Path, text);
        _driver = _driver.ReplaceAdditionalText(_edited, next).RunGenerators(_compilation);
        _edited = next;
        return _driver;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new GeneratedBytesColumn());
    }
}
