using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// One plain run over an N× corpus, for what BenchmarkDotNet does not report: the peak memory of the process,
/// a few incremental runs timed one by one, and (for the plain corpus) the time each pipeline step took (Roslyn's
/// step tracking). <c>dotnet run -c Release -- scale 10</c>.
/// </summary>
public static class ScaleRun
{
    public static void Run(int copies)
    {
        var fixture = new GeneratorFixture(SchemaCorpus.Load(copies));
        var texts = fixture.Files.Select(f => f.Text).ToList();
        Console.WriteLine($"{fixture.Files.Count} schema files, {texts.Sum(t => (long)t.Length) / 1024} K characters");

        var floor = Time(() =>
        {
            foreach (var text in texts)
            {
                using var document = JsonDocument.Parse(text);
            }
        });
        Console.WriteLine($"JsonDocument floor: {Ms(floor)}");

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        GeneratorDriver driver = null!;
        var first = Time(() => driver = fixture.CreateDriver().RunGenerators(fixture.Compilation));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // What the driver keeps between runs (cached pipeline values and generated texts), as the IDE would hold it.
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var result = driver.GetRunResult();
        var sources = result.Results.Sum(r => r.GeneratedSources.Length);
        var bytes = GeneratorFixture.GeneratedBytes(driver);
        Console.WriteLine($"first full run (JIT included): {Ms(first)}, allocated {allocated / (1024 * 1024)} MB, retained by the driver {retained / (1024 * 1024)} MB");
        Console.WriteLine($"generated: {sources} files, {bytes / 1024} KB, {bytes / fixture.Files.Count} B per schema; diagnostics: {string.Join(", ", result.Diagnostics.GroupBy(d => d.Id).Select(g => g.Key + "×" + g.Count()))}");

        var second = Time(() => driver = fixture.CreateDriver().RunGenerators(fixture.Compilation));
        Console.WriteLine($"second full run: {Ms(second)} ({second.TotalMilliseconds / floor.TotalMilliseconds:F1}× the floor)");

        // Incremental runs on the kept driver, untracked as in the IDE: one schema edited, then one C# file edited.
        var edited = fixture.Find(SchemaCorpus.EditedSchema);
        var original = edited.GetText()!.ToString();
        Compilation compilation = fixture.Compilation;
        for (var i = 1; i <= 3; i++)
        {
            var next = GeneratorFixture.Text(edited.Path, SchemaCorpus.EditDescription(original, i));
            var edit = Time(() => driver = driver.ReplaceAdditionalText(edited, next).RunGenerators(compilation));
            edited = next;
            var tree = compilation.SyntaxTrees.First();
            compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("// edit " + i + "\n" + tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath));
            var code = Time(() => driver = driver.RunGenerators(compilation));
            Console.WriteLine($"edit {i}: one schema's description {Ms(edit)}, a C# file {Ms(code)}");
        }

        if (copies == 1)
        {
            // Step times (Roslyn's step tracking) from the last of several runs, so that the code is warm.
            GeneratorDriver tracked = null!;
            for (var i = 0; i < 8; i++)
            {
                tracked = fixture.CreateDriver(trackSteps: true).RunGenerators(fixture.Compilation);
            }

            PrintSteps("full run, by step", tracked);
            edited = fixture.Find(SchemaCorpus.EditedSchema);
            for (var i = 1; i <= 20; i++)
            {
                var next = GeneratorFixture.Text(edited.Path, SchemaCorpus.EditDescription(original, i));
                tracked = tracked.ReplaceAdditionalText(edited, next).RunGenerators(fixture.Compilation);
                edited = next;
            }

            PrintSteps("after a description edit, by step", tracked);
            for (var i = 1; i <= 20; i++)
            {
                var next = GeneratorFixture.Text(edited.Path, SchemaCorpus.EditTitle(original, i));
                tracked = tracked.ReplaceAdditionalText(edited, next).RunGenerators(fixture.Compilation);
                edited = next;
            }

            PrintSteps("after a title edit, by step", tracked);
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"peak working set of this process: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    private static void PrintSteps(string title, GeneratorDriver driver)
    {
        Console.WriteLine(title + ":");
        foreach (var step in driver.GetRunResult().Results[0].TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var elapsed = TimeSpan.FromTicks(step.Value.Sum(run => run.ElapsedTime.Ticks));
            var reasons = step.Value.SelectMany(run => run.Outputs).GroupBy(o => o.Reason).Select(g => g.Key + "×" + g.Count());
            Console.WriteLine($"  {step.Key,-12} {Ms(elapsed),10}  {string.Join(", ", reasons)}");
        }
    }

    private static TimeSpan Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed;
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms";
}
