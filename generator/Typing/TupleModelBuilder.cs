using System;
using System.Collections.Generic;
using System.Globalization;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Naming;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Typing;

/// <summary>
/// Builds the model of a tuple (<c>prefixItems</c> in 2020-12, array-form <c>items</c> before it): one element per
/// declared item, named by its <c>title</c> (else <c>Item1</c>, <c>Item2</c>, …), required up to <c>minItems</c>, and
/// the type of the items that may follow (2020-12 <c>items</c>, earlier <c>additionalItems</c>; none when <c>false</c>).
/// </summary>
internal static class TupleModelBuilder
{
    /// <summary>The property that holds the items after the declared ones.</summary>
    public const string RestName = "Rest";

    public static TypeModel Build(SchemaDocument document, SchemaVisit visit, GeneratedType site, GeneratorOptions options, TypeMapper mapper, List<DiagnosticInfo> diagnostics)
    {
        var node = visit.Node;
        var modern = visit.Dialect >= SchemaDialect.Draft202012;
        var declaredKeyword = modern ? "prefixItems" : "items";
        var items = SchemaKeywords.TupleItems(node, visit.Dialect)!;
        var required = MinItems(node, items.Items.Count);
        var scope = new NameScope(ReservedNames.Record);
        scope.Claim(site.Name);
        scope.Claim(RestName);
        var elements = new List<TupleElementModel>();
        for (var i = 0; i < items.Items.Count; i++)
        {
            var item = items.Items[i];
            var index = i.ToString(CultureInfo.InvariantCulture);
            var titled = SchemaKeywords.Title(item) is { } title ? Identifier.ToPascalCase(title) : string.Empty;
            var desired = titled.Length > 0 ? titled : "Item" + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (desired == site.Name || desired == RestName || Array.IndexOf(ReservedNames.Record, desired) >= 0)
            {
                desired += "Value";
            }

            var name = scope.Claim(desired);
            if (name != desired)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, document.Path, item.Span, $"the item {i + 1} of {site.Name}", name, desired));
            }

            var location = new SchemaLocation(document.Path, JsonPointer.Append(JsonPointer.Append(visit.Pointer, declaredKeyword), index));
            elements.Add(new TupleElementModel(name, mapper.Map(item, location, visit.Dialect), i < required, TypeModelBuilder.Summary(item)));
        }

        var restKeyword = modern ? "items" : "additionalItems";
        TypeRef? rest = TypeRef.Any;
        if (node[restKeyword] is { } restNode)
        {
            rest = restNode.Kind == JsonNodeKind.False
                ? null
                : mapper.Map(restNode, new SchemaLocation(document.Path, JsonPointer.Append(visit.Pointer, restKeyword)), visit.Dialect);
        }

        return TypeModelBuilder.Shell(TypeKind.Tuple, document, visit, site, options) with
        {
            Tuple = new TupleModel(elements.ToEquatableArray(), rest),
        };
    }

    /// <summary>The schema's <c>minItems</c>, at most <paramref name="declared"/>; 0 without one.</summary>
    private static int MinItems(JsonNode node, int declared)
    {
        if (node["minItems"] is { IsNumber: true } minItems && JsonNumber.TryDouble(minItems.Text!, out var value) && value > 0)
        {
            return value >= declared ? declared : (int)Math.Ceiling(value);
        }

        return 0;
    }
}
