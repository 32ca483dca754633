using System.Collections.Concurrent;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// The UTF-8 bytes of generated C# per schema file, for the corpus each row ran on: the figure to watch as features
/// land. Measured once per corpus size by running the generator in the host process.
/// </summary>
public sealed class GeneratedBytesColumn : IColumn
{
    private static readonly ConcurrentDictionary<int, string> Cache = new();

    public string Id => nameof(GeneratedBytesColumn);

    public string ColumnName => "Generated/schema";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 bytes of generated C# per schema file";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var copies = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(GenerationBenchmarks.Copies))?.Value as int? ?? 1;
        return Cache.GetOrAdd(copies, static c =>
        {
            var fixture = new GeneratorFixture(SchemaCorpus.Load(c));
            var driver = fixture.CreateDriver().RunGenerators(fixture.Compilation);
            return (GeneratorFixture.GeneratedBytes(driver) / fixture.Files.Count).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " B";
        });
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
