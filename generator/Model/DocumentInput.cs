using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model;

/// <summary>What the model step works from: a document, its slice of the graph, and the options.</summary>
/// <param name="Slice">Null when taking the slice failed (the failure is reported by the slice step): nothing is built.</param>
internal sealed record DocumentInput(SchemaDocument Document, GraphSlice? Slice, GeneratorOptions Options);

/// <summary>What the model step makes of a document: its types and its validation, each with what went wrong there.</summary>
internal sealed record DocumentModels(Diagnostics.Result<EquatableArray<TypeModel>> Types, Diagnostics.Result<EquatableArray<Validation.ValidatorModel>> Validators);
