using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Schemata.Generator.Resolution;
using Schemata.Tests.Diagnostics;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Limits;

/// <summary>Chains of references (a <c>$ref</c> to a <c>$ref</c> to …) are followed up to a limit, never into a stack overflow.</summary>
public class ReferenceDepthTests
{
    [Fact]
    public void A_chain_within_the_limit_reaches_the_final_type()
    {
        var run = GeneratorHarness.RunOne(Chain(SchemaRegistry.MaxReferenceDepth - 1));

        run.GeneratorDiagnostics.ShouldBeEmpty(run.Describe());
        run.Source("Consumer.Test.g.cs").ShouldContain("public string? Head");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    /// <remarks>
    /// Unlimited, 2,000 references overflow a 512 KB stack (the generator used about 360 bytes of stack per reference,
    /// and overflowed the 1.5 MB of a thread-pool thread at about 4,300): the compiler process would die. The run
    /// takes place on a thread with that small a stack to show the limit holds with room to spare.
    /// </remarks>
    [Theory]
    [InlineData(SchemaRegistry.MaxReferenceDepth)]
    [InlineData(2_000)]
    [Triggers("SCH017")]
    public void A_longer_chain_is_a_warning_and_typed_as_json_element(int length)
    {
        var json = Chain(length);
        GeneratorRun? run = null;
        var thread = new System.Threading.Thread(() => run = GeneratorHarness.RunOne(json), maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();

        run.ShouldNotBeNull();
        run.Result.Results.Single().Exception.ShouldBeNull();
        var warning = run.Diagnostics("SCH017").First();
        warning.DefaultSeverity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Location.GetLineSpan().Path.ShouldBe("/project/schemas/test.json");
        warning.GetMessage().ShouldContain($"more than {SchemaRegistry.MaxReferenceDepth} nested references");
        run.Source("Consumer.Test.g.cs").ShouldContain("SchemataJson::JsonElement? Head");
        run.CompilationProblems.ShouldBeEmpty(run.Describe());
    }

    [Fact]
    [Triggers("SCH017")]
    public void The_warning_points_at_the_reference_that_goes_too_deep()
    {
        var json = Chain(SchemaRegistry.MaxReferenceDepth);
        var run = GeneratorHarness.RunOne(json);

        // The chain head → d0 → … → d63 holds 64 references in progress when d63's reference is met.
        var token = $"\"#/$defs/d{SchemaRegistry.MaxReferenceDepth}\"";
        var column = json.IndexOf(token, System.StringComparison.Ordinal) + 1;
        run.Diagnostics("SCH017").ShouldHaveSingleItem()
            .ShouldPointAt(DiagnosticSeverity.Warning, "/project/schemas/test.json", $"(1,{column})-(1,{column + token.Length})", json, token);
    }

    /// <summary>A property whose type is reached through <paramref name="length"/> + 1 references.</summary>
    private static string Chain(int length)
    {
        var json = new StringBuilder("{\"type\": \"object\", \"properties\": {\"head\": {\"$ref\": \"#/$defs/d0\"}}, \"$defs\": {");
        for (var i = 0; i < length; i++)
        {
            json.Append($"\"d{i}\": {{\"$ref\": \"#/$defs/d{i + 1}\"}}, ");
        }

        json.Append($"\"d{length}\": {{\"type\": \"string\", \"minLength\": 1}}}}}}");
        return json.ToString();
    }
}
