using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Schemata.Generator;
using Schemata.Tests.Infrastructure;

namespace Schemata.Tests.Incrementality;

/// <summary>
/// One generator driver kept across runs, as the IDE keeps it between keystrokes: the schema files, the C# code
/// and the MSBuild options can be edited between runs, and each run's step-by-step record is kept.
/// </summary>
internal sealed class IncrementalSession
{
    private readonly Dictionary<string, AdditionalText> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaFile> _files = new(StringComparer.Ordinal);
    private Dictionary<string, string> _globalOptions;
    private GeneratorDriver _driver;
    private Compilation _compilation;

    public IncrementalSession(IEnumerable<SchemaFile> files, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        _globalOptions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["RootNamespace"] = "Consumer",
            ["ProjectDir"] = GeneratorHarness.ProjectDir,
        };
        foreach (var pair in globalOptions ?? new Dictionary<string, string>())
        {
            _globalOptions[pair.Key] = pair.Value;
        }

        foreach (var file in files)
        {
            _files.Add(file.Path, file);
            _texts.Add(file.Path, new InMemoryAdditionalText(file.Path, file.Text));
        }

        _compilation = GeneratorHarness.Compilation("namespace Consumer; internal static class Code { }");
        _driver = CSharpGeneratorDriver.Create(
            new[] { new SchemataGenerator().AsSourceGenerator() },
            _texts.Values,
            GeneratorHarness.ParseOptions(),
            new TestOptionsProvider(_globalOptions, _files.Values),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public IReadOnlyCollection<SchemaFile> Files => _files.Values;

    /// <summary>The path of the schema file called <paramref name="stem"/>.json.</summary>
    public string Path(string stem) => _files.Keys.Single(p => System.IO.Path.GetFileNameWithoutExtension(p) == stem);

    public string Text(string path) => _files[path].Text;

    public GeneratorRunResult Run()
    {
        _driver = _driver.RunGenerators(_compilation);
        return _driver.GetRunResult().Results.Single();
    }

    public void EditSchema(string path, string text)
    {
        var next = new InMemoryAdditionalText(path, text);
        _driver = _driver.ReplaceAdditionalText(_texts[path], next);
        _texts[path] = next;
        _files[path] = _files[path] with { Text = text };
    }

    public void AddSchema(SchemaFile file)
    {
        var text = new InMemoryAdditionalText(file.Path, file.Text);
        _texts.Add(file.Path, text);
        _files.Add(file.Path, file);
        _driver = _driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(text));
    }

    public void RemoveSchema(string path)
    {
        _driver = _driver.RemoveAdditionalTexts(ImmutableArray.Create(_texts[path]));
        _texts.Remove(path);
        _files.Remove(path);
    }

    /// <summary>An edit to C# code that has nothing to do with schemas: a new compilation, as after a keystroke.</summary>
    public void EditCSharp(string code)
    {
        var tree = _compilation.SyntaxTrees.Single();
        _compilation = _compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(code, (CSharpParseOptions)tree.Options, tree.FilePath));
    }

    /// <summary>Changes a project-wide MSBuild property (without the <c>build_property.</c> prefix).</summary>
    public void SetOption(string name, string value)
    {
        _globalOptions = new Dictionary<string, string>(_globalOptions, StringComparer.OrdinalIgnoreCase) { [name] = value };
        _driver = _driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(_globalOptions, _files.Values));
    }
}
