using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>
/// Looks at the consuming compilation for what the generated code may use. Runs on every edit, so it
/// only asks cheap questions and returns a small value that stays equal while nothing relevant changes.
/// </summary>
internal static class ConsumerReader
{
    public const string RuntimeMarkerType = "Schemata.SchemaSourceAttribute";

    public static ConsumerInfo Read(Compilation compilation, ParseOptions parseOptions)
    {
        var languageVersion = parseOptions is CSharpParseOptions csharp
            ? (int)csharp.LanguageVersion.MapSpecifiedToEffectiveVersion()
            : ConsumerInfo.MinimumLanguageVersion;
        return new ConsumerInfo
        {
            LanguageVersion = languageVersion,
            HasRuntime = compilation.GetTypeByMetadataName(RuntimeMarkerType) is not null,
            HasRequiredMembers = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.RequiredMemberAttribute") is not null,
            HasDateOnly = compilation.GetTypeByMetadataName("System.DateOnly") is not null,
        };
    }

    /// <summary>Why the generated code cannot compile in a project that has schemas: a C# older than 11 (SCH011), no runtime library (SCH015).</summary>
    public static EquatableArray<DiagnosticInfo> Problems(ConsumerInfo consumer, bool hasSchemas)
    {
        var problems = new List<DiagnosticInfo>();
        if (hasSchemas && consumer.LanguageVersion < ConsumerInfo.MinimumLanguageVersion)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, null, DisplayVersion(consumer.LanguageVersion)));
        }

        if (hasSchemas && !consumer.HasRuntime)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingRuntime, null, RuntimeMarkerType));
        }

        return problems.ToEquatableArray();
    }

    public static string DisplayVersion(int languageVersion)
        => ((LanguageVersion)languageVersion).ToDisplayString();
}
