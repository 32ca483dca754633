using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Schemata.Generator;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Incrementality;

/// <summary>
/// The generator runs on every keystroke in the IDE: these tests run one driver twice, with an edit between the
/// runs, and check from Roslyn's step-by-step record that only the work the edit calls for was done again.
/// </summary>
public class IncrementalityTests
{
    private const string Member = "api_organization_v1_Member";
    private static readonly IncrementalStepRunReason[] Reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    /// <summary>Every step of the pipeline, by the tracking names the generator gives them.</summary>
    public static TheoryData<string> Steps()
    {
        var data = new TheoryData<string>();
        foreach (var name in StepNames)
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<string> StepNames
        => typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_tracking_name_names_a_step_that_runs()
    {
        var run = Stytch().Run();

        StepNames.Where(name => !run.TrackedSteps.ContainsKey(name)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_unrelated_CSharp_edit_reuses_every_step_and_emits_nothing(bool stytch)
    {
        var session = stytch ? Stytch() : new IncrementalSession(GeneratorHarness.FilesIn(RepositoryPaths.Schemas));
        var first = session.Run();
        first.GeneratedSources.ShouldNotBeEmpty();

        session.EditCSharp("namespace Consumer; internal static class Code { public static int Answer => 42; }");
        var second = session.Run();

        foreach (var step in second.TrackedSteps.Where(s => StepNames.Contains(s.Key)))
        {
            step.Value.SelectMany(r => r.Outputs).ShouldAllBe(o => Reused.Contains(o.Reason), step.Key + " ran again: " + second.Describe());
        }

        second.Reemitted().ShouldBeEmpty();
        second.SourcesByHintName().ShouldBe(first.SourcesByHintName());
    }

    [Fact]
    public void Editing_one_schemas_description_rereads_that_file_and_emits_only_its_type()
    {
        var session = Stytch();
        var first = session.Run();
        var member = session.Path(Member);

        session.EditSchema(member, EditDescription(session.Text(member)));
        var second = session.Run();

        ReadPaths(second).ShouldBe(new[] { member });
        second.Reasons(TrackingNames.Graph).Keys.Single().ShouldBe(IncrementalStepRunReason.Cached, second.Describe());
        second.Reasons(TrackingNames.PlaceGraph).Keys.Single().ShouldBe(IncrementalStepRunReason.Unchanged, second.Describe());
        second.Recomputed(TrackingNames.BuildModels).Count.ShouldBe(1, second.Describe());
        var changed = Changed(first, second);
        changed.Count.ShouldBe(1);
        second.Reemitted().ShouldBe(changed);
    }

    [Fact]
    public void A_description_edit_that_moves_a_reference_moves_the_graphs_diagnostic_with_it()
    {
        var path = GeneratorHarness.ProjectDir + "schemas/order.json";
        const string Order = """
            {
              "title": "Order",
              "type": "object",
              "description": "An order.",
              "properties": { "customer": { "$ref": "missing.json" } }
            }
            """;
        var session = new IncrementalSession(new[] { new SchemaFile(path, Order) });
        var first = Unresolved(session.Run());

        // A longer description, and two blank lines after it: everything below moves down two lines.
        session.EditSchema(path, Order.Replace("\"An order.\",", "\"An order, placed by a customer.\",\n\n", StringComparison.Ordinal));
        var run = session.Run();
        var second = Unresolved(run);

        // The graph is not built again (the edit moved text and changed a description), yet the diagnostic is where the reference now is.
        run.Reasons(TrackingNames.Graph).Keys.Single().ShouldBe(IncrementalStepRunReason.Cached, run.Describe());
        second.StartLinePosition.Line.ShouldBe(first.StartLinePosition.Line + 2);
        var text = session.Text(path);
        var lines = text.Split('\n');
        lines[second.StartLinePosition.Line].Substring(second.StartLinePosition.Character).ShouldStartWith("\"missing.json\"");

        static FileLinePositionSpan Unresolved(GeneratorRunResult result)
            => result.Diagnostics.Single(d => d.Id == "SCH003").Location.GetLineSpan();
    }

    [Fact]
    public void Renaming_one_schema_emits_it_and_exactly_the_types_that_refer_to_it()
    {
        var session = Stytch();
        var first = session.Run();
        var member = session.Path(Member);
        var referrers = session.Files.Count(f => f.Text.Contains("\"$ref\": \"#/components/schemas/" + Member + "\"", StringComparison.Ordinal));
        referrers.ShouldBeGreaterThan(10, "the corpus should have many references to " + Member);

        session.EditSchema(member, session.Text(member).Replace("\"title\": \"" + Member + "\"", "\"title\": \"OrganizationMember\"", StringComparison.Ordinal));
        var second = session.Run();

        ReadPaths(second).ShouldBe(new[] { member });
        second.Recomputed(TrackingNames.BuildModels).Count.ShouldBe(referrers + 1, second.Describe());
        var changed = Changed(first, second);
        // The renamed type is a new file (the old one is gone), the namespace's resolver lists the new name.
        Types(changed).Count.ShouldBe(referrers + 1);
        changed.ShouldContain(ResolverHintName);
        second.Reemitted().ShouldBe(changed);
        second.GeneratedSources.Length.ShouldBe(first.GeneratedSources.Length);
    }

    [Fact]
    public void Adding_a_schema_reads_and_emits_only_the_new_file_and_the_resolver()
    {
        var session = Stytch();
        var first = session.Run();
        var path = Path.Combine(Path.GetDirectoryName(session.Path(Member))!, "added_Team.json");

        session.AddSchema(new SchemaFile(path, $$"""
            {
              "$id": "#/components/schemas/added_Team",
              "title": "added_Team",
              "type": "object",
              "properties": { "lead": { "$ref": "#/components/schemas/{{Member}}" } },
              "required": ["lead"]
            }
            """));
        var second = session.Run();

        ReadPaths(second).ShouldBe(new[] { path });
        second.Recomputed(TrackingNames.BuildModels).Count.ShouldBe(1, second.Describe());
        second.Reemitted().ShouldBe(new[] { "Consumer.AddedTeam.g.cs", ResolverHintName });
        second.GeneratedSources.Length.ShouldBe(first.GeneratedSources.Length + 1);
        second.SourcesByHintName()["Consumer.AddedTeam.g.cs"].ShouldContain("global::Consumer.ApiOrganizationV1Member Lead");
    }

    [Fact]
    public void Removing_a_schema_nothing_refers_to_removes_its_type_and_emits_only_the_resolver()
    {
        var session = Stytch();
        var first = session.Run();
        var unreferenced = session.Files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .First(f => !session.Files.Any(other => other.Text.Contains("\"#/components/schemas/" + Path.GetFileNameWithoutExtension(f.Path) + "\"", StringComparison.Ordinal) && other != f));

        session.RemoveSchema(unreferenced.Path);
        var second = session.Run();

        ReadPaths(second).ShouldBeEmpty();
        second.Reasons(TrackingNames.ReadSchema).ShouldContainKey(IncrementalStepRunReason.Removed);
        second.Recomputed(TrackingNames.BuildModels).ShouldBeEmpty(second.Describe());
        // Only the resolver, which lists the namespace's types, is written again.
        second.Reemitted().ShouldBe(new[] { ResolverHintName });
        Changed(first, second).ShouldBe(new[] { ResolverHintName });
        // Its files (the type and its validation, or a validator class alone) are gone, and nothing else.
        var gone = first.SourcesByHintName().Keys.Except(second.SourcesByHintName().Keys).ToList();
        Types(gone).ShouldHaveSingleItem();
        second.GeneratedSources.Length.ShouldBe(first.GeneratedSources.Length - gone.Count);
    }

    [Fact]
    public void Removing_a_schema_others_refer_to_emits_exactly_those_others_again()
    {
        var session = Stytch();
        var first = session.Run();
        var member = session.Path(Member);
        var referrers = session.Files.Count(f => f.Text.Contains("\"$ref\": \"#/components/schemas/" + Member + "\"", StringComparison.Ordinal));

        session.RemoveSchema(member);
        var second = session.Run();

        ReadPaths(second).ShouldBeEmpty();
        Types(second.Reemitted()).Count.ShouldBe(referrers);
        second.Reemitted().ShouldBe(Changed(first, second));
        // Each of them now has an unresolvable reference, reported where it is written.
        second.Diagnostics.Where(d => d.Id == "SCH003").Select(d => d.Location.GetLineSpan().Path).Distinct().Count().ShouldBe(referrers);
    }

    [Theory]
    [InlineData("SchemataNamespace", "Other.Models", "^namespace Other.Models;", "^namespace Consumer;")]
    [InlineData("SchemataAccessibility", "internal", "^internal ", "^public ")]
    public void Changing_an_msbuild_option_that_every_type_shows_emits_every_type_again(string option, string value, string now, string before)
    {
        var session = Stytch();
        var first = session.Run();
        // The one global using (of the runtime's entry points) has no namespace and no types: the option does not touch it.
        var firstTypes = first.GeneratedSources.Where(s => s.HintName != "Schemata.GlobalUsings.g.cs").ToList();
        firstTypes.ShouldAllBe(s => Regex.IsMatch(s.SourceText.ToString(), before, RegexOptions.Multiline));

        session.SetOption(option, value);
        var second = session.Run();

        second.Reemitted().Count.ShouldBe(firstTypes.Count);
        second.GeneratedSources.Length.ShouldBe(first.GeneratedSources.Length);
        second.GeneratedSources.Where(s => s.HintName != "Schemata.GlobalUsings.g.cs").ShouldAllBe(s => Regex.IsMatch(s.SourceText.ToString(), now, RegexOptions.Multiline) && !Regex.IsMatch(s.SourceText.ToString(), before, RegexOptions.Multiline));
        // Options change no JSON: no file is parsed again.
        second.Recomputed(TrackingNames.ReadSchema).ShouldBeEmpty(second.Describe());
    }

    [Fact]
    public void Changing_the_default_draft_emits_nothing_when_every_file_names_its_draft()
    {
        var session = Stytch();
        session.Files.ShouldAllBe(f => f.Text.Contains("\"$schema\""));
        var first = session.Run();

        session.SetOption("SchemataDefaultDraft", "7");
        var second = session.Run();

        second.Recomputed(TrackingNames.ReadSchema).ShouldBeEmpty(second.Describe());
        second.Reemitted().ShouldBeEmpty();
        second.SourcesByHintName().ShouldBe(first.SourcesByHintName());
    }

    [Fact]
    public void Changing_the_default_draft_changes_the_files_that_do_not_name_theirs()
    {
        // Draft 7 has no prefixItems, so its items keyword types every element; in 2020-12 the array is a tuple (a record of its own).
        var files = new[]
        {
            new SchemaFile(GeneratorHarness.ProjectDir + "a.json", """{ "title": "A", "type": "object", "properties": { "t": { "type": "array", "prefixItems": [{ "type": "string" }], "items": { "type": "integer" } } } }"""),
            new SchemaFile(GeneratorHarness.ProjectDir + "b.json", """{ "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "B", "type": "object", "properties": { "a": { "$ref": "a.json" } } }"""),
        };
        var session = new IncrementalSession(files);
        var first = session.Run();
        first.SourcesByHintName()["Consumer.A.g.cs"].ShouldContain("global::Consumer.AT? T");
        first.SourcesByHintName()["Consumer.AT.g.cs"].ShouldContain("public partial record AT(");

        session.SetOption("SchemataDefaultDraft", "7");
        var second = session.Run();

        // The tuple type is gone, so the resolver that lists the namespace's types changes too.
        second.Reemitted().ShouldBe(new[] { "Consumer.A.g.cs", "Consumer.SchemataJsonResolver.g.cs" });
        second.SourcesByHintName()["Consumer.A.g.cs"].ShouldContain("ValueList<long>? T");
        second.SourcesByHintName().Keys.ShouldNotContain("Consumer.AT.g.cs");
    }

    [Fact]
    public void No_step_holds_a_symbol_syntax_compilation_or_additional_text()
    {
        var session = Stytch();
        var runs = new List<GeneratorRunResult> { session.Run() };
        var member = session.Path(Member);
        session.EditSchema(member, EditDescription(session.Text(member)));
        runs.Add(session.Run());
        session.EditCSharp("namespace Consumer; internal static class Code { }");
        runs.Add(session.Run());

        var problems = new List<string>();
        var walked = 0;
        foreach (var run in runs)
        {
            foreach (var step in run.TrackedSteps.Where(s => StepNames.Contains(s.Key)))
            {
                foreach (var output in step.Value.SelectMany(r => r.Outputs))
                {
                    problems.AddRange(PipelineValueWalker.FindForbidden(output.Value, step.Key));
                    walked++;
                }
            }
        }

        walked.ShouldBeGreaterThan(session.Files.Count * 3);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_walker_finds_what_it_looks_for()
    {
        var hidden = new { Outer = new List<object> { 1, "text", new KeyValuePair<string, object>("k", new InMemoryAdditionalText("/x.json", "{}")) } };
        var compilation = GeneratorHarness.Compilation("class C { }");

        PipelineValueWalker.FindForbidden(hidden, "value").ShouldHaveSingleItem().ShouldContain("AdditionalText");
        PipelineValueWalker.FindForbidden(new[] { compilation.SyntaxTrees.Single().GetRoot(TestContext.Current.CancellationToken) }, "nodes").ShouldHaveSingleItem();
        PipelineValueWalker.FindForbidden(Tuple.Create(compilation.GetTypeByMetadataName("C")), "symbol").ShouldHaveSingleItem();
        PipelineValueWalker.FindForbidden(Tuple.Create(compilation), "compilation").ShouldHaveSingleItem();
    }

    private const string ResolverHintName = "Consumer.SchemataJsonResolver.g.cs";

    private static bool IsResolver(string hintName) => hintName.EndsWith(".SchemataJsonResolver.g.cs", StringComparison.Ordinal);

    /// <summary>The generated types (not the resolver) behind some hint names: a type's validation file counts with the type.</summary>
    private static List<string> Types(IEnumerable<string> hintNames)
        => hintNames.Where(n => !IsResolver(n)).Select(n => n.Replace(".Validation.g.cs", ".g.cs", StringComparison.Ordinal)).Distinct().ToList();

    private static IncrementalSession Stytch()
    {
        var folder = RepositoryPaths.RequireShared("corpus", "stytch");
        return new IncrementalSession(GeneratorHarness.FilesIn(folder), new Dictionary<string, string> { ["ProjectDir"] = folder + "/" });
    }

    private static string EditDescription(string text)
    {
        const string find = "\"description\": \"";
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        return text.Insert(at + find.Length, "Edited. ");
    }

    /// <summary>The paths of the files the run read again.</summary>
    private static List<string> ReadPaths(GeneratorRunResult result)
        => result.Recomputed(TrackingNames.ReadSchema).Select(v => ((Generator.Reading.ParsedSchema)v).Path).ToList();

    /// <summary>The hint names of sources that are new or whose text differs between two runs.</summary>
    private static List<string> Changed(GeneratorRunResult before, GeneratorRunResult after)
    {
        var old = before.SourcesByHintName();
        return after.SourcesByHintName()
            .Where(s => !old.TryGetValue(s.Key, out var text) || text != s.Value)
            .Select(s => s.Key)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
    }
}
