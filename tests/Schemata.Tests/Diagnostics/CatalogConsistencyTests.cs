using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Schemata.Generator.Diagnostics;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Diagnostics;

/// <summary>The catalog agrees with its tests, its release tracking files and the README its help links point to.</summary>
public class CatalogConsistencyTests
{
    public static TheoryData<string> Ids => new(DiagnosticDescriptors.Catalog.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_has_a_test_that_triggers_it(string id)
    {
        var triggering = typeof(CatalogConsistencyTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributes<TriggersAttribute>().Any(a => a.Id == id) && m.GetCustomAttribute<FactAttribute>() is not null)
            .ToList();

        triggering.ShouldNotBeEmpty($"no test is marked [Triggers(\"{id}\")]");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_help_link_points_at_an_anchor_of_the_readme(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var link = new Uri(descriptor.HelpLinkUri);

        link.AbsolutePath.ShouldEndWith("/README.md");
        link.Fragment.ShouldNotBeNullOrEmpty();
        ReadmeAnchors().ShouldContain(link.Fragment.Substring(1));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_is_in_the_readme_table_with_its_severity_and_title(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var row = ReadmeLines().SingleOrDefault(l => l.StartsWith($"| <a id=\"{id.ToLowerInvariant()}\"></a>{id} |", StringComparison.Ordinal));

        row.ShouldNotBeNull($"the README's diagnostics table has no row for {id}");
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();
        cells[2].ShouldBe(descriptor.DefaultSeverity.ToString());
        cells[3].ShouldBe(descriptor.Title.ToString());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_is_tracked_in_the_analyzer_release_files(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var rows = ReleaseRows().Where(r => r[0] == id).ToList();

        rows.Count.ShouldBe(1, $"{id} must be listed once in generator/AnalyzerReleases.*.md");
        rows[0][1].ShouldBe(descriptor.Category);
        rows[0][2].ShouldBe(descriptor.DefaultSeverity.ToString());
        rows[0][3].ShouldBe(descriptor.Title.ToString());
    }

    [Fact]
    public void The_release_files_list_nothing_the_catalog_lacks()
    {
        var known = DiagnosticDescriptors.Catalog.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        ReleaseRows().Select(r => r[0]).Where(id => !known.Contains(id)).ShouldBeEmpty();
    }

    private static string[] ReadmeLines() => File.ReadAllLines(System.IO.Path.Combine(RepositoryPaths.Root, "README.md"));

    /// <summary>Explicit anchors (<c>&lt;a id="…"&gt;</c>) and the anchors GitHub derives from headings.</summary>
    private static HashSet<string> ReadmeAnchors()
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ReadmeLines())
        {
            foreach (Match match in Regex.Matches(line, "<a id=\"([^\"]+)\""))
            {
                anchors.Add(match.Groups[1].Value);
            }

            if (line.StartsWith('#'))
            {
                var heading = line.TrimStart('#').Trim().ToLowerInvariant();
                anchors.Add(Regex.Replace(Regex.Replace(heading, @"[^\p{L}\p{N} _-]", string.Empty), " ", "-"));
            }
        }

        return anchors;
    }

    /// <summary>The rows "ID | Category | Severity | Notes" of both release files.</summary>
    private static IEnumerable<string[]> ReleaseRows()
        => new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(System.IO.Path.Combine(RepositoryPaths.Root, "generator", f)))
            .Where(l => Regex.IsMatch(l, @"^SCH\d+ *\|"))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray());
}
