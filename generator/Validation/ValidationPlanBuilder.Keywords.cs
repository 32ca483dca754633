using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Validation;

// The plan of one schema, keyword by keyword, with each draft's meaning of them.
internal sealed partial class ValidationPlanBuilder
{
    /// <summary>The keywords of the validation vocabulary, which a custom metaschema may leave out.</summary>
    private static readonly HashSet<string> ValidationVocabulary = new(StringComparer.Ordinal)
    {
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength",
        "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties",
        "minProperties", "required", "dependentRequired",
    };

    private SchemaPlan Plan(SchemaVisit visit, Owner owner)
    {
        if (!_validationVocabulary && visit.Node.IsObject)
        {
            visit = visit with { Node = Without(visit.Node, ValidationVocabulary) };
        }

        var node = visit.Node;
        var method = ValidationNames.MethodFor(owner.Site, visit.Pointer).Method;
        // A class's own schema is its Evaluate: never "shared", so that who refers to it does not change its plan.
        var shared = visit.Pointer != owner.Site.Location.Pointer && _referenced.Contains(visit.Pointer);
        var location = LocationOf(visit);
        if (!node.IsObject)
        {
            return new SchemaPlan { Method = method, Shared = shared, Pointer = visit.Pointer, Location = location, Constant = node.Kind == JsonNodeKind.True };
        }

        var applicators = new List<ApplicatorPlan>();
        // Before 2019-09 a $ref replaces the whole schema.
        var refOnly = visit.Dialect.RefOverridesSiblings() && node["$ref"] is not null;
        if (refOnly)
        {
            References(visit, owner, applicators);
            return new SchemaPlan { Method = method, Shared = shared, Pointer = visit.Pointer, Location = location, Applicators = applicators.ToEquatableArray() };
        }

        var types = Types(node, out var hasType);
        Applicators(visit, owner, applicators);
        References(visit, owner, applicators);
        // The keywords are planned in this order (patterns get their regex indexes as they come), the applicators last.
        return new SchemaPlan
        {
            Method = method,
            Shared = shared,
            Pointer = visit.Pointer,
            Location = location,
            Types = types,
            TypeKeyword = hasType,
            LexicalIntegers = visit.Dialect == SchemaDialect.Draft4,
            // Schemas cut from OpenAPI 3.0 say "nullable: true" where JSON Schema would list "null" among the types.
            AcceptsNull = node.GetBoolean("nullable") || node.GetBoolean("x-nullable"),
            Values = Values(visit),
            Number = Numbers(visit),
            String = Strings(visit, owner),
            Array = Arrays(visit, owner),
            Object = Objects(visit, owner),
            Applicators = applicators.ToEquatableArray(),
        };
    }

    private static JsonNode Without(JsonNode node, HashSet<string> keywords)
    {
        var members = new List<JsonMember>();
        foreach (var member in node.Members)
        {
            if (!keywords.Contains(member.Name))
            {
                members.Add(member);
            }
        }

        return new JsonNode(node.Kind, node.Text, members.ToEquatableArray(), node.Items, node.Span);
    }

    private static JsonTypes Types(JsonNode node, out bool hasType)
    {
        hasType = false;
        var type = node["type"];
        if (type is null)
        {
            return JsonTypes.Any;
        }

        var result = JsonTypes.None;
        if (type.IsString)
        {
            result = TypeOf(type.Text!);
        }
        else if (type.IsArray)
        {
            foreach (var item in type.Items)
            {
                result |= item.IsString ? TypeOf(item.Text!) : JsonTypes.None;
            }
        }

        // An unusable "type" (SCH006) is ignored.
        hasType = result != JsonTypes.None;
        return hasType ? result : JsonTypes.Any;
    }

    private static JsonTypes TypeOf(string name) => name switch
    {
        "null" => JsonTypes.Null,
        "boolean" => JsonTypes.Boolean,
        "object" => JsonTypes.Object,
        "array" => JsonTypes.Array,
        "number" => JsonTypes.Number | JsonTypes.Integer,
        "integer" => JsonTypes.Integer,
        "string" => JsonTypes.String,
        _ => JsonTypes.None,
    };

    private static EquatableArray<ValuePlan> Values(SchemaVisit visit)
    {
        var plans = new List<ValuePlan>();
        if (visit.Node["enum"] is { IsArray: true } values)
        {
            var literals = new List<JsonLiteral>();
            foreach (var value in values.Items)
            {
                literals.Add(Literal(value));
            }

            plans.Add(new ValuePlan("enum", literals.ToEquatableArray()));
        }

        if (visit.Dialect >= SchemaDialect.Draft6 && visit.Node.TryGetMember("const", out var constant))
        {
            plans.Add(new ValuePlan("const", new EquatableArray<JsonLiteral>(new[] { Literal(constant.Value) })));
        }

        return plans.ToEquatableArray();
    }

    private static NumberPlan? Numbers(SchemaVisit visit)
    {
        var node = visit.Node;
        var bounds = new List<NumberBound>();
        if (visit.Dialect == SchemaDialect.Draft4)
        {
            // Draft 4: exclusiveMinimum/exclusiveMaximum are booleans that make their bound strict.
            if (node["minimum"] is { IsNumber: true } min)
            {
                bounds.Add(new NumberBound("minimum", node.GetBoolean("exclusiveMinimum") ? BoundKind.ExclusiveMinimum : BoundKind.Minimum, min.Text!));
            }

            if (node["maximum"] is { IsNumber: true } max)
            {
                bounds.Add(new NumberBound("maximum", node.GetBoolean("exclusiveMaximum") ? BoundKind.ExclusiveMaximum : BoundKind.Maximum, max.Text!));
            }
        }
        else
        {
            Bound(node, "minimum", BoundKind.Minimum, bounds);
            Bound(node, "exclusiveMinimum", BoundKind.ExclusiveMinimum, bounds);
            Bound(node, "maximum", BoundKind.Maximum, bounds);
            Bound(node, "exclusiveMaximum", BoundKind.ExclusiveMaximum, bounds);
        }

        var multipleOf = node["multipleOf"] is { IsNumber: true } m && JsonNumber.TryDouble(m.Text!, out var divisor) && divisor > 0 ? m.Text : null;
        return bounds.Count == 0 && multipleOf is null ? null : new NumberPlan(bounds.ToEquatableArray(), multipleOf);
    }

    private static void Bound(JsonNode node, string keyword, BoundKind kind, List<NumberBound> bounds)
    {
        if (node[keyword] is { IsNumber: true } value)
        {
            bounds.Add(new NumberBound(keyword, kind, value.Text!));
        }
    }

    private StringPlan? Strings(SchemaVisit visit, Owner owner)
    {
        var node = visit.Node;
        var min = Count(node, "minLength");
        var max = Count(node, "maxLength");
        int? pattern = null;
        string? patternText = null;
        if (node["pattern"] is { IsString: true } p && Regex(p, p.Text!, owner) is { } index)
        {
            pattern = index;
            patternText = p.Text;
        }

        string? format = null;
        if (_formatAssertion && node.GetString("format") is { } name)
        {
            format = KnownFormats.MemberOf(name);
        }

        return min is null && max is null && pattern is null && format is null ? null : new StringPlan(min is 0 ? null : min, max, pattern, patternText, format);
    }

    private ArrayPlan? Arrays(SchemaVisit visit, Owner owner)
    {
        var node = visit.Node;
        var dialect = visit.Dialect;
        var prefix = new List<SubschemaCall>();
        var prefixKeyword = dialect >= SchemaDialect.Draft202012 ? "prefixItems" : "items";
        SubschemaCall? items = null;
        var itemsKeyword = "items";
        if (node[prefixKeyword] is { IsArray: true } tuple)
        {
            for (var i = 0; i < tuple.Items.Count; i++)
            {
                prefix.Add(Call(visit, owner, prefixKeyword, i.ToString(CultureInfo.InvariantCulture)) ?? Accept("/" + prefixKeyword + "/" + i.ToString(CultureInfo.InvariantCulture)));
            }

            if (dialect < SchemaDialect.Draft202012)
            {
                items = Call(visit, owner, "additionalItems");
                itemsKeyword = "additionalItems";
            }
        }

        if (dialect >= SchemaDialect.Draft202012 || node["items"] is not { IsArray: true })
        {
            items ??= node["items"] is { IsArray: false } ? Call(visit, owner, "items") : null;
        }

        var contains = dialect >= SchemaDialect.Draft6 ? Call(visit, owner, "contains") : null;
        long? minContains = null;
        long? maxContains = null;
        if (contains is not null && dialect >= SchemaDialect.Draft201909)
        {
            minContains = Count(node, "minContains");
            maxContains = Count(node, "maxContains");
        }

        var minItems = Count(node, "minItems");
        var maxItems = Count(node, "maxItems");
        var unique = node.GetBoolean("uniqueItems");
        var unevaluated = dialect >= SchemaDialect.Draft201909 ? Call(visit, owner, "unevaluatedItems") : null;
        if (prefix.Count == 0 && items is null && contains is null && minItems is null && maxItems is null && !unique && unevaluated is null)
        {
            return null;
        }

        return new ArrayPlan
        {
            PrefixKeyword = prefixKeyword,
            Prefix = prefix.ToEquatableArray(),
            ItemsKeyword = itemsKeyword,
            Items = items,
            Contains = contains,
            MinContains = minContains,
            MaxContains = maxContains,
            ContainsMarks = dialect >= SchemaDialect.Draft202012,
            MinItems = minItems is 0 ? null : minItems,
            MaxItems = maxItems,
            UniqueItems = unique,
            UnevaluatedItems = unevaluated,
        };
    }

    private ObjectPlan? Objects(SchemaVisit visit, Owner owner)
    {
        var node = visit.Node;
        var dialect = visit.Dialect;
        var properties = new List<PropertyPlan>();
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        if (node["required"] is { IsArray: true } required)
        {
            foreach (var item in required.Items)
            {
                if (item.IsString && !slots.ContainsKey(item.Text!))
                {
                    slots.Add(item.Text!, slots.Count);
                }
            }
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        if (node["properties"] is { IsObject: true } declaredNode)
        {
            foreach (var member in declaredNode.Members)
            {
                declared.Add(member.Name);
                var call = Call(visit, owner, "properties", member.Name);
                properties.Add(new PropertyPlan(member.Name, call, slots.TryGetValue(member.Name, out var slot) ? slot : -1));
            }
        }

        foreach (var pair in slots)
        {
            if (!declared.Contains(pair.Key))
            {
                properties.Add(new PropertyPlan(pair.Key, null, pair.Value));
            }
        }

        var patterns = new List<PatternPropertyPlan>();
        if (node["patternProperties"] is { IsObject: true } patternNode)
        {
            foreach (var member in patternNode.Members)
            {
                if (Call(visit, owner, "patternProperties", member.Name) is { } call && Regex(member.Value, member.Name, owner, member.NameSpan) is { } index)
                {
                    patterns.Add(new PatternPropertyPlan(index, member.Name, call));
                }
            }
        }

        var additional = Call(visit, owner, "additionalProperties");
        var names = dialect >= SchemaDialect.Draft6 ? Call(visit, owner, "propertyNames") : null;
        var dependentRequired = new List<DependentRequiredPlan>();
        var dependentSchemas = new List<DependentSchemaPlan>();
        if (dialect >= SchemaDialect.Draft201909)
        {
            if (node["dependentRequired"] is { IsObject: true } dr)
            {
                foreach (var member in dr.Members)
                {
                    if (Names(member.Value) is { } list)
                    {
                        dependentRequired.Add(new DependentRequiredPlan("dependentRequired", member.Name, list));
                    }
                }
            }

            if (node["dependentSchemas"] is { IsObject: true } ds)
            {
                foreach (var member in ds.Members)
                {
                    if (Call(visit, owner, "dependentSchemas", member.Name) is { } call)
                    {
                        dependentSchemas.Add(new DependentSchemaPlan("dependentSchemas", member.Name, call));
                    }
                }
            }
        }

        // "dependencies" (draft 4 to 7) is still honoured in later drafts, which split it in two.
        if (node["dependencies"] is { IsObject: true } dependencies)
        {
            foreach (var member in dependencies.Members)
            {
                if (member.Value.IsArray && Names(member.Value) is { } list)
                {
                    dependentRequired.Add(new DependentRequiredPlan("dependencies", member.Name, list));
                }
                else if (Call(visit, owner, "dependencies", member.Name) is { } call)
                {
                    dependentSchemas.Add(new DependentSchemaPlan("dependencies", member.Name, call));
                }
            }
        }

        var minProperties = Count(node, "minProperties");
        var maxProperties = Count(node, "maxProperties");
        var unevaluated = dialect >= SchemaDialect.Draft201909 ? Call(visit, owner, "unevaluatedProperties") : null;
        if (properties.Count == 0 && patterns.Count == 0 && additional is null && names is null && dependentRequired.Count == 0
            && dependentSchemas.Count == 0 && minProperties is null && maxProperties is null && unevaluated is null)
        {
            return null;
        }

        return new ObjectPlan
        {
            Properties = properties.ToEquatableArray(),
            RequiredCount = slots.Count,
            PatternProperties = patterns.ToEquatableArray(),
            AdditionalProperties = additional,
            PropertyNames = names,
            DependentRequired = dependentRequired.ToEquatableArray(),
            DependentSchemas = dependentSchemas.ToEquatableArray(),
            MinProperties = minProperties is 0 ? null : minProperties,
            MaxProperties = maxProperties,
            UnevaluatedProperties = unevaluated,
        };
    }

    private void Applicators(SchemaVisit visit, Owner owner, List<ApplicatorPlan> applicators)
    {
        var node = visit.Node;
        foreach (var (keyword, kind) in new[] { ("allOf", ApplicatorKind.AllOf), ("anyOf", ApplicatorKind.AnyOf), ("oneOf", ApplicatorKind.OneOf) })
        {
            if (node[keyword] is { IsArray: true } list && list.Items.Count > 0)
            {
                var calls = new List<SubschemaCall>();
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var key = i.ToString(CultureInfo.InvariantCulture);
                    calls.Add(Call(visit, owner, keyword, key) ?? Accept("/" + keyword + "/" + key));
                }

                applicators.Add(Applicator(kind, keyword, calls.ToArray()));
            }
        }

        if (Call(visit, owner, "not") is { } not)
        {
            applicators.Add(Applicator(ApplicatorKind.Not, "not", not));
        }

        if (visit.Dialect >= SchemaDialect.Draft7 && Call(visit, owner, "if") is { } condition)
        {
            var then = Call(visit, owner, "then");
            var otherwise = Call(visit, owner, "else");
            // A boolean if with neither then nor else decides nothing and annotates nothing (its verdict would be an
            // unused variable, warning CS0219, in the consumer's build).
            if (then is not null || otherwise is not null || condition.Constant is null)
            {
                applicators.Add(new ApplicatorPlan(ApplicatorKind.Conditional, "if", new EquatableArray<SubschemaCall>(new[] { condition }),
                    then, otherwise, EquatableArray<DynamicCandidate>.Empty));
            }
        }
    }

    private void References(SchemaVisit visit, Owner owner, List<ApplicatorPlan> applicators)
    {
        foreach (var keyword in ValidationLinker.ReferenceKeywords(visit.Dialect))
        {
            if (!_links.TryGetValue(visit.Pointer + " " + keyword, out var link))
            {
                continue;
            }

            var path = "/" + keyword;
            var call = link.Target is { } target
                ? new SubschemaCall(target.Class == owner.Site.FullName ? null : target.Class, target.Method, path, null, link.EnterResource is { } enter ? Portable(enter) : null)
                : Accept(path);
            var candidates = new List<DynamicCandidate>();
            foreach (var candidate in link.Candidates)
            {
                var local = candidate.Target.Class == owner.Site.FullName ? candidate.Target with { Class = string.Empty } : candidate.Target;
                candidates.Add(new DynamicCandidate(Portable(candidate.Resource), local));
            }

            applicators.Add(new ApplicatorPlan(ApplicatorKind.Reference, keyword, new EquatableArray<SubschemaCall>(new[] { call }), null, null, candidates.ToEquatableArray()));
        }
    }

    private static ApplicatorPlan Applicator(ApplicatorKind kind, string keyword, params SubschemaCall[] calls)
        => new(kind, keyword, new EquatableArray<SubschemaCall>(calls), null, null, EquatableArray<DynamicCandidate>.Empty);

    /// <summary>A call that accepts everything (an unresolved reference, already reported).</summary>
    private static SubschemaCall Accept(string path) => new(null, string.Empty, path, true, null);

    private int? Regex(JsonNode node, string pattern, Owner owner, SourceSpan? span = null)
    {
        var translated = EcmaRegex.Translate(pattern, out var error);
        if (translated is null)
        {
            InvalidPattern(span ?? node.Span, pattern, error!);
            return null;
        }

        try
        {
            _ = new Regex(translated, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            InvalidPattern(span ?? node.Span, pattern, e.Message);
            return null;
        }

        return owner.Regex(translated);
    }

    /// <summary>
    /// A non-negative integer keyword (2.0 counts), or null. Counts are compared with int lengths, so larger ones are
    /// taken as int.MaxValue, which means the same (no string, array or object is that long) and keeps the comparison
    /// from being a warning (CS0652) in the consumer's build.
    /// </summary>
    private static long? Count(JsonNode node, string keyword)
        => node[keyword] is { IsNumber: true } value && JsonNumber.IsInteger(value.Text!) && JsonNumber.TryInt64(value.Text!, out var n) && n >= 0 ? Math.Min(n, int.MaxValue) : null;

    private static EquatableArray<string>? Names(JsonNode node)
    {
        if (!node.IsArray)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var item in node.Items)
        {
            if (item.IsString)
            {
                names.Add(item.Text!);
            }
        }

        return names.ToEquatableArray();
    }

    /// <summary>A schema value (<c>enum</c>, <c>const</c>) as the emitter writes it.</summary>
    private static JsonLiteral Literal(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.String => new JsonLiteral(node.Kind, node.Text!),
        JsonNodeKind.Number => new JsonLiteral(node.Kind, node.Text!),
        JsonNodeKind.Array or JsonNodeKind.Object => new JsonLiteral(node.Kind, JsonLiterals.ToJson(node)),
        _ => new JsonLiteral(node.Kind, string.Empty),
    };
}
