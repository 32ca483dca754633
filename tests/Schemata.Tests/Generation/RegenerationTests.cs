using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// What a schema change does to the models: ../shared/corpus/stytch-upstream is a later version of the Stytch API.
/// Both versions are generated, and the diff of the generated code of every schema that changed (plus the lists of
/// schemas added and removed) is an approved snapshot, so a reviewer sees the effect of the change.
/// </summary>
public class RegenerationTests
{
    [Fact]
    public void The_diff_of_the_generated_code_between_two_versions_of_the_stytch_api_is_approved()
    {
        var before = RepositoryPaths.RequireShared("corpus", "stytch");
        var after = RepositoryPaths.RequireShared("corpus", "stytch-upstream");
        var oldCode = Generate(before);
        var newCode = Generate(after);
        var oldFiles = Directory.GetFiles(before, "*.json").Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);
        var newFiles = Directory.GetFiles(after, "*.json").Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);

        var report = new StringBuilder();
        report.Append("Schemas only in stytch (removed upstream):\n");
        foreach (var name in oldFiles.Except(newFiles).OrderBy(n => n, StringComparer.Ordinal))
        {
            report.Append("  - ").Append(name).Append('\n');
        }

        report.Append("Schemas only in stytch-upstream (added):\n");
        foreach (var name in newFiles.Except(oldFiles).OrderBy(n => n, StringComparer.Ordinal))
        {
            report.Append("  + ").Append(name).Append('\n');
        }

        var changed = 0;
        foreach (var name in oldFiles.Intersect(newFiles).OrderBy(n => n, StringComparer.Ordinal))
        {
            var oldSchema = JsonNode.Parse(File.ReadAllText(Path.Combine(before, name)));
            var newSchema = JsonNode.Parse(File.ReadAllText(Path.Combine(after, name)));
            if (JsonNode.DeepEquals(oldSchema, newSchema))
            {
                oldCode[name].ShouldBe(newCode[name], $"{name} did not change, so its generated code must not change");
                continue;
            }

            changed++;
            report.Append("\n=== ").Append(name).Append(" changed; generated code:\n");
            report.Append(LineDiff.Unified(oldCode[name], newCode[name]));
        }

        changed.ShouldBe(6);
        report.ToString().ShouldMatchApproved(options => options
            .SubFolder("Snapshots")
            .WithDiscriminator("regeneration_stytch_to_upstream")
            .WithFilenameGenerator((_, discriminator, kind, extension) => $"{discriminator?.TrimStart('.')}.{kind}.{extension}")
            .NoDiff());
    }

    /// <summary>The generated code of each schema file, by file name, in one namespace so that both versions compare.</summary>
    private static Dictionary<string, string> Generate(string folder)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.FilesIn(folder), new Dictionary<string, string> { ["ProjectDir"] = folder + "/", ["RootNamespace"] = "Stytch" });
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        var result = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var source in run.Sources.Where(s => !s.HintName.EndsWith("SchemataJsonResolver.g.cs", StringComparison.Ordinal) && s.HintName != "Schemata.GlobalUsings.g.cs").OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var text = source.SourceText.ToString();
            const string marker = "[Schemata::SchemaSource(\"";
            var start = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
            var file = text.Substring(start, text.IndexOf('"', start) - start);
            if (!result.TryGetValue(file, out var builder))
            {
                builder = new StringBuilder();
                result.Add(file, builder);
            }

            builder.Append(text);
        }

        return result.ToDictionary(p => p.Key, p => p.Value.ToString());
    }
}
