using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// How much C# the Stytch corpus generates, with <c>SchemataValidation</c> off and on (the difference is the
/// validation code), and how much of it is indentation and XML docs (<c>dotnet run -c Release -- size</c>). Sizes are UTF-8 bytes, divided by the number of schema files.
/// </summary>
public static class SizeRun
{
    public static void Run()
    {
        var fixture = new GeneratorFixture(SchemaCorpus.Load(1));
        var schemas = fixture.Files.Count;
        var totals = new long[2];
        foreach (var validation in new[] { false, true })
        {
            var sources = fixture.CreateDriver(validation: validation).RunGenerators(fixture.Compilation).GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToList();
            var total = sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
            totals[validation ? 1 : 0] = total;
            Console.WriteLine($"validation {(validation ? "on " : "off")}: {sources.Count} files, {total / 1024} KB, {total / schemas} B per schema");
            if (validation)
            {
                var lines = string.Concat(sources.Select(s => s.SourceText.ToString())).Split('\n');
                var indentation = lines.Sum(l => (long)(l.Length - l.TrimStart(' ', '\t').Length));
                var docs = lines.Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal)).Sum(l => (long)l.Length + 1);
                Console.WriteLine($"  of which indentation {indentation / 1024} KB, XML docs {docs / 1024} KB");
            }
        }

        Console.WriteLine($"validation code: {(totals[1] - totals[0]) / 1024} KB, {(totals[1] - totals[0]) / schemas} B per schema");
        Console.WriteLine($"({schemas} schema files)");
    }
}
