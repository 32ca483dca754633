using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Schemata.Tests.Incrementality;

/// <summary>Reads a run's step-by-step record: why each tracked step ran, and which sources were written again.</summary>
internal static class RunRecord
{
    /// <summary>How many outputs of a step were New, Cached, Modified, Unchanged or Removed.</summary>
    public static Dictionary<IncrementalStepRunReason, int> Reasons(this GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).ToDictionary(g => g.Key, g => g.Count())
            : new Dictionary<IncrementalStepRunReason, int>();

    /// <summary>The outputs of a step that were computed again (New or Modified), with their values.</summary>
    public static List<object> Recomputed(this GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(o => o.Value).ToList()
            : new List<object>();

    /// <summary>The hint names of the sources whose output step ran again, i.e. that were emitted again.</summary>
    public static List<string> Reemitted(this GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(s => s.Value)
            .SelectMany(r => r.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            .SelectMany(o => HintNames(o.Value))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToList();

    /// <summary>An output step's value is (sources, diagnostics); Roslyn keeps the source type internal, so its hint names are read by reflection.</summary>
    private static IEnumerable<string> HintNames(object value)
    {
        var sources = (System.Collections.IEnumerable)value.GetType().GetField("Item1")!.GetValue(value)!;
        foreach (var source in sources)
        {
            yield return (string)source.GetType().GetProperty("HintName")!.GetValue(source)!;
        }
    }

    /// <summary>The steps whose outputs are anything but Cached or Unchanged, with their reasons, for failure messages.</summary>
    public static string Describe(this GeneratorRunResult result)
        => string.Join("; ", result.TrackedSteps.OrderBy(s => s.Key).Select(s =>
            s.Key + ": " + string.Join(", ", s.Value.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).Select(g => g.Key + "×" + g.Count()))));

    public static Dictionary<string, string> SourcesByHintName(this GeneratorRunResult result)
        => result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), System.StringComparer.Ordinal);
}
