using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace Schemata.Tests.Infrastructure;

/// <summary>
/// Schemas run through the generator, compiled to an in-memory assembly and loaded into a collectible load
/// context, so that tests can call the generated <c>Validate</c> methods.
/// </summary>
internal sealed class CompiledSchemas : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private CompiledSchemas(GeneratorRun run, AssemblyLoadContext context, Assembly assembly)
    {
        Run = run;
        _context = context;
        Assembly = assembly;
    }

    public GeneratorRun Run { get; }

    public Assembly Assembly { get; }

    /// <summary>Generates and compiles; throws with every problem when the generated code does not compile.</summary>
    public static CompiledSchemas Compile(IEnumerable<SchemaFile> files, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var run = GeneratorHarness.Run(files, globalOptions);
        var (assembly, context, errors) = Load(run.Output);
        if (assembly is null)
        {
            throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", errors.Take(30)) + "\n" + run.Describe());
        }

        return new CompiledSchemas(run, context!, assembly);
    }

    /// <summary>Emits and loads a compilation; returns the compiler's errors instead when it fails.</summary>
    public static (Assembly? Assembly, AssemblyLoadContext? Context, IReadOnlyList<Diagnostic> Errors) Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            return (null, null, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList());
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("schemata-test-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return (context.LoadFromStream(stream), context, Array.Empty<Diagnostic>());
    }

    /// <summary>The <c>Validate(JsonElement)</c> of the type generated for the schema at <paramref name="pointer"/> of a file (relative path, e.g. schemas/test.json).</summary>
    public Func<JsonElement, SchemaValidationResult> ValidatorFor(string file, string pointer = "")
        => FindValidator(Assembly, file, pointer) ?? throw new InvalidOperationException($"No Validate method was generated for {file}#{pointer}; types: {string.Join(", ", Assembly.GetTypes().Select(t => t.FullName))}");

    /// <summary>Validates JSON text with the validator of a file's root schema.</summary>
    public SchemaValidationResult Validate(string file, string json)
    {
        using var document = JsonDocument.Parse(json);
        return ValidatorFor(file)(document.RootElement);
    }

    public static Func<JsonElement, SchemaValidationResult>? FindValidator(Assembly assembly, string file, string pointer)
    {
        foreach (var type in assembly.GetTypes())
        {
            var source = type.GetCustomAttribute<SchemaSourceAttribute>();
            if (source is null || source.File != file || source.Pointer != pointer)
            {
                continue;
            }

            if (Schemata.Testing.GeneratedApi.Validate(type) is { } validate)
            {
                return validate;
            }
        }

        return null;
    }

    public void Dispose() => _context.Unload();
}
