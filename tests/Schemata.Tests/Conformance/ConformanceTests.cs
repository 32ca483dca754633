using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Conformance;

/// <summary>
/// The official JSON Schema Test Suite (../shared/json-schema-test-suite), every draft, through generated validators.
/// Each test prints the pass counts and the failures per keyword; run with
/// <c>dotnet test Generator.sln --filter "FullyQualifiedName~ConformanceTests" --logger "console;verbosity=detailed"</c>.
/// A failing test fails the run unless skip-list.txt lists it with a reason; listed tests count as failures in the
/// printed figures. Optional tests run with format assertion on for optional/format and off otherwise.
/// </summary>
public class ConformanceTests
{
    private static readonly Lazy<SkipList> Skips = new(() => SkipList.Load(Path.Combine(RepositoryPaths.Root, "tests", "Schemata.Tests", "Conformance", "skip-list.txt")));

    public static TheoryData<string> Drafts() => new(SuiteCatalog.Drafts);

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Required_tests_pass(string draft) => Check(draft, optional: false);

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Optional_tests_pass_or_are_listed(string draft) => Check(draft, optional: true);

    private static void Check(string draft, bool optional)
    {
        var suite = RepositoryPaths.RequireShared("json-schema-test-suite");
        var groups = SuiteCatalog.Load(suite, draft, optional);
        var results = new List<CaseResult>();
        if (optional)
        {
            results.AddRange(ConformanceRunner.Run(suite, draft, groups.Where(g => g.File.StartsWith("optional/format/", StringComparison.Ordinal)).ToList(), formatAssertion: true));
            results.AddRange(ConformanceRunner.Run(suite, draft, groups.Where(g => !g.File.StartsWith("optional/format/", StringComparison.Ordinal)).ToList(), formatAssertion: false));
        }
        else
        {
            results.AddRange(ConformanceRunner.Run(suite, draft, groups, formatAssertion: false));
        }

        var report = Report(draft, optional, results);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", ConformanceRunner.Timings));
        var unexpected = results.Where(r => !r.Passed && Skips.Value.ReasonFor(r.Group, r.Test) is null).ToList();
        var stale = results.Where(r => r.Passed && Skips.Value.ReasonFor(r.Group, r.Test) is not null).ToList();
        var problems = new StringBuilder();
        foreach (var r in unexpected.Take(60))
        {
            problems.AppendLine($"FAIL {r.Group.Draft} | {r.Group.File} | {r.Group.Description} | {r.Test.Description}: {r.Detail}");
        }

        foreach (var r in stale.Take(60))
        {
            problems.AppendLine($"PASSES BUT IS LISTED (remove it from skip-list.txt): {r.Group.Draft} | {r.Group.File} | {r.Group.Description} | {r.Test.Description}");
        }

        (unexpected.Count + stale.Count).ShouldBe(0, report + "\n" + problems);
    }

    private static string Report(string draft, bool optional, List<CaseResult> results)
    {
        var passed = results.Count(r => r.Passed);
        var listed = results.Count(r => !r.Passed && Skips.Value.ReasonFor(r.Group, r.Test) is not null);
        var builder = new StringBuilder();
        builder.AppendLine($"{draft} {(optional ? "optional" : "required")}: {passed}/{results.Count} passed ({Percent(passed, results.Count)}), {results.Count - passed} failed ({listed} of them in skip-list.txt)");
        foreach (var keyword in results.Where(r => !r.Passed).GroupBy(r => r.Group.Keyword).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var total = results.Count(r => r.Group.Keyword == keyword.Key);
            builder.AppendLine($"  {keyword.Key}: {keyword.Count()} of {total} failed");
        }

        return builder.ToString();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
