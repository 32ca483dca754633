namespace Schemata.Generator.Model;

/// <summary>
/// The project-wide options, read from MSBuild properties made visible to the compiler
/// (<c>build_property.*</c>; see the README's options table).
/// </summary>
internal sealed record GeneratorOptions
{
    public const string DefaultNamespace = "Schemata.Generated";

    /// <summary>The options of a project that sets none (also what a project gets whose options cannot be read).</summary>
    public static readonly GeneratorOptions Default = new();

    /// <summary>The namespace of the generated types (<c>SchemataNamespace</c>, else the project's root namespace).</summary>
    public string Namespace { get; init; } = DefaultNamespace;

    /// <summary>The project's directory (<c>ProjectDir</c>), which file paths in generated code are relative to.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>Whether the generated types are <c>internal</c> (<c>SchemataAccessibility</c>) rather than public.</summary>
    public bool Internal { get; init; }

    /// <summary>The draft of schemas that do not name theirs (<c>SchemataDefaultDraft</c>).</summary>
    public SchemaDialect DefaultDialect { get; init; } = SchemaDialect.Draft202012;

    /// <summary>Whether <c>format</c> is checked by validation (<c>SchemataFormatAssertion</c>); by default it is only an annotation.</summary>
    public bool FormatAssertion { get; init; }

    /// <summary>Whether validation code is generated (<c>SchemataValidation</c>, on by default).</summary>
    public bool Validation { get; init; } = true;

    /// <summary>Whether enums and unions refuse values their schema does not list (<c>SchemataStrictEnums</c>); by default they are kept.</summary>
    public bool StrictEnums { get; init; }

    /// <summary>Put before the names of the types of OpenAPI documents (<c>SchemataTypePrefix</c>; docs/openapi.md).</summary>
    public string TypePrefix { get; init; } = string.Empty;

    /// <summary>Whether the inline schemas of OpenAPI operations get types (<c>SchemataOpenApiOperations</c>, on by default).</summary>
    public bool OpenApiOperations { get; init; } = true;

    public const string PublicKeyword = "public";

    public const string InternalKeyword = "internal";

    /// <summary>The C# keyword every generated type is declared with.</summary>
    public string Accessibility => Internal ? InternalKeyword : PublicKeyword;
}

/// <summary>Per-file options, read from <c>AdditionalFiles</c> item metadata (<c>build_metadata.AdditionalFiles.*</c>).</summary>
/// <param name="StrictEnums">The file's <c>SchemataStrictEnums</c> metadata, when set: overrides the project's option.</param>
/// <param name="TypePrefix">The file's <c>SchemataTypePrefix</c> metadata (OpenAPI documents), when set.</param>
/// <param name="OpenApiOperations">The file's <c>SchemataOpenApiOperations</c> metadata, when set.</param>
internal sealed record FileOptions(string? Namespace, string? TypeName, string? BaseUri, bool Excluded, bool? StrictEnums = null, string? TypePrefix = null, bool? OpenApiOperations = null)
{
    public static readonly FileOptions None = new(null, null, null, false);
}

/// <summary>What the consuming compilation offers; the generated code adapts to it.</summary>
internal sealed record ConsumerInfo
{
    /// <summary>C# 11: required members.</summary>
    public const int MinimumLanguageVersion = 1100;

    /// <summary>What a C# 11, .NET 8 project offers (also what a compilation is taken to offer when it cannot be inspected).</summary>
    public static readonly ConsumerInfo Default = new() { LanguageVersion = MinimumLanguageVersion, HasRuntime = true, HasRequiredMembers = true, HasDateOnly = true };

    /// <summary>The effective C# version, as Roslyn numbers it (1100 for C# 11).</summary>
    public required int LanguageVersion { get; init; }

    /// <summary>The Schemata runtime library is referenced.</summary>
    public required bool HasRuntime { get; init; }

    public required bool HasRequiredMembers { get; init; }

    /// <summary><c>System.DateOnly</c> exists (.NET 6 and later): <c>format: date</c> maps to it.</summary>
    public required bool HasDateOnly { get; init; }

    /// <summary>The generated code compiles here: the runtime library is referenced and the language has required members.</summary>
    public bool CanCompileGeneratedCode => HasRuntime && LanguageVersion >= MinimumLanguageVersion;
}
