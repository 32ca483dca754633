using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Generator;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Incrementality;

/// <summary>
/// An OpenAPI document is one file holding hundreds of schemas: an edit to one schema reads the whole file again and
/// rebuilds its models, but must emit again only the types whose code changed, even when the edit moves every line
/// below it (the models hold no positions that an edit elsewhere in the file would change).
/// </summary>
public class OpenApiIncrementalityTests
{
    [Fact]
    public void Editing_one_schema_of_a_1_mb_document_emits_only_the_types_that_change()
    {
        var path = RepositoryPaths.RequireShared("corpus", "stytch-openapi", "api-evangelist", "stytch-consumer-openapi.yml");
        var text = System.IO.File.ReadAllText(path);
        text.Length.ShouldBeGreaterThan(1_000_000);
        var session = new IncrementalSession(new[] { new SchemaFile(GeneratorHarness.ProjectDir + "schemas/stytch-consumer-openapi.yml", text) });
        var first = session.Run();
        first.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();

        // A longer description of one property of one component: every line below moves.
        const string Find = "          description: The IP address of the user.";
        text.IndexOf(Find, StringComparison.Ordinal).ShouldBeGreaterThan(0);
        session.EditSchema(session.Files.Single().Path, text.Replace(Find, Find + " Edited, and now on\n            two lines.", StringComparison.Ordinal));
        var second = session.Run();

        var old = first.SourcesByHintName();
        var changed = second.SourcesByHintName().Where(s => !old.TryGetValue(s.Key, out var before) || before != s.Value).Select(s => s.Key).ToList();
        changed.ShouldBe(new[] { "Consumer.StytchConsumerAuthenticationAPI.ApiAttributeV1Attributes.g.cs" });
        second.Reemitted().ShouldBe(changed, $"of {second.GeneratedSources.Length} files");
    }
}
