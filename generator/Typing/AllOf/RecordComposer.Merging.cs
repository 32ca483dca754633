using System;
using System.Collections.Generic;
using System.Linq;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Model;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Typing.AllOf;

// How the properties of a record's branches come together: after the base's, or merged into one list.
internal sealed partial class RecordComposer
{
    /// <summary>The base's properties first, then those the other branches and the schema add, named around the base's.</summary>
    private void Derive(ComposedRecord composed, Source baseSource, List<Source> sources, List<DeclaredProperty> own, string typeName, string where, int depth)
    {
        var added = new List<DeclaredProperty>();
        foreach (var source in sources)
        {
            if (source != baseSource)
            {
                foreach (var property in source.Record.Properties)
                {
                    Add(added, property, where, composed.Diagnostics, depth);
                }
            }
        }

        foreach (var property in own)
        {
            Add(added, property, where, composed.Diagnostics, depth);
        }

        Require(added, composed.Required);
        var inherited = baseSource.Record.NamedProperties!;
        composed.Properties.AddRange(baseSource.Record.Properties);
        composed.Properties.AddRange(added);
        composed.NamedProperties = new List<PropertyModel>(inherited);
        composed.NamedProperties.AddRange(RecordProperties.Name(added, typeName, inherited.Select(p => p.Name), composed.Diagnostics));
        composed.Base = _sites[baseSource.Target].ToTypeRef();
        composed.Depth = baseSource.Record.Depth + 1;
        composed.Inherited = inherited.Count;
        composed.Additional = AdditionalPropertiesKind.Any;
        composed.Open = true;
    }

    /// <summary>The properties of every branch, in branch order, then the schema's own; one property per JSON name.</summary>
    private void Merge(ComposedRecord composed, List<Source> sources, List<DeclaredProperty> own, string? typeName, string where, int depth)
    {
        foreach (var source in sources)
        {
            foreach (var property in source.Record.Properties)
            {
                Add(composed.Properties, property, where, composed.Diagnostics, depth);
            }
        }

        foreach (var property in own)
        {
            Add(composed.Properties, property, where, composed.Diagnostics, depth);
        }

        Require(composed.Properties, composed.Required);
        if (typeName is not null)
        {
            var renamed = new List<DiagnosticInfo>();
            composed.NamedProperties = RecordProperties.Name(composed.Properties, typeName, Array.Empty<string>(), renamed);
            composed.Diagnostics.AddRange(renamed.Where(d => !RenamedByItsRecord(d, sources)));
        }
    }

    /// <summary>
    /// Whether a rename (SCH009) is of a property copied from a branch that is a record of its own, which gave it the same
    /// name: that record's model step reports it, at the same place, and once is enough.
    /// </summary>
    private static bool RenamedByItsRecord(DiagnosticInfo rename, List<Source> sources)
    {
        foreach (var source in sources)
        {
            if (source.Record.NamedProperties is not { } models)
            {
                continue;
            }

            for (var i = 0; i < models.Count && i < source.Record.Properties.Count; i++)
            {
                if (Equals(source.Record.Properties[i].NameSpan, rename.Location) && rename.Arguments.Count > 1 && models[i].Name == rename.Arguments[1])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Adds a property, or meets it with the one of the same name already there (SCH018 when they conflict).</summary>
    private void Add(List<DeclaredProperty> properties, DeclaredProperty next, string where, List<DiagnosticInfo> diagnostics, int depth)
    {
        var index = properties.FindIndex(d => string.Equals(d.JsonName, next.JsonName, StringComparison.Ordinal));
        if (index < 0)
        {
            properties.Add(next);
            return;
        }

        var first = properties[index];
        var type = TypeIntersection.Of(first.Type, next.Type, (derived, ancestor) => Derives(derived, ancestor, depth), EnumValuesOf);
        if (type is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.AllOfConflict, next.NameSpan,
                $"The property '{next.JsonName}' has the type {TypeIntersection.Display(first.Type)} in one branch and {TypeIntersection.Display(next.Type)} in another", where,
                $"the C# property keeps the first type, {TypeIntersection.Display(first.Type)}"));
            type = first.Type;
        }

        // The declaration whose type won keeps its value; docs come from the first that has them. An enum narrowed to
        // another's values may lack a member for a declaration's default: that default is no valid value, and is dropped.
        var winner = type == first.Type || next.Type != type ? first : next;
        var other = winner == first ? next : first;
        var members = EnumValuesOf(type);
        Func<JsonNode, bool>? holds = members is null ? null : members.Holds;
        var merged = winner.WithType(type, holds);
        if (merged.Initializer is null && other.WithType(type, holds) is { Initializer: not null } valued)
        {
            merged = merged with { Initializer = valued.Initializer, IsConst = valued.IsConst };
        }

        properties[index] = merged with
        {
            NameSpan = first.NameSpan,
            IsRequired = first.IsRequired || next.IsRequired,
            Summary = first.Summary ?? next.Summary,
            DocSources = first.Described.Concat(next.Described).ToList(),
            Deprecated = first.Deprecated || next.Deprecated,
            IsSensitive = first.IsSensitive || next.IsSensitive,
            Remarks = first.Remarks ?? next.Remarks,
            Example = first.Example ?? next.Example,
        };
    }

    private static void Require(List<DeclaredProperty> properties, HashSet<string> required)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (!properties[i].IsRequired && required.Contains(properties[i].JsonName))
            {
                properties[i] = properties[i] with { IsRequired = true };
            }
        }
    }

    /// <summary>The values of a generated enum, read from its schema once (null for any other type).</summary>
    private EnumValues? EnumValuesOf(TypeRef type)
    {
        if (type.Kind != TypeKind.Enum || !_enums.TryGetValue(type.FullName, out var site))
        {
            return null;
        }

        if (!_enumValues.TryGetValue(type.FullName, out var values))
        {
            values = _registry.NodeAt(site.Location) is { } node ? EnumValues.Of(node, site.IsExplicit) : null;
            _enumValues[type.FullName] = values;
        }

        return values;
    }

    /// <summary>Whether the record <paramref name="derived"/> derives, at some depth, from the record <paramref name="ancestor"/>.</summary>
    private bool Derives(TypeRef derived, TypeRef ancestor, int depth)
    {
        var current = derived;
        for (var step = 1; step <= SchemaRegistry.MaxReferenceDepth; step++)
        {
            if (!_records.TryGetValue(current.WithNullable(false).FullName, out var location) || ComposeAt(location, depth + step) is not { Base: { } parent })
            {
                return false;
            }

            if (parent.FullName == ancestor.FullName)
            {
                return true;
            }

            current = parent;
        }

        return false;
    }
}
