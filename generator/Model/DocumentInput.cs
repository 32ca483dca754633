using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model;

/// <summary>What the model step works from: a document, its slice of the graph, and the options.</summary>
/// <param name="Graph">Null when taking it from the graph failed (the Slice step reports why): nothing is built.</param>
internal sealed record DocumentInput(SchemaDocument Document, DocumentGraph? Graph, GeneratorOptions Options);

/// <summary>What the model step makes of a document: its types and its validation, each with what went wrong there.</summary>
internal sealed record DocumentModels(Diagnostics.Result<EquatableArray<TypeModel>> Types, Diagnostics.Result<EquatableArray<Validation.ValidatorModel>> Validators);
