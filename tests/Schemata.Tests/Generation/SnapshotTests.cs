using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// The generated code for every schema in schemas/, checked against approved snapshots in Snapshots/.
/// To accept a change, run tests/accept-snapshots.sh (it renames every *.received.txt to *.approved.txt)
/// and review the diff in git.
/// </summary>
public class SnapshotTests
{
    private static readonly Lazy<Dictionary<string, string>> Generated = new(GenerateAll);

    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Schemas, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Generated_code_matches_the_approved_snapshot(string schemaFile)
    {
        Generated.Value.TryGetValue(schemaFile, out var code);
        code ??= "(no types are generated from this file)\n";
        var name = schemaFile.Replace("schemas/", string.Empty).Replace('/', '_').Replace(".json", string.Empty);
        try
        {
            code.ShouldMatchApproved(options => options
                .SubFolder("Snapshots")
                .WithDiscriminator(name)
                .WithFilenameGenerator((_, discriminator, kind, extension) => $"{discriminator?.TrimStart('.')}.{kind}.{extension}")
                .NoDiff());
        }
        catch (ShouldMatchApprovedException)
        {
            // Shouldly prints both texts whole; a line diff shows what the schema change did.
            var approvedPath = Path.Combine(RepositoryPaths.Root, "tests", "Schemata.Tests", "Generation", "Snapshots", name + ".approved.txt");
            var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;
            throw new Xunit.Sdk.XunitException(
                $"The code generated from {schemaFile} differs from the approved snapshot. If the change is intended, run tests/accept-snapshots.sh and review the diff.\n"
                + LineDiff.Unified(approved, code));
        }
    }

    [Fact]
    public void The_schemas_folder_compiles_without_any_warning()
    {
        foreach (var folder in new[] { "stytch", "examples" })
        {
            var run = Run(folder);
            run.CompilationProblems.ShouldBeEmpty(run.Describe());
            var warnings = run.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
            // staff.json shows conflicting allOf branches on purpose: two SCH018, and no other warning anywhere.
            var shown = warnings.Where(d => d.Id == "SCH018" && d.Location.GetLineSpan().Path.EndsWith("/examples/staff.json", StringComparison.Ordinal)).ToList();
            warnings.Except(shown).ShouldBeEmpty(run.Describe());
            shown.Count.ShouldBe(folder == "examples" ? 2 : 0, run.Describe());
        }
    }

    private static GeneratorRun Run(string folder)
    {
        var files = GeneratorHarness.FilesIn(Path.Combine(RepositoryPaths.Schemas, folder));
        var ns = folder == "stytch" ? "Stytch" : "Examples";
        return GeneratorHarness.Run(files, new Dictionary<string, string> { ["ProjectDir"] = RepositoryPaths.Root + "/", ["RootNamespace"] = ns });
    }

    /// <summary>All generated sources, concatenated per schema file (named by the SchemaSource attribute each type carries).</summary>
    private static Dictionary<string, string> GenerateAll()
    {
        var result = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var folder in new[] { "stytch", "examples" })
        {
            foreach (var source in Run(folder).Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                var text = source.SourceText.ToString();
                // Validation parts of records carry no attribute (the record's other part has it), only the file constant.
                var marker = text.Contains("[global::Schemata.SchemaSource(\"", StringComparison.Ordinal) ? "[global::Schemata.SchemaSource(\"" : "private const string __SchemaFile = \"";
                var start = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
                var file = text.Substring(start, text.IndexOf('"', start) - start);
                if (!result.TryGetValue(file, out var builder))
                {
                    builder = new StringBuilder();
                    result.Add(file, builder);
                }

                builder.Append("//----- ").Append(source.HintName).Append('\n').Append(text).Append('\n');
            }
        }

        return result.ToDictionary(p => p.Key, p => p.Value.ToString());
    }
}
