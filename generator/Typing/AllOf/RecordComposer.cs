using System;
using System.Collections.Generic;
using System.Linq;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Typing.AllOf;

/// <summary>
/// Composes the records that <c>allOf</c> makes (README: "allOf"): a record whose branches are objects gets the
/// properties of all of them, and the <c>required</c> of every branch applies. When one branch is a reference to a
/// record of its own and the others only add properties, the record derives from it instead (<see cref="BaseOf"/>
/// says when that is sound). Branches that cannot hold the same value are reported (SCH018).
/// </summary>
/// <remarks>
/// This runs in the graph step, because a branch may be in another file. It walks no tree: it looks at the schemas
/// with typed <c>allOf</c> branches that the indexes list, at the branches, and at what their references lead to,
/// and types properties with the graph's own <see cref="TypeMapper"/>, so that every document sees the same members.
/// </remarks>
internal sealed partial class RecordComposer
{
    private readonly SchemaRegistry _registry;
    private readonly IReadOnlyDictionary<SchemaLocation, GeneratedType> _sites;
    private readonly Func<SchemaLocation, ResolvedReference> _reference;
    private readonly TypeMapper _mapper;
    private readonly Dictionary<string, SchemaLocation> _records = new(StringComparer.Ordinal);

    // Generated enums by C# name, and their values once a property's declarations needed them (see EnumValuesOf).
    private readonly Dictionary<string, GeneratedType> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumValues?> _enumValues = new(StringComparer.Ordinal);

    // A record is null here while it is being composed: a branch that leads back to it is a cycle, and is left out.
    private readonly Dictionary<SchemaLocation, ComposedRecord?> _composed = new();

    // Where a cycle longer than the depth limit is broken: reached as a branch, such a schema is left out like a short cycle.
    private readonly HashSet<SchemaLocation> _cuts = new();

    // The first base met beyond the depth limit in the current attempt (see Compose).
    private SchemaLocation? _tooDeep;

    public RecordComposer(SchemaRegistry registry, IReadOnlyDictionary<SchemaLocation, GeneratedType> sites, Func<SchemaLocation, ResolvedReference> reference, TypeMapper mapper)
    {
        _registry = registry;
        _sites = sites;
        _reference = reference;
        _mapper = mapper;
        foreach (var site in sites.Values)
        {
            if (site.Kind == TypeKind.Record)
            {
                _records[site.ToTypeRef().FullName] = site.Location;
            }
            else if (site.Kind == TypeKind.Enum)
            {
                _enums[site.ToTypeRef().FullName] = site;
            }
        }
    }

    /// <summary>
    /// The composition of a schema with typed <c>allOf</c> branches that has a record; for one without, null, after
    /// reporting branches that conflict. <paramref name="handled"/> says whether the allOf's C# type was decided here
    /// (so that it is not reported as unsupported too).
    /// </summary>
    public RecordComposition? Compose(SchemaLocation location, List<DiagnosticInfo> diagnostics, out bool handled)
    {
        if (!_sites.TryGetValue(location, out var site) || site.Kind != TypeKind.Record)
        {
            handled = ReportConflicts(location, diagnostics);
            return null;
        }

        handled = true;
        if (Compose(location) is not { NamedProperties: { } models } composed)
        {
            return null;
        }

        diagnostics.AddRange(composed.Diagnostics);
        var properties = new PropertyModel[models.Count];
        var summaries = new EquatableArray<SchemaLocation>[models.Count];
        for (var i = 0; i < models.Count; i++)
        {
            // The base declares its properties and documents them; the derived record only reads and writes them.
            properties[i] = i < composed.Inherited ? models[i] with { Summary = null, Deprecated = false, Remarks = null, Example = null } : models[i];
            summaries[i] = i < composed.Inherited
                ? EquatableArray<SchemaLocation>.Empty
                : composed.Properties[i].Described.Where(d => d.Pointer is not null).Select(d => new SchemaLocation(d.FilePath, d.Pointer!)).ToEquatableArray();
        }

        return new RecordComposition(location, new EquatableArray<PropertyModel>(properties), composed.Additional, composed.AdditionalType, composed.Base, composed.Inherited, new EquatableArray<EquatableArray<SchemaLocation>>(summaries));
    }

    /// <summary>
    /// A record composed from its branches, its bases composed first. Bases are followed at most 64 deep at a time, so that a long
    /// chain of them cannot overflow the compiler's stack: where the limit is reached, the attempt is dropped, that
    /// base is composed on its own first (it is then known), and the record again.
    /// </summary>
    private ComposedRecord? Compose(SchemaLocation location)
    {
        var pending = new List<SchemaLocation> { location };
        while (true)
        {
            var next = pending[pending.Count - 1];
            _tooDeep = null;
            var composed = ComposeAt(next, 0);
            if (_tooDeep is { } deep)
            {
                // Met again while it waits: a cycle longer than the limit, broken there.
                if (pending.Contains(deep))
                {
                    _cuts.Add(deep);
                }
                else
                {
                    pending.Add(deep);
                }

                continue;
            }

            pending.RemoveAt(pending.Count - 1);
            if (pending.Count == 0)
            {
                return composed;
            }
        }
    }

    private ComposedRecord? ComposeAt(SchemaLocation location, int depth)
    {
        if (_composed.TryGetValue(location, out var known))
        {
            return known;
        }

        if ((depth > 0 && _cuts.Contains(location)) || _registry.VisitAt(location) is not { } visit)
        {
            return null;
        }

        if (depth > SchemaRegistry.MaxReferenceDepth)
        {
            _tooDeep ??= location;
            return null;
        }

        _composed[location] = null;
        var typeName = _sites.TryGetValue(location, out var site) && site.Kind == TypeKind.Record ? site.Name : null;
        var composed = AllOfKeywords.TypedBranchCount(visit.Node) > 0
            ? Composed(location, visit, typeName, depth)
            : Plain(location, visit, typeName);
        if (_tooDeep is not null)
        {
            // Composed without a base beyond the limit: not kept, composed again once that base is known.
            _composed.Remove(location);
            return null;
        }

        _composed[location] = composed;
        return composed;
    }

    /// <summary>A schema without typed <c>allOf</c> branches: its own properties, as <see cref="TypeModelBuilder"/> reads them.</summary>
    private ComposedRecord Plain(SchemaLocation location, SchemaVisit visit, string? typeName)
    {
        var node = visit.Node;
        var composed = new ComposedRecord();
        foreach (var (item, at) in RequiredAt(location, node))
        {
            composed.Required.Add(item);
            composed.LocalRequired.Add((at, item));
        }

        composed.Properties.AddRange(RecordProperties.Read(node, location, visit.Dialect, _mapper, composed.Required));
        (composed.Additional, composed.AdditionalType) = RecordProperties.Additional(node, location, visit.Dialect, _mapper);
        composed.Open = composed.Additional == AdditionalPropertiesKind.Any && !Closes(node);
        composed.Exact = EvaluatesOnlyDeclared(node) && node["unevaluatedProperties"] is null or { Kind: JsonNodeKind.False };
        if (typeName is not null)
        {
            // The record's own model step reports its naming diagnostics.
            composed.NamedProperties = RecordProperties.Name(composed.Properties, typeName, Array.Empty<string>(), new List<DiagnosticInfo>());
        }

        return composed;
    }

    private ComposedRecord Composed(SchemaLocation location, SchemaVisit visit, string? typeName, int depth)
    {
        var node = visit.Node;
        var composed = new ComposedRecord();
        var where = Where(location);
        foreach (var (item, at) in RequiredAt(location, node))
        {
            composed.Required.Add(item);
            composed.LocalRequired.Add((at, item));
        }

        var sources = new List<Source>();
        var scalars = new List<(LocationInfo At, AllOfBranch Kind)>();
        var branches = AllOfKeywords.Branches(node)!.Items;
        for (var i = 0; i < branches.Count; i++)
        {
            var branch = branches[i];
            var branchLocation = new SchemaLocation(location.DocumentPath, JsonPointer.Append(JsonPointer.Append(location.Pointer, "allOf"), i));
            var kind = AllOfBranch.Classify(branchLocation, _registry.NodeAt, Target);
            switch (kind.Kind)
            {
                case AllOfBranchKind.Object when ComposeAt(kind.Target, depth + 1) is { } branchRecord:
                    var source = new Source(i, branch, kind.Target, branchRecord);
                    sources.Add(source);
                    composed.Required.UnionWith(branchRecord.Required);
                    if (!source.IsReference)
                    {
                        composed.LocalRequired.AddRange(branchRecord.LocalRequired);
                    }

                    break;
                case AllOfBranchKind.Constraint:
                    // {"required": [...]} beside the object branches: it requires their properties.
                    if (_registry.NodeAt(kind.Target) is { } constraint)
                    {
                        foreach (var (item, at) in RequiredAt(kind.Target, constraint))
                        {
                            composed.Required.Add(item);
                            if (!SchemaKeywords.HasRef(branch))
                            {
                                composed.LocalRequired.Add((at, item));
                            }
                        }
                    }

                    break;
                case AllOfBranchKind.Scalar:
                    scalars.Add((TypeAt(branchLocation, branch), kind));
                    break;
                case AllOfBranchKind.Unmodelled:
                    composed.Diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.UnsupportedFeature, LocationInfo.At(location.DocumentPath, branchLocation.Pointer, branch.Span),
                        $"An 'allOf' branch of this kind as a C# type (at {where}/allOf/{i})",
                        "the record has the other branches' properties, and validation checks this one"));
                    break;
            }
        }

        foreach (var (at, kind) in scalars)
        {
            composed.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.AllOfConflict, at,
                $"A branch of type {kind.JsonType ?? "other than object"} is combined with objects", where,
                "the record has the object branches' properties (no value can be valid)"));
        }

        var own = RecordProperties.Read(node, location, visit.Dialect, _mapper, composed.Required);
        if (typeName is not null && BaseOf(node, sources, own, composed) is { } baseSource)
        {
            Derive(composed, baseSource, sources, own, typeName, where, depth);
        }
        else
        {
            Merge(composed, sources, own, typeName, where, depth);
            var exact = EvaluatesOnlyDeclared(node) && sources.All(s => s.Record.Exact);
            composed.Exact = exact && node["unevaluatedProperties"] is null or { Kind: JsonNodeKind.False };
            (composed.Additional, composed.AdditionalType) = node["additionalProperties"] is not null
                ? RecordProperties.Additional(node, location, visit.Dialect, _mapper)
                : node["unevaluatedProperties"] is { Kind: JsonNodeKind.False } && exact
                    ? (AdditionalPropertiesKind.Forbidden, null)
                    : CombinedAdditional(sources);
            composed.Open = composed.Additional == AdditionalPropertiesKind.Any && !Closes(node) && sources.All(s => s.Record.Open);
        }

        if (typeName is not null)
        {
            ReportUndeclaredRequired(composed);
        }

        return composed;
    }

    /// <summary>Undeclared properties of the merged record: as a branch says, when they agree; any branch that forbids them wins.</summary>
    private static (AdditionalPropertiesKind, TypeRef?) CombinedAdditional(List<Source> sources)
    {
        TypeRef? typed = null;
        var disagree = false;
        foreach (var source in sources)
        {
            if (source.Record.Additional == AdditionalPropertiesKind.Forbidden)
            {
                return (AdditionalPropertiesKind.Forbidden, null);
            }

            if (source.Record.Additional == AdditionalPropertiesKind.Typed)
            {
                disagree |= typed is not null && typed != source.Record.AdditionalType;
                typed ??= source.Record.AdditionalType;
            }
        }

        return typed is not null && !disagree ? (AdditionalPropertiesKind.Typed, typed) : (AdditionalPropertiesKind.Any, null);
    }

    private void ReportUndeclaredRequired(ComposedRecord composed)
    {
        var declared = new HashSet<string>(composed.Properties.Select(d => d.JsonName), StringComparer.Ordinal);
        foreach (var (at, item) in composed.LocalRequired)
        {
            if (!declared.Contains(item))
            {
                composed.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RequiredPropertyNotDeclared, at, item));
            }
        }
    }

    /// <summary>Where a <c>$ref</c> leads (null when it cannot be resolved, or leads to a bundled metaschema).</summary>
    private SchemaLocation? Target(SchemaLocation location)
        => _reference(location).Target is { } target && !Metaschemas.IsBundled(target.DocumentPath) ? target : null;

    /// <summary>Keywords that close an object to properties no branch declares, or type them, beside <c>additionalProperties</c>.</summary>
    private static bool Closes(JsonNode node)
        => (node["unevaluatedProperties"] is { } unevaluated && unevaluated.Kind != JsonNodeKind.True && !(unevaluated.IsObject && unevaluated.Members.Count == 0))
            || node["patternProperties"] is not null;

    /// <summary>No keyword but <c>properties</c> evaluates properties (the schema's own <c>unevaluatedProperties</c> aside).</summary>
    private static bool EvaluatesOnlyDeclared(JsonNode node)
    {
        foreach (var keyword in new[] { "additionalProperties", "patternProperties", "if", "dependentSchemas", "dependencies", "anyOf", "oneOf" })
        {
            if (node[keyword] is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a branch says its type, for SCH018: its <c>type</c>, else its <c>$ref</c>, else the branch.</summary>
    private static LocationInfo TypeAt(SchemaLocation branchLocation, JsonNode branch)
    {
        foreach (var keyword in new[] { "type", "$ref", "enum" })
        {
            if (branch[keyword] is { } value)
            {
                return LocationInfo.At(branchLocation.DocumentPath, JsonPointer.Append(branchLocation.Pointer, keyword), value.Span);
            }
        }

        return LocationInfo.At(branchLocation.DocumentPath, branchLocation.Pointer, branch.Span);
    }

    /// <summary>The names <c>required</c> lists in the schema at <paramref name="location"/>, each with where it is written.</summary>
    private static IEnumerable<(string Name, LocationInfo At)> RequiredAt(SchemaLocation location, JsonNode schema)
    {
        if (schema.IsObject && schema["required"] is { IsArray: true } required)
        {
            var pointer = JsonPointer.Append(location.Pointer, "required");
            for (var i = 0; i < required.Items.Count; i++)
            {
                if (required.Items[i] is { IsString: true } item)
                {
                    yield return (item.Text!, LocationInfo.At(location.DocumentPath, JsonPointer.Append(pointer, i), item.Span));
                }
            }
        }
    }

    private string Where(SchemaLocation location)
    {
        var path = _registry.Document(location.DocumentPath)?.DisplayPath ?? location.DocumentPath;
        return location.Pointer.Length == 0 ? path : path + "#" + location.Pointer;
    }
}
