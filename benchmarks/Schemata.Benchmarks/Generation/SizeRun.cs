using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// How much C# the Stytch corpus generates, with <c>SchemataValidation</c> off and on, and how the validation files
/// divide (<c>dotnet run -c Release -- size</c>). Sizes are UTF-8 bytes, divided by the number of schema files.
/// </summary>
public static class SizeRun
{
    public static void Run()
    {
        var fixture = new GeneratorFixture(SchemaCorpus.Load(1));
        var schemas = fixture.Files.Count;
        foreach (var validation in new[] { false, true })
        {
            var sources = fixture.CreateDriver(validation: validation).RunGenerators(fixture.Compilation).GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToList();
            long Bytes(Func<GeneratedSourceResult, bool> which) => sources.Where(which).Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
            var total = Bytes(_ => true);
            var validators = Bytes(s => s.HintName.EndsWith(".Validation.g.cs", StringComparison.Ordinal));
            Console.WriteLine($"validation {(validation ? "on " : "off")}: {sources.Count} files, {total / 1024} KB, {total / schemas} B per schema; validation files {validators / 1024} KB ({validators / schemas} B per schema)");
            if (validation)
            {
                var text = string.Concat(sources.Where(s => s.HintName.EndsWith(".Validation.g.cs", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
                var lines = text.Split('\n');
                var indentation = lines.Sum(l => (long)(l.Length - l.TrimStart(' ').Length));
                var docs = lines.Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal)).Sum(l => (long)l.Length + 1);
                Console.WriteLine($"  of the validation files: indentation {indentation / 1024} KB, XML docs {docs / 1024} KB");
            }
        }

        Console.WriteLine($"({schemas} schema files)");
    }
}
