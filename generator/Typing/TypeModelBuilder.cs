using System;
using System.Collections.Generic;
using System.Threading;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Naming;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;
using Schemata.Generator.Typing.AllOf;

namespace Schemata.Generator.Typing;

/// <summary>Builds the models of the types one document defines, from the document and its slice of the graph.</summary>
internal static class TypeModelBuilder
{
    /// <summary>The types one document defines, and what its schemas do that their types cannot show.</summary>
    public static Result<EquatableArray<TypeModel>> Build(DocumentInput input, CancellationToken cancellationToken)
    {
        var (document, options) = (input.Document, input.Options);
        var diagnostics = new List<DiagnosticInfo>();
        var types = new List<TypeModel>();
        if (document.Root is null || input.Graph is not { } slice)
        {
            return Result.Of(EquatableArray<TypeModel>.Empty);
        }

        var sites = new Dictionary<string, GeneratedType>(StringComparer.Ordinal);
        foreach (var site in slice.Types)
        {
            sites[site.Location.Pointer] = site;
        }

        var references = new Dictionary<string, ResolvedReference>(StringComparer.Ordinal);
        foreach (var reference in slice.References)
        {
            references[reference.Source.Pointer] = reference;
        }

        var compositions = new Dictionary<string, RecordComposition>(StringComparer.Ordinal);
        foreach (var composition in slice.Compositions)
        {
            compositions[composition.Schema.Pointer] = composition;
        }

        var mapper = new TypeMapper(
            location => sites.TryGetValue(location.Pointer, out var s) ? s.ToTypeRef() : null,
            location => references.TryGetValue(location.Pointer, out var r) ? r.Type : TypeRef.Any,
            slice.Consumer.HasDateOnly);

        KeywordChecker.Check(document, diagnostics, slice.AllOfs);
        foreach (var visit in SchemaWalker.Walk(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!sites.TryGetValue(visit.Pointer, out var site))
            {
                continue;
            }

            types.Add(site.Kind switch
            {
                TypeKind.Enum => BuildEnum(document, visit, site, options, diagnostics),
                TypeKind.Union => UnionModelBuilder.Build(document, visit, site, options, mapper, diagnostics),
                TypeKind.Tuple => TupleModelBuilder.Build(document, visit, site, options, mapper, diagnostics),
                TypeKind.MixedEnum => MixedEnumModelBuilder.Build(document, visit, site, options, diagnostics),
                _ => BuildRecord(document, visit, site, options, mapper, compositions.TryGetValue(visit.Pointer, out var composition) ? composition : null, diagnostics),
            });
        }

        return Result.Of(types.ToEquatableArray(), diagnostics);
    }

    private static TypeModel BuildRecord(SchemaDocument document, SchemaVisit visit, GeneratedType site, GeneratorOptions options, TypeMapper mapper, RecordComposition? composition, List<DiagnosticInfo> diagnostics)
    {
        var node = visit.Node;
        if (composition is not null)
        {
            // Merged or derived from allOf branches: the graph worked out the members (and reported what it found).
            return Shell(TypeKind.Record, document, visit, site, options) with
            {
                Properties = composition.Properties,
                AdditionalProperties = composition.AdditionalProperties,
                AdditionalPropertiesType = composition.AdditionalPropertiesType,
                Base = composition.Base,
                InheritedCount = composition.InheritedCount,
            };
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        var declared = node["properties"] is { IsObject: true } declaredNode ? declaredNode : null;
        foreach (var item in AllOfKeywords.RequiredNames(node))
        {
            required.Add(item.Text!);
            if (declared is null || declared[item.Text!] is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RequiredPropertyNotDeclared, document.Path, item.Span, item.Text!));
            }
        }

        var location = new SchemaLocation(document.Path, visit.Pointer);
        var declaredProperties = RecordProperties.Read(node, location, visit.Dialect, mapper, required);
        var properties = RecordProperties.Name(declaredProperties, site.Name, Array.Empty<string>(), diagnostics);
        var (additional, additionalType) = RecordProperties.Additional(node, location, visit.Dialect, mapper);

        // Pattern dictionaries are named after the properties, so that a property keeps its name.
        var scope = new NameScope(ReservedNames.Record);
        scope.Claim(site.Name);
        foreach (var property in properties)
        {
            scope.Claim(property.Name);
        }

        return Shell(TypeKind.Record, document, visit, site, options) with
        {
            Properties = properties.ToEquatableArray(),
            AdditionalProperties = additional,
            AdditionalPropertiesType = additionalType,
            Patterns = Patterns(document, visit, site, mapper, scope, diagnostics),
        };
    }

    /// <summary>
    /// One dictionary per <c>patternProperties</c> pattern, named by the pattern schema's <c>title</c>, else
    /// <c>PatternProperties</c> (numbered when there are several). A pattern that validation cannot use either (SCH007)
    /// gets none: its keys are additional properties.
    /// </summary>
    private static EquatableArray<PatternPropertiesModel> Patterns(SchemaDocument document, SchemaVisit visit, GeneratedType site, TypeMapper mapper, NameScope scope, List<DiagnosticInfo> diagnostics)
    {
        if (visit.Node["patternProperties"] is not { IsObject: true } patterns)
        {
            return EquatableArray<PatternPropertiesModel>.Empty;
        }

        var result = new List<PatternPropertiesModel>();
        var pointer = JsonPointer.Append(visit.Pointer, "patternProperties");
        var numbered = patterns.Members.Count > 1;
        for (var i = 0; i < patterns.Members.Count; i++)
        {
            var member = patterns.Members[i];
            if (EcmaRegex.Translate(member.Name, out _) is not { } regex || !Compiles(regex))
            {
                continue;
            }

            var titled = SchemaKeywords.Title(member.Value) is { } title ? Identifier.ToPascalCase(title) : string.Empty;
            var desired = titled.Length > 0 ? titled : "PatternProperties" + (numbered ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            if (desired == site.Name || Array.IndexOf(ReservedNames.Record, desired) >= 0)
            {
                desired += "Value";
            }

            var name = scope.Claim(desired);
            if (name != desired)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, document.Path, member.NameSpan, $"the pattern '{member.Name}' of {site.Name}", name, desired));
            }

            var type = mapper.Map(member.Value, new SchemaLocation(document.Path, JsonPointer.Append(pointer, member.Name)), visit.Dialect);
            result.Add(new PatternPropertiesModel(name, member.Name, regex, type, Summary(member.Value)));
        }

        return result.ToEquatableArray();
    }

    private static bool Compiles(string regex)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(regex, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static TypeModel BuildEnum(SchemaDocument document, SchemaVisit visit, GeneratedType site, GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        var node = visit.Node;
        var members = new List<EnumMemberModel>();
        var scope = new NameScope(new[] { "value__" });
        scope.Claim(site.Name);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var integers = TypeClassifier.IsIntegerEnum(node);
        // x-enum-varnames (OpenAPI Generator) or x-enumNames (NSwag) name the members, in the order of the values.
        var names = node["x-enum-varnames"] is { IsArray: true } varnames ? varnames : node["x-enumNames"] is { IsArray: true } enumNames ? enumNames : null;
        var values = node["enum"]!.Items;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (EnumValues.Wire(value, integers) is not { } wire || !seen.Add(wire))
            {
                continue;
            }

            var number = integers ? wire : null;
            var given = names is not null && names.Items.Count == values.Count && names.Items[i].IsString ? Identifier.ToPascalCase(names.Items[i].Text!) : string.Empty;
            var desired = given.Length > 0 ? given
                : number is not null ? (number.StartsWith("-", StringComparison.Ordinal) ? "ValueMinus" + number.Substring(1) : "Value" + number)
                : wire.Length == 0 ? "Empty" : Identifier.ToPascalCase(wire, "Value");
            var name = scope.Claim(desired);
            if (name != desired)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, document.Path, value.Span, $"the enum value '{wire}' of {site.Name}", name, desired));
            }

            members.Add(new EnumMemberModel(name, wire, number));
        }

        return Shell(TypeKind.Enum, document, visit, site, options) with { Members = members.ToEquatableArray(), Strict = document.StrictEnums };
    }

    /// <summary>
    /// The model of a type with what every kind has (its name, where its schema is, its docs) and nothing else; each
    /// builder adds the rest with <c>with</c>.
    /// </summary>
    internal static TypeModel Shell(TypeKind kind, SchemaDocument document, SchemaVisit visit, GeneratedType site, GeneratorOptions options)
        => new()
        {
            Kind = kind,
            Namespace = site.Namespace,
            Name = site.Name,
            Accessibility = options.Accessibility,
            SchemaFile = document.DisplayPath,
            Pointer = visit.Pointer,
            Summary = Summary(visit.Node),
            Deprecated = visit.Node.GetBoolean("deprecated"),
        };

    internal static string? Summary(JsonNode schema)
    {
        if (!schema.IsObject)
        {
            return null;
        }

        var description = SchemaKeywords.Description(schema);
        if (!string.IsNullOrWhiteSpace(description))
        {
            return description;
        }

        // A title like "api_user_v1_Email" only repeats the type name; a title in words ("Reaction Rollup") says more.
        var title = SchemaKeywords.Title(schema);
        return title is not null && title.Trim().IndexOf(' ') > 0 ? title : null;
    }
}
