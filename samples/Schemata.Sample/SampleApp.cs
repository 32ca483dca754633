using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Schemata;

namespace Schemata.Sample;

/// <summary>
/// The sample: validates JSON payloads against the schemas in schemas/stytch, reads them into the models Schemata
/// generated from those schemas, and prints the validation errors and what it read, or why a payload was refused.
/// </summary>
internal static class SampleApp
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int BadInput = 2;

    private const string Usage = """
        Usage: dotnet run --project samples/Schemata.Sample [-- <file.json> [--as <Type>] | --list | --help]

          (no arguments)   read the sample payloads in samples/Schemata.Sample/payloads/, valid and broken
          <file.json>      read one JSON file, as ApiB2bOauthV1AuthenticateResponse unless --as says otherwise
          --as <Type>      the generated type to read the file as: its C# name or its schema file's name
                           (ApiSessionV1AuthenticationFactor or api_session_v1_AuthenticationFactor)
          --list           list the types generated from schemas/stytch (and from your OpenAPI document)
          --help           show this text

        Your own OpenAPI document (JSON or YAML) is read at build time, beside the Stytch schemas:
          dotnet run --project samples/Schemata.Sample -p:SampleOpenApi=$PWD/openapi.yaml -- payload.json --as Pet

        Exit code: 0 when the payload was read, 1 when it was refused, 2 when the file is missing or not JSON.
        """;

    /// <param name="args">The command line.</param>
    /// <param name="output">Where everything is written.</param>
    /// <param name="currentDirectory">What relative file names are relative to.</param>
    /// <param name="baseDirectory">Where the program's files are: payloads/ is copied there.</param>
    public static int Run(string[] args, TextWriter output, string currentDirectory, string baseDirectory)
    {
        string? file = null;
        string? typeName = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    output.WriteLine(Usage);
                    return Ok;
                case "--list":
                    List(output);
                    return Ok;
                case "--as" when i + 1 < args.Length:
                    typeName = args[++i];
                    break;
                case "--as":
                    return UsageError(output, "--as needs a type name.");
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return UsageError(output, $"Unknown option {option}.");
                case var name when file is null:
                    file = name;
                    break;
                default:
                    return UsageError(output, $"One file at a time: {file} and {args[i]} were given.");
            }
        }

        output.WriteLine($"Schemata generated {ModelCatalog.All.Count} types from schemas/stytch at build time (--list shows them).");
        if (file is null)
        {
            if (typeName is not null)
            {
                return UsageError(output, "--as goes with a file name.");
            }

            foreach (var (name, type, shows) in SamplePayloads.All)
            {
                output.WriteLine();
                output.WriteLine($"# {shows}");
                Check(PayloadFile.Read(Path.Combine(baseDirectory, "payloads", name), "payloads/" + name), type, output);
            }

            return Ok;
        }

        var target = typeName is null ? SamplePayloads.DefaultType : ModelCatalog.Find(typeName);
        if (target is null)
        {
            return UsageError(output, $"No type named {typeName} was generated; --list shows them.");
        }

        output.WriteLine();
        return Check(PayloadFile.Read(Path.Combine(currentDirectory, file), file), target, output);
    }

    /// <summary>Reads one payload into a model and prints the model, or why it was refused.</summary>
    private static int Check(PayloadFile payload, Type type, TextWriter output)
    {
        output.WriteLine($"{payload.DisplayPath} as {type.Name}:");
        if (payload.Json is null)
        {
            output.WriteLine($"  {payload.Problem}");
            return BadInput;
        }

        // Validation first: it reports every problem with its location, where reading stops at the first.
        var validation = Validate(payload.Json, type);
        if (validation is not null)
        {
            output.WriteLine(validation.IsValid ? "  valid against its schema" : $"  against its schema: {validation.Errors.Count} error{(validation.Errors.Count == 1 ? string.Empty : "s")}");
            foreach (var error in validation.Errors)
            {
                output.WriteLine($"    {error}");
            }
        }

        object? model;
        try
        {
            model = JsonSerializer.Deserialize(payload.Json, type);
        }
        catch (JsonException e)
        {
            output.WriteLine("  refused:");
            output.WriteLine($"    {e.Message}");
            return Refused;
        }

        if (model is null)
        {
            output.WriteLine($"  refused: the payload is null, not a {type.Name}.");
            return Refused;
        }

        output.WriteLine($"  read into {type.Name}:");
        new ModelPrinter(output).Print(model, 2);
        return Ok;
    }

    /// <summary>
    /// Validates with <c>T.Validate(json)</c> (the runtime's <c>JsonModel.Validate&lt;T&gt;</c>), or, for an enum, the
    /// internal <c>&lt;Enum&gt;Schema.Validate(JsonElement)</c> beside it; null for a type without either.
    /// </summary>
    private static SchemaValidationResult? Validate(string json, Type type)
    {
        if (type.IsEnum)
        {
            if (type.Assembly.GetType(type.FullName + "Schema")?.GetMethod("Validate", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static, new[] { typeof(System.Text.Json.JsonElement) }) is not { } validate)
            {
                return null;
            }

            using var document = System.Text.Json.JsonDocument.Parse(json);
            return (SchemaValidationResult?)validate.Invoke(null, new object[] { document.RootElement });
        }

        if (!typeof(ISchemaValidated<>).MakeGenericType(type).IsAssignableFrom(type))
        {
            return null;
        }

        var generic = typeof(Schemata.Extensions.JsonModel).GetMethods()
            .Single(m => m.Name == "Validate" && m.IsGenericMethodDefinition && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string));
        return (SchemaValidationResult?)generic.MakeGenericMethod(type).Invoke(null, new object[] { json });
    }

    private static void List(TextWriter output)
    {
        output.WriteLine($"{ModelCatalog.All.Count} types generated from schemas/stytch:");
        foreach (var (type, source) in ModelCatalog.All)
        {
            var kind = type.IsEnum ? "enum" : "record";
            output.WriteLine($"  {kind,-6} {type.Name,-50} {source}");
        }
    }

    private static int UsageError(TextWriter output, string message)
    {
        output.WriteLine(message);
        output.WriteLine();
        output.WriteLine(Usage);
        return BadInput;
    }
}
