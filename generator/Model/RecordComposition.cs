using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model;

/// <summary>
/// A record whose members come from its <c>allOf</c> branches, as the graph composed them (see
/// <see cref="Resolution.RecordComposer"/>): merged (every property declared here) or derived (a base record's
/// properties first, then the ones this record adds). It travels in the document's slice, so that a record is built
/// again when a base in another file changes, and only then.
/// </summary>
/// <param name="Schema">The record's schema.</param>
/// <param name="Properties">Every property, in the order they are written; the first <paramref name="InheritedCount"/> are the base's, without their docs (the base declares them).</param>
/// <param name="Base">The record this one derives from; null when merged.</param>
/// <param name="SummarySources">For each property, the property schemas its summary is taken from (the first with one
/// gives it). The graph is not built again when only descriptions change, so the summaries are read again from the
/// current text of these schemas (<see cref="Resolution.GraphRefresh"/>).</param>
internal sealed record RecordComposition(
    SchemaLocation Schema,
    EquatableArray<PropertyModel> Properties,
    AdditionalPropertiesKind AdditionalProperties,
    TypeRef? AdditionalPropertiesType,
    TypeRef? Base,
    int InheritedCount,
    EquatableArray<EquatableArray<SchemaLocation>> SummarySources = default);
