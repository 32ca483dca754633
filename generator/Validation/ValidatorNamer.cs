using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Naming;

namespace Schemata.Generator.Validation;

/// <summary>
/// Names the types that carry validation code but are not generated records: a <c>static partial class</c> for every
/// file root and <c>$defs</c> entry without a type of its own (named like a type there would be), and a
/// <c>&lt;Enum&gt;Schema</c> class beside every generated enum. They claim names after all records and enums, so
/// that adding validation never renames a type.
/// </summary>
internal static class ValidatorNamer
{
    /// <summary>Names the validation classes in the scopes the types were named in (<paramref name="scopes"/>), after them.</summary>
    public static List<ValidatorClass> Name(IReadOnlyList<(SchemaDocument Document, SchemaIndex Index)> documents, IReadOnlyList<GeneratedType> generatedTypes, NamespaceScopes scopes, List<DiagnosticInfo> diagnostics)
    {
        var typeFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var types = new Dictionary<SchemaLocation, GeneratedType>();
        foreach (var site in generatedTypes)
        {
            types[site.Location] = site;
            typeFiles.Add(SourceFile.TypeHintName(site.Namespace, site.Name));
        }

        var result = new List<ValidatorClass>();
        var enums = new List<(SchemaDocument Document, GeneratedType Site, LocationInfo At)>();
        foreach (var (document, index) in documents)
        {
            // The index lists, in walk order, the schemas that may get validation code: the root, the definitions and
            // the type candidates.
            foreach (var candidate in (index.Validation ?? ValidationIndex.Empty).Validators)
            {
                var location = new SchemaLocation(document.Path, candidate.Pointer);
                if (types.TryGetValue(location, out var typeSite))
                {
                    if (typeSite.Kind == TypeKind.Enum)
                    {
                        enums.Add((document, typeSite, candidate.At.Location));
                    }
                    else
                    {
                        result.Add(new ValidatorClass(location, ValidatorKind.Record, typeSite.Namespace, typeSite.Name));
                    }

                    continue;
                }

                var isRoot = candidate.Pointer.Length == 0;
                if (!isRoot && candidate.DefinitionKey is null)
                {
                    continue;
                }

                var (desired, span) = isRoot ? TypeNamer.RootName(document) : (Identifier.ToPascalCase(candidate.DefinitionKey!, "Definition"), candidate.At.Location);
                result.Add(new ValidatorClass(location, ValidatorKind.SchemaClass, document.Namespace, Claim(scopes.Of(document.Namespace), document.Namespace, typeFiles, desired, document, candidate.Pointer, span, diagnostics)));
            }
        }

        foreach (var (document, site, span) in enums)
        {
            var desired = site.Name + "Schema";
            result.Add(new ValidatorClass(site.Location, ValidatorKind.EnumCompanion, site.Namespace, Claim(scopes.Of(site.Namespace), site.Namespace, typeFiles, desired, document, site.Location.Pointer, span, diagnostics)));
        }

        return result;
    }

    private static string Claim(NameScope scope, string ns, ISet<string> typeFiles, string desired, SchemaDocument document, string pointer, LocationInfo at, List<DiagnosticInfo> diagnostics)
    {
        if (desired.Length == 0)
        {
            desired = "Schema";
        }

        // The validator's file must not be named like a type's: a type Validation in namespace N.X has N.X.Validation.g.cs.
        var name = scope.Claim(desired, n => !typeFiles.Contains(SourceFile.ValidatorHintName(ns, n)));
        if (name != desired)
        {
            var where = document.DisplayPath + (pointer.Length == 0 ? string.Empty : "#" + pointer);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, at, where, name, desired));
        }

        return name;
    }
}
