using System.Diagnostics;
using System.Linq;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Validation;

/// <summary><c>pattern</c> and <c>patternProperties</c> cannot hang validation, whatever the pattern and the value.</summary>
public class PatternTests
{
    private static CompiledSchemas Compile(string json)
        => CompiledSchemas.Compile(new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/test.json", json) });

    [Fact]
    public void A_catastrophic_pattern_runs_in_linear_time()
    {
        // (a+)+$ takes about 2^n steps on a backtracking engine for n a's followed by a non-match: 2^5000 here.
        using var schemas = Compile("""
            {
              "type": "object",
              "properties": { "name": { "type": "string", "pattern": "^(a+)+$" } },
              "patternProperties": { "^(x+x+)+y$": { "type": "integer" } }
            }
            """);
        var evil = new string('a', 5000) + "!";
        var evilKey = new string('x', 5000);

        var watch = Stopwatch.StartNew();
        var result = schemas.Validate("schemas/test.json", $$"""{"name": "{{evil}}", "{{evilKey}}": "not checked: the key does not match"}""");
        watch.Stop();

        result.Errors.Select(e => (e.InstanceLocation, e.Keyword)).ShouldBe(new[] { ("/name", "pattern") });
        schemas.Validate("schemas/test.json", """{"name": "aaaa", "xxy": 1}""").IsValid.ShouldBeTrue();
        // A hang guard, not a benchmark: a backtracking engine would not finish in the lifetime of the machine.
        watch.Elapsed.TotalSeconds.ShouldBeLessThan(10);
    }

    [Fact]
    public void A_pattern_that_needs_backtracking_times_out_and_reports_the_value_as_not_matching()
    {
        // A backreference rules out the non-backtracking engine: the match timeout (SchemaRegex.MatchTimeout) ends it.
        using var schemas = Compile("""{ "type": "string", "pattern": "^((a+)+)\\1$" }""");
        var evil = new string('a', 5001) + "!";

        var watch = Stopwatch.StartNew();
        var result = schemas.Validate("schemas/test.json", $"\"{evil}\"");
        watch.Stop();

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Keyword.ShouldBe("pattern");
        schemas.Validate("schemas/test.json", "\"aaaa\"").IsValid.ShouldBeTrue();
        watch.Elapsed.ShouldBeLessThan(SchemaRegex.MatchTimeout + System.TimeSpan.FromSeconds(10));
    }
}
