using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Schemata.Generator.Diagnostics;

/// <summary>
/// Every diagnostic Schemata reports. IDs are stable: never renumber, only add. Each one is listed in
/// AnalyzerReleases.*.md and documented in the README section its help link points to.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Schemata";
    private const string HelpLinkBase = "https://github.com/schemata/schemata/blob/main/README.md#";

    public static readonly DiagnosticDescriptor InvalidJson = Create(
        "SCH001", "Schema file is not valid JSON",
        "'{0}' is not valid JSON: {1}; no types were generated from it",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotASchema = Create(
        "SCH002", "File is not a JSON Schema",
        "'{0}' is not a JSON Schema: {1}; no types were generated from it",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "SCH003", "Reference cannot be resolved",
        "The reference '{0}' cannot be resolved: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateId = Create(
        "SCH004", "Schema id is declared twice",
        "The schema id '{0}' is also declared in '{1}'; references to it use the first declaration",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ReferenceCycle = Create(
        "SCH005", "Reference cycle cannot be typed",
        "'{0}' refers back to itself without an object type in between, so it has no C# type; it is typed as JsonElement",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor WrongKeywordType = Create(
        "SCH006", "Keyword has a value of the wrong type",
        "The value of '{0}' must be {1}; the keyword is ignored",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidRegex = Create(
        "SCH007", "Pattern is not a valid regular expression",
        "The pattern '{0}' is not a valid regular expression: {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RequiredPropertyNotDeclared = Create(
        "SCH008", "Required property is not declared",
        "'{0}' is listed in 'required' but not declared in 'properties'; it gets no C# property",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "SCH009", "Name changed to avoid a collision",
        "'{0}' is named '{1}' because '{2}' is already taken",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnknownKeyword = Create(
        "SCH010", "Unknown keyword",
        "The keyword '{0}' is not part of {1} and is ignored",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        "SCH011", "C# version too low",
        "Schemata generates required members, which need C# 11 or later; this project uses C# {0}. Set <LangVersion> to 11 or later.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedFeature = Create(
        "SCH012", "Schema feature not supported yet",
        "{0} is not supported yet; {1}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "SCH013", "Internal error in the generator",
        "Schemata failed while {0} '{1}': {2}; the rest of the schemas were still generated",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NestingTooDeep = Create(
        "SCH014", "Schema is nested too deeply",
        "'{0}' is not read: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingRuntime = Create(
        "SCH015", "Schemata runtime library is not referenced",
        "The generated code needs the Schemata runtime library (type '{0}' was not found); reference the Schemata package, or the runtime project, not only the generator",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        "SCH016", "Duplicate key in a JSON object",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ReferencesTooDeep = Create(
        "SCH017", "References are nested too deeply",
        "The reference '{0}' is reached through more than {1} nested references; it is typed as JsonElement",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AllOfConflict = Create(
        "SCH018", "allOf branches conflict",
        "{0} in the allOf of '{1}'; {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidYaml = Create(
        "SCH019", "File is not valid YAML",
        "'{0}' is not valid YAML: {1}; no types were generated from it",
        DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> All = Index(
        InvalidJson, NotASchema, UnresolvedReference, DuplicateId, ReferenceCycle, WrongKeywordType, InvalidRegex,
        RequiredPropertyNotDeclared, NameCollision, UnknownKeyword, LanguageVersionTooLow, UnsupportedFeature,
        InternalError, NestingTooDeep, MissingRuntime, DuplicateKey, ReferencesTooDeep, AllOfConflict, InvalidYaml);

    public static IReadOnlyCollection<DiagnosticDescriptor> Catalog => All.Values;

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var result = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var d in descriptors)
        {
            result.Add(d.Id, d);
        }

        return result;
    }
}
