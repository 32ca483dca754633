using System;
using System.Collections.Generic;
using System.Linq;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator.Typing.AllOf;

internal sealed partial class RecordComposer
{
    /// <summary>
    /// The branch a record can derive from, or null when it must merge. Inheritance is sound only when an instance
    /// of the derived record is one of its base in every respect, so all of these must hold:
    /// <list type="number">
    /// <item>exactly one branch is a reference, and it leads to a schema with a record of its own (the base);</item>
    /// <item>the other object branches are inline schemas without an <c>allOf</c> of their own: they only add properties;</item>
    /// <item>no property of the base is declared again (a second declaration could narrow its type);</item>
    /// <item><c>required</c> does not make an optional property of the base required;</item>
    /// <item>the base is open: undeclared properties allowed and untyped (no <c>additionalProperties</c> schema or
    /// <c>false</c>, no <c>unevaluatedProperties</c>, no <c>patternProperties</c>), and so are the record and its
    /// inline branches, since the derived record keeps the base's <c>AdditionalProperties</c>.</item>
    /// </list>
    /// A reference back to the record itself is a cycle and never a base, and a base that is itself 64 levels deep
    /// is not derived from again (the compiler would have to walk the whole chain; README: Limits).
    /// </summary>
    private Source? BaseOf(JsonNode node, List<Source> sources, List<DeclaredProperty> own, ComposedRecord composed)
    {
        var references = sources.Where(s => s.IsReference).ToList();
        if (references.Count != 1)
        {
            return null;
        }

        var candidate = references[0];
        if (!_sites.TryGetValue(candidate.Target, out var site) || site.Kind != TypeKind.Record
            || candidate.Record.NamedProperties is null || !candidate.Record.Open || !IsOpen(node)
            || candidate.Record.Depth >= SchemaRegistry.MaxReferenceDepth)
        {
            return null;
        }

        var added = new HashSet<string>(own.Select(d => d.JsonName), StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (source == candidate)
            {
                continue;
            }

            if (AllOfKeywords.Branches(source.Branch) is not null || !IsOpen(source.Branch))
            {
                return null;
            }

            added.UnionWith(source.Record.Properties.Select(d => d.JsonName));
        }

        foreach (var inherited in candidate.Record.Properties)
        {
            if (added.Contains(inherited.JsonName) || (!inherited.IsRequired && composed.Required.Contains(inherited.JsonName)))
            {
                return null;
            }
        }

        return candidate;
    }

    /// <summary>Undeclared properties are allowed, of any type, and nothing else closes the object.</summary>
    private static bool IsOpen(JsonNode node)
        => node["additionalProperties"] is null or { Kind: JsonNodeKind.True } && !Closes(node);

    /// <summary>
    /// Reports the branches of an <c>allOf</c> that has no record when no value can fit them all: an object and a
    /// string, a string and an integer (SCH018). True when it reported something.
    /// </summary>
    private bool ReportConflicts(SchemaLocation location, List<DiagnosticInfo> diagnostics)
    {
        if (_registry.NodeAt(location) is not { } node || AllOfKeywords.Branches(node) is not { } branches)
        {
            return false;
        }

        var own = node["type"] is { } typeNode ? AllOfKeywords.ScalarType(node) : null;
        var kinds = new List<(string Type, LocationInfo At)>();
        if (own is not null)
        {
            kinds.Add((own, LocationInfo.At(location.DocumentPath, JsonPointer.Append(location.Pointer, "type"), node["type"]!.Span)));
        }

        for (var i = 0; i < branches.Items.Count; i++)
        {
            var branch = branches.Items[i];
            if (!UnionKeywords.IsTypedBranch(branch))
            {
                continue;
            }

            var branchLocation = new SchemaLocation(location.DocumentPath, JsonPointer.Append(JsonPointer.Append(location.Pointer, "allOf"), i));
            var kind = AllOfBranch.Classify(branchLocation, _registry.NodeAt, Target);
            if (kind.Kind == AllOfBranchKind.Object)
            {
                kinds.Add(("object", TypeAt(branchLocation, branch)));
            }
            else if (kind.Kind == AllOfBranchKind.Scalar && kind.JsonType is { } type)
            {
                kinds.Add((type, TypeAt(branchLocation, branch)));
            }
        }

        var reported = false;
        for (var i = 1; i < kinds.Count; i++)
        {
            if (!Compatible(kinds[0].Type, kinds[i].Type))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.AllOfConflict, kinds[i].At,
                    $"A branch of type {kinds[i].Type} is combined with one of type {kinds[0].Type}", Where(location),
                    own is not null ? "the C# type follows the schema's own 'type'" : "the schema is typed as JsonElement"));
                reported = true;
            }
        }

        return reported;
    }

    /// <summary>Two JSON types some value has at once: the same, or integer and number.</summary>
    private static bool Compatible(string a, string b)
        => a == b || (a is "integer" or "number" && b is "integer" or "number");
}
