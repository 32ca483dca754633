using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Naming;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Typing;

/// <summary>
/// Builds the model of a union (<c>oneOf</c>/<c>anyOf</c> with two or more typed branches): one case per non-null
/// branch, named after what it holds, and the discriminator values that select each case.
/// </summary>
internal static class UnionModelBuilder
{
    public static TypeModel Build(SchemaDocument document, SchemaVisit visit, GeneratedType site, GeneratorOptions options, TypeMapper mapper, List<DiagnosticInfo> diagnostics)
    {
        var node = visit.Node;
        if (!TypeClassifier.IsUnion(node))
        {
            return BuildMultiType(document, visit, site, options, mapper);
        }

        var (keyword, branches) = UnionKeywords.Of(node)!.Value;
        var discriminator = node["discriminator"] is { IsObject: true } d && d.GetString("propertyName") is { Length: > 0 } propertyName ? d : null;
        var scope = new NameScope(ReservedNames.Union);
        scope.Claim(site.Name);
        var cases = new List<UnionCaseModel>();
        foreach (var index in UnionKeywords.CaseIndexes(node)!)
        {
            var branch = branches[index];
            var location = new SchemaLocation(document.Path, JsonPointer.Append(JsonPointer.Append(visit.Pointer, keyword), index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var type = mapper.Map(branch, location, visit.Dialect).WithNullable(false);
            var desired = CaseName(branch, type, site.Name);
            var name = scope.Claim(desired);
            if (name != desired)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, document.Path, branch.Span, $"the case {index + 1} of {site.Name}", name, desired));
            }

            var values = discriminator is null ? EquatableArray<string>.Empty : DiscriminatorValues(discriminator, branch);
            cases.Add(new UnionCaseModel(name, type, TypeModelBuilder.Summary(branch), values));
        }

        return Union(document, visit, site, options, new UnionModel
        {
            IsOneOf = keyword == "oneOf",
            Discriminator = discriminator?.GetString("propertyName"),
            Cases = cases.ToEquatableArray(),
            UseValidators = options.Validation,
        });
    }

    /// <summary>
    /// A value of several types (<c>type: ["integer", "string"]</c>): one case per type, named by it. The types are
    /// disjoint but for integer and number, so the union is read as an <c>anyOf</c> with the integer case first.
    /// </summary>
    private static TypeModel BuildMultiType(SchemaDocument document, SchemaVisit visit, GeneratedType site, GeneratorOptions options, TypeMapper mapper)
    {
        var node = visit.Node;
        var location = new SchemaLocation(document.Path, visit.Pointer);
        var scope = new NameScope(ReservedNames.Union);
        scope.Claim(site.Name);
        var cases = new List<UnionCaseModel>();
        foreach (var jsonType in SchemaKeywords.NonNullTypes(node))
        {
            var type = mapper.MapAs(node, location, visit.Dialect, jsonType).WithNullable(false);
            cases.Add(new UnionCaseModel(scope.Claim(CaseName(type)), type, null, EquatableArray<string>.Empty));
        }

        return Union(document, visit, site, options, new UnionModel { IsOneOf = false, Cases = cases.ToEquatableArray(), UseValidators = options.Validation, OfTypes = true });
    }

    private static TypeModel Union(SchemaDocument document, SchemaVisit visit, GeneratedType site, GeneratorOptions options, UnionModel union)
        => TypeModelBuilder.Shell(TypeKind.Union, document, visit, site, options) with { Union = union, Strict = document.StrictEnums };

    /// <summary>
    /// A case is named by the branch's <c>title</c>, else by the generated type it holds (without the union's own
    /// name in front: <c>PetOption1</c> in <c>Pet</c> is <c>Option1</c>), else by its JSON type.
    /// </summary>
    private static string CaseName(JsonNode branch, TypeRef type, string unionName)
    {
        if (SchemaKeywords.Title(branch) is { } title && Identifier.ToPascalCase(title) is { Length: > 0 } titled)
        {
            return titled;
        }

        if (type.IsNamed)
        {
            var name = type.Name!;
            return name.Length > unionName.Length && name.StartsWith(unionName, StringComparison.Ordinal) && char.IsUpper(name[unionName.Length])
                ? name.Substring(unionName.Length)
                : name;
        }

        return CaseName(type);
    }

    /// <summary>The name of a case by the JSON type it holds (<c>String</c>, <c>Integer</c>, <c>DateTime</c>, …).</summary>
    private static string CaseName(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "String",
        TypeKind.Int32 or TypeKind.Int64 => "Integer",
        TypeKind.Single or TypeKind.Double or TypeKind.Decimal => "Number",
        TypeKind.Boolean => "Boolean",
        TypeKind.DateTimeOffset => "DateTime",
        TypeKind.DateOnly => "Date",
        TypeKind.Guid => "Uuid",
        TypeKind.Uri => "Uri",
        TypeKind.Bytes => "Bytes",
        TypeKind.List => type.Element!.IsNamed ? type.Element.Name + "List" : "Array",
        TypeKind.Map => "Object",
        _ => "Json",
    };

    /// <summary>
    /// The discriminator values of a branch: the <c>mapping</c> keys that point at its <c>$ref</c>, else (OpenAPI's
    /// implicit mapping) the last segment of the <c>$ref</c>, which is the schema's name.
    /// </summary>
    private static EquatableArray<string> DiscriminatorValues(JsonNode discriminator, JsonNode branch)
    {
        if (branch.GetString("$ref") is not { } reference)
        {
            return EquatableArray<string>.Empty;
        }

        var values = new List<string>();
        if (discriminator["mapping"] is { IsObject: true } mapping)
        {
            foreach (var entry in mapping.Members)
            {
                if (entry.Value.IsString && (entry.Value.Text == reference || LastSegment(entry.Value.Text!) == LastSegment(reference)))
                {
                    values.Add(entry.Name);
                }
            }
        }

        if (values.Count == 0)
        {
            values.Add(LastSegment(reference));
        }

        return values.ToEquatableArray();
    }

    private static string LastSegment(string reference)
    {
        var slash = reference.LastIndexOf('/');
        var segment = slash >= 0 ? reference.Substring(slash + 1) : reference;
        return segment.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? segment.Substring(0, segment.Length - 5) : segment;
    }
}
