using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Generator;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Incrementality;

/// <summary>
/// Records composed from allOf branches in other files: an edit to a base re-emits the records built from it, and
/// only those that show what changed; an edit elsewhere re-emits none of them.
/// </summary>
public class AllOfIncrementalityTests
{
    private const string PersonPath = GeneratorHarness.ProjectDir + "schemas/person.json";
    private const string UnrelatedPath = GeneratorHarness.ProjectDir + "schemas/unrelated.json";

    private const string Person = """
        {
          "title": "Person",
          "type": "object",
          "properties": {
            "id": { "type": "string" },
            "name": { "type": "string", "description": "Full name." }
          },
          "required": ["id"]
        }
        """;

    private static readonly SchemaFile[] Files =
    {
        new(PersonPath, Person),
        new(GeneratorHarness.ProjectDir + "schemas/employee.json", """
            {
              "title": "Employee",
              "allOf": [{ "$ref": "person.json" }, { "properties": { "number": { "type": "integer" } } }]
            }
            """),
        new(GeneratorHarness.ProjectDir + "schemas/visitor.json", """
            {
              "title": "Visitor",
              "allOf": [{ "$ref": "person.json" }, { "properties": { "badge": { "type": "string" } } }],
              "required": ["badge", "name"]
            }
            """),
        new(UnrelatedPath, """{ "title": "Unrelated", "type": "object", "properties": { "a": { "type": "string" } } }"""),
    };

    [Fact]
    public void The_records_of_the_example_are_derived_and_merged_as_the_test_assumes()
    {
        var run = new IncrementalSession(Files).Run().SourcesByHintName();

        run["Consumer.Employee.g.cs"].ShouldContain("public partial record Employee : global::Consumer.Person");
        // Visitor requires Person's optional name: merged.
        run["Consumer.Visitor.g.cs"].ShouldContain("public required string Name { get; init; }");
        run["Consumer.Visitor.g.cs"].ShouldNotContain(" : global::Consumer.Person");
    }

    [Fact]
    public void Adding_a_property_to_a_base_in_another_file_emits_the_base_and_the_records_built_from_it()
    {
        var session = new IncrementalSession(Files);
        var first = session.Run();

        session.EditSchema(PersonPath, Person.Replace("\"name\":", "\"email\": { \"type\": \"string\" },\n    \"name\":", StringComparison.Ordinal));
        var second = session.Run();

        second.Reemitted().ShouldBe(new[] { "Consumer.Employee.g.cs", "Consumer.Person.g.cs", "Consumer.Visitor.g.cs" }, ignoreOrder: false, customMessage: second.Describe());
        Changed(first, second).ShouldBe(second.Reemitted());
        // The derived record reads and writes the base's new property; the merged one declares it.
        second.SourcesByHintName()["Consumer.Employee.g.cs"].ShouldContain("JsonNames { get; } = new(\"id\", \"email\", \"name\", \"number\")");
        second.SourcesByHintName()["Consumer.Visitor.g.cs"].ShouldContain("public string? Email { get; init; }");
    }

    [Fact]
    public void Editing_a_base_property_description_emits_the_merged_record_that_shows_it_but_not_the_derived_one()
    {
        var session = new IncrementalSession(Files);
        var first = session.Run();

        session.EditSchema(PersonPath, Person.Replace("Full name.", "The full name.", StringComparison.Ordinal));
        var second = session.Run();

        // The graph, which composed the records, is not built again: the summary is read again from the edited file.
        second.Reasons(TrackingNames.Graph).Keys.Single().ShouldBe(IncrementalStepRunReason.Cached, second.Describe());

        // Employee declares no property of Person, so it shows no description of one.
        second.Reemitted().ShouldBe(new[] { "Consumer.Person.g.cs", "Consumer.Visitor.g.cs" }, ignoreOrder: false, customMessage: second.Describe());
        Changed(first, second).ShouldBe(second.Reemitted());
        second.SourcesByHintName()["Consumer.Visitor.g.cs"].ShouldContain("The full name.");
    }

    [Fact]
    public void Editing_an_unrelated_file_emits_none_of_the_composed_records()
    {
        var session = new IncrementalSession(Files);
        var first = session.Run();

        session.EditSchema(UnrelatedPath, """{ "title": "Unrelated", "type": "object", "properties": { "a": { "type": "integer" } } }""");
        var second = session.Run();

        second.Recomputed(TrackingNames.BuildModels).Count.ShouldBe(1, second.Describe());
        second.Reemitted().ShouldBe(new[] { "Consumer.Unrelated.g.cs" }, ignoreOrder: false, customMessage: second.Describe());
        Changed(first, second).ShouldBe(second.Reemitted());
    }

    private static string[] Changed(GeneratorRunResult before, GeneratorRunResult after)
    {
        var old = before.SourcesByHintName();
        return after.SourcesByHintName()
            .Where(s => !old.TryGetValue(s.Key, out var text) || text != s.Value)
            .Select(s => s.Key)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
    }
}
