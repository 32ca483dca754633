using Microsoft.CodeAnalysis.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>
/// Reads the MSBuild options (see the README's options table). Project-wide ones are <c>build_property.*</c>,
/// made visible by the package's props file; per-file ones are <c>AdditionalFiles</c> metadata.
/// </summary>
internal static class OptionsReader
{
    public const string FileMetadataPrefix = "build_metadata.AdditionalFiles.";

    public static GeneratorOptions ReadGlobal(AnalyzerConfigOptions options)
    {
        var ns = Get(options, "build_property.SchemataNamespace") ?? Get(options, "build_property.RootNamespace");
        var accessibility = Get(options, "build_property.SchemataAccessibility");
        var draft = Dialects.FromOption(Get(options, "build_property.SchemataDefaultDraft")) ?? SchemaDialect.Draft202012;
        return new GeneratorOptions
        {
            Namespace = ns is null ? GeneratorOptions.DefaultNamespace : Identifier.ToNamespace(ns, GeneratorOptions.DefaultNamespace),
            ProjectDirectory = ProjectDirectory(options),
            Internal = string.Equals(accessibility, "internal", System.StringComparison.OrdinalIgnoreCase),
            DefaultDialect = draft,
            FormatAssertion = string.Equals(Get(options, "build_property.SchemataFormatAssertion"), "true", System.StringComparison.OrdinalIgnoreCase),
            Validation = !string.Equals(Get(options, "build_property.SchemataValidation"), "false", System.StringComparison.OrdinalIgnoreCase),
            StrictEnums = string.Equals(Get(options, "build_property.SchemataStrictEnums"), "true", System.StringComparison.OrdinalIgnoreCase),
            TypePrefix = Get(options, "build_property.SchemataTypePrefix") is { } prefix ? Identifier.ToPascalCase(prefix) : string.Empty,
            OpenApiOperations = !string.Equals(Get(options, "build_property.SchemataOpenApiOperations"), "false", System.StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>The project's directory (<c>ProjectDir</c>), which paths in diagnostics and generated code are relative to.</summary>
    public static string? ProjectDirectory(AnalyzerConfigOptions global) => Get(global, "build_property.ProjectDir");

    public static FileOptions ReadFile(AnalyzerConfigOptions options)
    {
        var ns = Get(options, FileMetadataPrefix + "SchemataNamespace");
        var include = Get(options, FileMetadataPrefix + "Schemata");
        return new FileOptions(
            ns is null ? null : Identifier.ToNamespace(ns, GeneratorOptions.DefaultNamespace),
            Get(options, FileMetadataPrefix + "SchemataTypeName"),
            Get(options, FileMetadataPrefix + "SchemataBaseUri"),
            string.Equals(include, "false", System.StringComparison.OrdinalIgnoreCase),
            Get(options, FileMetadataPrefix + "SchemataStrictEnums") is { } strict ? string.Equals(strict, "true", System.StringComparison.OrdinalIgnoreCase) : null,
            Get(options, FileMetadataPrefix + "SchemataTypePrefix") is { } prefix ? Identifier.ToPascalCase(prefix) : null,
            Get(options, FileMetadataPrefix + "SchemataOpenApiOperations") is { } operations ? !string.Equals(operations, "false", System.StringComparison.OrdinalIgnoreCase) : null);
    }

    private static string? Get(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
