using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Generator;
using Schemata.Generator.Diagnostics;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Diagnostics;

/// <summary>
/// An exception in any step of the pipeline, forced by <see cref="FaultInjection"/>, becomes SCH013 naming the step and
/// the schema; the generator itself never fails (no CS8785), and the other schemas still generate and compile.
/// </summary>
public class InternalFailureTests
{
    private const string Bad = "/project/schemas/bad.json";

    private static readonly SchemaFile[] Files =
    {
        new(Bad, """{"title": "Bad", "type": "object", "properties": {"n": {"type": "integer", "minimum": 1}}}"""),
        new("/project/schemas/good.json", """{"title": "Good", "type": "object", "properties": {"s": {"type": "string", "pattern": "^a"}}}"""),
    };

    /// <summary>Each step (its tracking name or output name), the subject it is made to fail for, and the words of the message.</summary>
    public static TheoryData<string, string, string> Steps => new()
    {
        { TrackingNames.SchemaFiles, Bad, "reading 'schemas/bad.json'" },
        { TrackingNames.ReadSchema, Bad, "reading 'schemas/bad.json'" },
        { TrackingNames.Documents, Bad, "reading 'schemas/bad.json'" },
        { TrackingNames.IndexSchema, Bad, "indexing 'schemas/bad.json'" },
        { TrackingNames.Slice, Bad, "taking the references and names of 'schemas/bad.json'" },
        { TrackingNames.BuildModels, Bad, "building the types of 'schemas/bad.json'" },
        { PipelineStep.BuildValidators.Name, Bad, "planning the validation of 'schemas/bad.json'" },
        { PipelineStep.EmitType.Name, "schemas/bad.json", "writing the C# code of 'Consumer.Bad (schemas/bad.json#)'" },
        { PipelineStep.EmitValidator.Name, "schemas/bad.json", "writing the validation code of 'Consumer.Bad (schemas/bad.json#)'" },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_failing_step_is_reported_for_its_schema_and_the_others_still_generate(string step, string subject, string message)
    {
        var run = RunWithFault(step, subject);

        run.Result.Results.Single().Exception.ShouldBeNull();
        var error = run.Diagnostics("SCH013").ShouldHaveSingleItem(run.Describe());
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.GetMessage().ShouldContain(message);
        error.GetMessage().ShouldContain("fault injected by a test");
        run.Source("Consumer.Good.g.cs").ShouldContain("public string? S");
        run.Source("Consumer.Good.g.cs").ShouldContain("Schemata::ISchemaValidated<Good>.Evaluate(");
        // A type whose code could not be written is missing, so code that names it (its resolver entry) cannot compile;
        // SCH013 says why. Nothing else may break.
        // The failed schema's validation partial names members of its missing record too (its instance Validate).
        run.CompilationProblems
            .Where(d => !d.GetMessage().Contains("'Bad'", System.StringComparison.Ordinal) && !d.GetMessage().Contains("'Consumer.Bad'", System.StringComparison.Ordinal) && !(d.Location.SourceTree?.FilePath.Contains("Consumer.Bad.", System.StringComparison.Ordinal) ?? false))
            .ShouldBeEmpty(run.Describe());
        if (step != PipelineStep.EmitType.Name && step != TrackingNames.BuildModels)
        {
            run.CompilationProblems.ShouldBeEmpty(run.Describe());
        }

        run.GeneratorDiagnostics.Select(d => d.Id).ShouldNotContain("CS8785");
    }

    [Fact]
    public void A_failure_while_resolving_references_is_reported_once_for_the_project()
    {
        var run = RunWithFault(TrackingNames.Graph, "all schema files");

        run.Result.Results.Single().Exception.ShouldBeNull();
        run.Diagnostics("SCH013").ShouldHaveSingleItem().GetMessage().ShouldContain("resolving references between 'all schema files'");
    }

    [Fact]
    public void A_failure_while_writing_a_resolver_is_reported_and_the_types_still_generate()
    {
        var run = RunWithFault(PipelineStep.EmitResolver.Name, "Consumer");

        run.Diagnostics("SCH013").ShouldHaveSingleItem().GetMessage().ShouldContain("writing the JSON resolver of 'Consumer'");
        run.TypeHintNames.ShouldBe(new[] { "Consumer.Bad.g.cs", "Consumer.Good.g.cs" }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("Options", "reading the MSBuild options of 'the project'")]
    [InlineData("Consumer", "inspecting 'the project'")]
    public void A_failure_while_reading_the_project_is_reported_and_every_type_still_generates(string step, string message)
    {
        var run = RunWithFault(step, "the project");

        run.Result.Results.Single().Exception.ShouldBeNull();
        run.Diagnostics("SCH013").ShouldHaveSingleItem(run.Describe()).GetMessage().ShouldContain(message);
        // With the options unread, the types go to the default namespace; they are all there.
        run.TypeHintNames.Count().ShouldBe(2);
        run.TypeHintNames.ShouldContain(n => n.EndsWith(".Good.g.cs", System.StringComparison.Ordinal));
        run.GeneratorDiagnostics.Select(d => d.Id).ShouldNotContain("CS8785");
    }

    [Fact]
    public void Without_a_fault_nothing_is_reported()
    {
        var run = GeneratorHarness.Run(Files);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    private static GeneratorRun RunWithFault(string step, string subject)
    {
        using (FaultInjection.Arm((s, x) => s == step && x == subject))
        {
            return GeneratorHarness.Run(Files);
        }
    }
}
