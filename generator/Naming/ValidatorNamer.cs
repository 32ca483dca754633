using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Naming;

/// <summary>
/// Names the types that carry validation code but are not generated records: a <c>static partial class</c> for every
/// file root and <c>$defs</c> entry without a type of its own (named like a type there would be), and a
/// <c>&lt;Enum&gt;Schema</c> class beside every generated enum. They claim names after all records and enums, so
/// that adding validation never renames a type.
/// </summary>
internal static class ValidatorNamer
{
    public static List<ValidatorSite> Name(IReadOnlyList<SchemaDocument> documents, IReadOnlyList<TypeSite> typeSites, Func<string, NameScope> scopeOf, List<DiagnosticInfo> diagnostics)
    {
        var types = new Dictionary<SchemaLocation, TypeSite>();
        foreach (var site in typeSites)
        {
            types[site.Location] = site;
        }

        var result = new List<ValidatorSite>();
        var enums = new List<(SchemaDocument Document, TypeSite Site, SourceSpan Span)>();
        foreach (var document in documents)
        {
            foreach (var visit in SchemaWalker.Walk(document))
            {
                var location = new SchemaLocation(document.Path, visit.Pointer);
                if (types.TryGetValue(location, out var typeSite))
                {
                    if (typeSite.Kind == TypeKind.Enum)
                    {
                        enums.Add((document, typeSite, visit.Node.Span));
                    }
                    else
                    {
                        result.Add(new ValidatorSite(location, ValidatorKind.Record, typeSite.Namespace, typeSite.Name));
                    }

                    continue;
                }

                var isRoot = visit.Pointer.Length == 0;
                if (!isRoot && visit.Keyword is not ("$defs" or "definitions"))
                {
                    continue;
                }

                var (desired, span) = isRoot ? TypeNamer.RootName(document) : (Identifier.ToPascalCase(visit.Key!, "Definition"), visit.Node.Span);
                result.Add(new ValidatorSite(location, ValidatorKind.SchemaClass, document.Namespace, Claim(scopeOf(document.Namespace), desired, document, visit.Pointer, span, diagnostics)));
            }
        }

        foreach (var (document, site, span) in enums)
        {
            var desired = site.Name + "Schema";
            result.Add(new ValidatorSite(site.Location, ValidatorKind.EnumCompanion, site.Namespace, Claim(scopeOf(site.Namespace), desired, document, site.Location.Pointer, span, diagnostics)));
        }

        return result;
    }

    private static string Claim(NameScope scope, string desired, SchemaDocument document, string pointer, SourceSpan span, List<DiagnosticInfo> diagnostics)
    {
        if (desired.Length == 0)
        {
            desired = "Schema";
        }

        var name = scope.Claim(desired);
        if (name != desired)
        {
            var where = document.DisplayPath + (pointer.Length == 0 ? string.Empty : "#" + pointer);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, document.Path, span, where, name, desired));
        }

        return name;
    }
}
