using System;
using System.IO;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Package;

/// <summary>
/// The README's install story, done as a user does it: a new console project in an empty folder outside the
/// repository, `dotnet add package Schemata`, a schema under schemas/ and nothing else; the build treats warnings
/// as errors and the program runs.
/// </summary>
public sealed class ConsoleConsumerTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("schemata-console-");
    private bool _passed;

    private const string Schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Person",
          "type": "object",
          "properties": {
            "name": { "type": "string", "description": "Full name." },
            "born": { "type": "string", "format": "date" },
            "email": { "type": ["string", "null"] }
          },
          "required": ["name", "email"]
        }
        """;

    private const string Program = """"
        using System;
        using System.Text.Json;
        using Consumer;

        var person = JsonSerializer.Deserialize<Person>("""{"name":"Ada","born":"1815-12-10","email":null}""")!;
        Console.WriteLine($"read: {person.Name}, born {person.Born:yyyy-MM-dd}, email {person.Email ?? "null"}");
        Console.WriteLine($"written: {JsonSerializer.Serialize(person)}");
        Console.WriteLine($"type: {(typeof(Person).IsPublic ? "public" : "internal")} {typeof(Person).FullName}");
        try
        {
            JsonSerializer.Deserialize<Person>("""{"born":"1815-12-10"}""");
        }
        catch (JsonException e)
        {
            Console.WriteLine($"refused: {e.Message}");
        }
        """";

    [Fact]
    public void A_new_console_project_installs_the_package_and_builds_with_warnings_as_errors()
    {
        var project = CreateProject("console");
        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);

        Run(project, "build", "-warnaserror", "--disable-build-servers");
        var output = Run(project, "run", "--no-build").Output;

        // Defaults: public types in the project's root namespace; the schema found by the schemas/ convention.
        output.ShouldContain("read: Ada, born 1815-12-10, email null");
        output.ShouldContain("""written: {"name":"Ada","born":"1815-12-10","email":null}""");
        output.ShouldContain("type: public Consumer.Person");
        output.ShouldContain("refused: ");
        _passed = true;
    }

    [Fact]
    public void EnableDefaultSchemataItems_false_turns_the_schemas_folder_convention_off()
    {
        var project = CreateProject("classlib");
        File.WriteAllText(Path.Combine(project, "Class1.cs"), "namespace Consumer; public static class Use { public static System.Type Type => typeof(Person); }");

        Run(project, "build", "-warnaserror", "--disable-build-servers");
        var off = DotnetCli.Run(project, "build", "-warnaserror", "--disable-build-servers", "-p:EnableDefaultSchemataItems=false");

        off.ExitCode.ShouldNotBe(0, off.ToString());
        off.Output.ShouldContain("error CS0246: The type or namespace name 'Person' could not be found");
        _passed = true;
    }

    /// <summary>`dotnet new`, `dotnet add package Schemata`, and schemas/person.json: nothing else.</summary>
    private string CreateProject(string template)
    {
        var project = Path.Combine(_folder.FullName, "Consumer");
        Run(_folder.FullName, "new", template, "--name", "Consumer", "--output", project, "--no-restore");

        // The machine's sources stay (the registry serves everything else); the local folder adds Schemata; this
        // run restores into a folder of its own, so that no cached copy of the package can stand in for this one.
        File.WriteAllText(Path.Combine(_folder.FullName, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_folder.FullName, "packages")}" /></config>
              <packageSources><add key="schemata-local" value="{PackedPackage.Source}" /></packageSources>
            </configuration>
            """);
        Run(project, "add", "package", "Schemata", "--source", PackedPackage.Source, "--version", PackedPackage.Version);
        Directory.CreateDirectory(Path.Combine(project, "schemas"));
        File.WriteAllText(Path.Combine(project, "schemas", "person.json"), Schema);
        return project;
    }

    public void Dispose()
    {
        // A failed run keeps its folder, so that the project can be looked at (the test's message names it).
        if (_passed)
        {
            _folder.Delete(recursive: true);
        }
    }

    private DotnetCli.Result Run(string directory, params string[] arguments)
    {
        var result = DotnetCli.Run(directory, arguments);
        result.ExitCode.ShouldBe(0, $"dotnet {string.Join(' ', arguments)} in {directory} failed with {result}");
        return result;
    }
}
