using System;
using System.IO;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests.Package;

/// <summary>
/// The README's install story and quick start, done as a user does them: a new project in an empty folder outside
/// the repository, `dotnet add package Schemata`, the README's schema under schemas/ and nothing else; the build
/// treats warnings as errors and the program prints what the README says it prints.
/// </summary>
public sealed class ConsoleConsumerTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("schemata-console-");
    private bool _passed;

    private static readonly ReadmeQuickStart QuickStart = ReadmeQuickStart.From(PackedPackage.Main.ReadText("README.md"));

    [Fact]
    public void The_readme_quick_start_builds_with_warnings_as_errors_and_prints_what_the_readme_says()
    {
        var project = CreateProject("console");
        File.WriteAllText(Path.Combine(project, "Program.cs"), QuickStart.Program);

        Run(project, "build", "-warnaserror", "--disable-build-servers");
        var output = Run(project, "run", "--no-build").Output;

        // The defaults are at work: the schema is found under schemas/ and its type is in the root namespace.
        output.Replace("\r\n", "\n").Trim().ShouldBe(QuickStart.Prints.Trim());
        _passed = true;
    }

    [Fact]
    public void EnableDefaultSchemataItems_false_turns_the_schemas_folder_convention_off()
    {
        var project = CreateProject("classlib");
        File.WriteAllText(Path.Combine(project, "Class1.cs"), $"namespace {QuickStart.ProjectName}; public static class Use {{ public static System.Type Type => typeof(Person); }}");

        Run(project, "build", "-warnaserror", "--disable-build-servers");
        var off = DotnetCli.Run(project, "build", "-warnaserror", "--disable-build-servers", "-p:EnableDefaultSchemataItems=false");

        off.ExitCode.ShouldNotBe(0, off.ToString());
        off.Output.ShouldContain("error CS0246: The type or namespace name 'Person' could not be found");
        _passed = true;
    }

    [Fact]
    public void A_project_holding_only_a_stytch_openapi_document_builds_and_round_trips_a_payload()
    {
        // The document as Stytch publishes it (YAML, OpenAPI 3.0), read by the YamlDotNet the package carries.
        var document = Path.Combine(PackedPackage.SharedFolder, "corpus", "stytch-openapi", "stytchauth", "stytch-management-openapi.openapi.yml");
        File.Exists(document).ShouldBeTrue($"{document} is not there; tests/package-test.sh passes the shared folder");
        var project = CreateProject("console", withSchema: false);
        File.Copy(document, Path.Combine(project, "schemas", "stytch-management.openapi.yml"));
        File.WriteAllText(Path.Combine(project, "Program.cs"), $$""""
            using {{QuickStart.ProjectName}}.StytchAPI;

            const string payload = """{"request_id":"req-1","template_id":"tpl-9","status_code":200}""";
            var response = PwaEmailTemplateV3GetDefaultResponse.FromJson(payload);
            System.Console.WriteLine(response.TemplateId);
            System.Console.WriteLine(response.ToJson() == payload);
            System.Console.WriteLine(PwaEmailTemplateV3GetDefaultResponse.Validate(payload).IsValid);
            System.Console.WriteLine(PwaEmailTemplateV3GetDefaultResponse.Validate("""{"request_id":"req-1"}""").IsValid);
            """");

        Run(project, "build", "-warnaserror", "--disable-build-servers");
        var output = Run(project, "run", "--no-build").Output;

        output.Replace("\r\n", "\n").Trim().ShouldBe("tpl-9\nTrue\nTrue\nFalse");
        _passed = true;
    }

    /// <summary>`dotnet new`, `dotnet add package Schemata`, and schemas/person.json: nothing else.</summary>
    private string CreateProject(string template, bool withSchema = true)
    {
        var project = Path.Combine(_folder.FullName, QuickStart.ProjectName);
        Run(_folder.FullName, "new", template, "--name", QuickStart.ProjectName, "--output", project, "--no-restore");

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
        if (withSchema)
        {
            File.WriteAllText(Path.Combine(project, "schemas", "person.json"), QuickStart.Schema);
        }

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
