namespace Schemata.Generator.Model;

/// <summary>
/// The project-wide options, read from MSBuild properties made visible to the compiler
/// (<c>build_property.*</c>; see the README's options table).
/// </summary>
/// <param name="FormatAssertion">Whether <c>format</c> is checked by validation (<c>SchemataFormatAssertion</c>); by default it is only an annotation.</param>
/// <param name="Validation">Whether validation code is generated (<c>SchemataValidation</c>, on by default).</param>
/// <param name="StrictEnums">Whether a string enum refuses values its schema does not list (<c>SchemataStrictEnums</c>); by default they are kept.</param>
/// <param name="Failure">Why the options could not be read (the defaults are used instead); null normally.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string? ProjectDirectory,
    bool Internal,
    SchemaDialect DefaultDialect,
    bool FormatAssertion = false,
    bool Validation = true,
    string? Failure = null,
    bool StrictEnums = false)
{
    public const string DefaultNamespace = "Schemata.Generated";

    public string Accessibility => Internal ? "internal" : "public";
}

/// <summary>Per-file options, read from <c>AdditionalFiles</c> item metadata (<c>build_metadata.AdditionalFiles.*</c>).</summary>
/// <param name="StrictEnums">The file's <c>SchemataStrictEnums</c> metadata, when set: overrides the project's option.</param>
internal sealed record FileOptions(string? Namespace, string? TypeName, string? BaseUri, bool Excluded, bool? StrictEnums = null);

/// <summary>What the consuming compilation offers; the generated code adapts to it.</summary>
/// <param name="Failure">Why the compilation could not be inspected (the defaults of a C# 11, .NET 8 project are used instead); null normally.</param>
internal sealed record ConsumerInfo(int LanguageVersion, bool HasRuntime, bool HasRequiredMembers, bool HasDateOnly, string? Failure = null)
{
    /// <summary>C# 11: required members.</summary>
    public const int MinimumLanguageVersion = 1100;
}
