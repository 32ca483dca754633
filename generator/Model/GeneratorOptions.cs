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

    /// <summary>The options of a project that sets none (also what a project gets whose options cannot be read).</summary>
    public static readonly GeneratorOptions Default = new(DefaultNamespace, null, false, SchemaDialect.Draft202012);

    public const string PublicKeyword = "public";

    public const string InternalKeyword = "internal";

    /// <summary>The C# keyword every generated type is declared with.</summary>
    public string Accessibility => Internal ? InternalKeyword : PublicKeyword;
}

/// <summary>Per-file options, read from <c>AdditionalFiles</c> item metadata (<c>build_metadata.AdditionalFiles.*</c>).</summary>
internal sealed record FileOptions(string? Namespace, string? TypeName, string? BaseUri, bool Excluded)
{
    public static readonly FileOptions None = new(null, null, null, false);
}

/// <summary>What the consuming compilation offers; the generated code adapts to it.</summary>
internal sealed record ConsumerInfo(int LanguageVersion, bool HasRuntime, bool HasRequiredMembers, bool HasDateOnly)
{
    /// <summary>C# 11: required members.</summary>
    public const int MinimumLanguageVersion = 1100;

    /// <summary>What a C# 11, .NET 8 project offers (also what a compilation is taken to offer when it cannot be inspected).</summary>
    public static readonly ConsumerInfo Default = new(MinimumLanguageVersion, true, true, true);

    /// <summary>The generated code compiles here: the runtime library is referenced and the language has required members.</summary>
    public bool CanCompileGeneratedCode => HasRuntime && LanguageVersion >= MinimumLanguageVersion;
}
