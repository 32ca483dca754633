using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Schemata.Generator;
using Schemata.Generator.Diagnostics;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Architecture;

/// <summary>
/// The generator's tree shows its pipeline (docs/design.md): one folder per stage, each using only the folders before
/// it, and Model/ holding the values the stages hand each other. These tests read the sources (their <c>using</c>s,
/// namespaces and qualified names), so that a dependency that runs backwards fails here rather than in a review.
/// </summary>
public class ArchitectureTests
{
    /// <summary>The folders of generator/, in pipeline order: a folder may use those before it, never one after it.</summary>
    private static readonly string[] Stages = { "Helpers", "Diagnostics", "Model", "Reading", "OpenApi", "Resolution", "Naming", "Typing", "Validation", "Graph", "Emit" };

    /// <summary>What Model/ may use besides itself: it holds values, computed elsewhere.</summary>
    private static readonly string[] ModelMayUse = { "Helpers", "Diagnostics" };

    private static readonly string Generator = Path.Combine(RepositoryPaths.Root, "generator");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in SourceFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void Every_folder_is_a_stage_of_the_pipeline()
    {
        var folders = Directory.GetDirectories(Generator)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "build" or "Metaschemas") && Directory.EnumerateFiles(Path.Combine(Generator, name!), "*.cs", SearchOption.AllDirectories).Any());

        folders.Where(f => !Stages.Contains(f)).ShouldBeEmpty("a new folder needs its place in ArchitectureTests.Stages and docs/design.md");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_files_namespace_follows_its_folder(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        var expected = folder.Length == 0 ? "Schemata.Generator" : "Schemata.Generator." + folder.Replace(Path.DirectorySeparatorChar, '.');
        var declared = Regex.Matches(File.ReadAllText(Path.Combine(Generator, file)), @"^namespace\s+([\w.]+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

        // The polyfills declare the compiler's own attributes, in the compiler's namespace.
        if (file != Path.Combine("Helpers", "Polyfills.cs"))
        {
            declared.ShouldBe(new[] { expected }, file);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_stage_uses_only_the_stages_before_it(string file)
    {
        var stage = StageOf(file);
        if (stage is null)
        {
            return; // the entry point wires every stage
        }

        var allowed = stage == "Model" ? ModelMayUse.Append("Model").ToArray() : Stages.Take(Array.IndexOf(Stages, stage) + 1).ToArray();
        var used = UsedStages(file).Distinct().ToList();

        used.Where(u => !allowed.Contains(u)).ShouldBeEmpty($"{file} ({stage}) uses a stage it may not: only {string.Join(", ", allowed)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_stage_uses_the_entry_point(string file)
    {
        if (StageOf(file) is null)
        {
            return;
        }

        var code = Code(file);
        RootTypes().Where(type => Regex.IsMatch(code, @"(?<![\w.])" + type + @"\b")).ShouldBeEmpty(file);
    }

    [Fact]
    public void Model_holds_values_only()
    {
        var logic = SourceFiles()
            .Where(file => StageOf(file) == "Model" && Regex.IsMatch(Code(file), @"\bstatic\s+(partial\s+)?class\b"))
            .ToList();

        logic.ShouldBeEmpty("Model/ holds records and values; code that computes them belongs to a stage");
    }

    [Fact]
    public void The_check_finds_what_it_looks_for()
    {
        // A using, a qualified name and a fully qualified name of later stages (and its own namespace), in a piece of Model code.
        const string Code = """
            using Schemata.Generator.Emit;
            namespace Schemata.Generator.Model;
            internal sealed record X(Typing.TypeMapper Mapper, global::Schemata.Generator.Graph.GraphInput Input);
            """;

        StagesUsedBy(Code).Distinct().OrderBy(s => s, StringComparer.Ordinal).ShouldBe(new[] { "Emit", "Graph", "Model", "Typing" });
    }

    [Fact]
    public void Every_step_that_can_fail_is_named_like_its_tracking_name()
    {
        var tracked = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var untracked = new[] { "BuildValidators", "EmitType", "EmitValidator", "EmitResolver" };
        var steps = typeof(PipelineStep).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(PipelineStep))
            .Select(f => (Field: f.Name, Step: (PipelineStep)f.GetValue(null)!))
            .ToList();

        steps.ShouldAllBe(s => s.Field == s.Step.Name);
        steps.Select(s => s.Step.Name).Where(name => !tracked.Contains(name) && !untracked.Contains(name)).ShouldBeEmpty();
    }

    private static IEnumerable<string> SourceFiles()
        => Directory.EnumerateFiles(Generator, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Generator, path))
            .Where(path => !path.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !path.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>The stage (top folder) of a file; null for the entry point at the root.</summary>
    private static string? StageOf(string file)
    {
        var slash = file.IndexOf(Path.DirectorySeparatorChar);
        return slash < 0 ? null : file.Substring(0, slash);
    }

    private static IEnumerable<string> UsedStages(string file) => StagesUsedBy(Code(file));

    /// <summary>
    /// The stages a piece of code uses: its <c>using</c>s of Schemata.Generator namespaces, and names qualified by a
    /// stage's namespace (<c>Schemata.Generator.Typing.X</c>, or <c>Typing.X</c> for a type X the stage declares).
    /// </summary>
    private static IEnumerable<string> StagesUsedBy(string code)
    {
        foreach (Match match in Regex.Matches(code, @"\bSchemata\.Generator\.(\w+)"))
        {
            yield return match.Groups[1].Value;
        }

        foreach (Match match in Regex.Matches(code, @"(?<![\w.])(\w+)\.(\w+)"))
        {
            var (stage, type) = (match.Groups[1].Value, match.Groups[2].Value);
            if (Stages.Contains(stage) && TypesOf(stage).Contains(type))
            {
                yield return stage;
            }
        }
    }

    private static readonly Dictionary<string, HashSet<string>> DeclaredTypes = new();

    /// <summary>The types a stage declares (at any depth of its folder).</summary>
    private static HashSet<string> TypesOf(string stage)
    {
        lock (DeclaredTypes)
        {
            if (!DeclaredTypes.TryGetValue(stage, out var types))
            {
                var folder = Path.Combine(Generator, stage);
                types = Directory.Exists(folder)
                    ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).SelectMany(f => Declared(File.ReadAllText(f))).ToHashSet()
                    : new HashSet<string>();
                DeclaredTypes.Add(stage, types);
            }

            return types;
        }
    }

    private static IEnumerable<string> RootTypes()
        => Directory.EnumerateFiles(Generator, "*.cs", SearchOption.TopDirectoryOnly).SelectMany(f => Declared(File.ReadAllText(f)));

    private static IEnumerable<string> Declared(string code)
        => Regex.Matches(code, @"^(?:internal|public)\s+(?:(?:sealed|static|readonly|abstract|partial)\s+)*(?:class|record struct|record|struct|enum|interface)\s+(\w+)", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);

    /// <summary>A file's code without comments and string literals (names in docs and in generated text are not uses).</summary>
    private static string Code(string file)
    {
        var text = File.ReadAllText(Path.Combine(Generator, file));
        text = Regex.Replace(text, @"""""""[\s\S]*?""""""", "\"\"");
        text = Regex.Replace(text, @"@""(?:""""|[^""])*""", "\"\"");
        text = Regex.Replace(text, @"(?<!\$)""(?:\\.|[^""\\\n])*""", "\"\"");
        text = Regex.Replace(text, @"//[^\n]*", string.Empty);
        return text;
    }
}
