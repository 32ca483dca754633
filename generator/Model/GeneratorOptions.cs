namespace Schemata.Generator.Model;

/// <summary>
/// The project-wide options, read from MSBuild properties made visible to the compiler
/// (<c>build_property.*</c>; see the README's options table).
/// </summary>
/// <param name="FormatAssertion">Whether <c>format</c> is checked by validation (<c>SchemataFormatAssertion</c>); by default it is only an annotation.</param>
/// <param name="Validation">Whether validation code is generated (<c>SchemataValidation</c>, on by default).</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string? ProjectDirectory,
    bool Internal,
    SchemaDialect DefaultDialect,
    bool FormatAssertion = false,
    bool Validation = true)
{
    public const string DefaultNamespace = "Schemata.Generated";

    public string Accessibility => Internal ? "internal" : "public";
}

/// <summary>Per-file options, read from <c>AdditionalFiles</c> item metadata (<c>build_metadata.AdditionalFiles.*</c>).</summary>
internal sealed record FileOptions(string? Namespace, string? TypeName, string? BaseUri, bool Excluded);

/// <summary>What the consuming compilation offers; the generated code adapts to it.</summary>
internal sealed record ConsumerInfo(int LanguageVersion, bool HasRuntime, bool HasRequiredMembers, bool HasDateOnly)
{
    /// <summary>C# 11: required members.</summary>
    public const int MinimumLanguageVersion = 1100;
}
