using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Emit;
using Schemata.Generator.Graph;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.OpenApi;
using Schemata.Generator.Reading;
using Schemata.Generator.Typing;
using Schemata.Generator.Validation;

namespace Schemata.Generator;

/// <summary>
/// Turns the JSON Schema files among a project's <c>AdditionalFiles</c> into C# types. This class only wires the
/// pipeline (docs/design.md); the work is done in the folders, one per stage. Every step runs through
/// <see cref="StepRunner"/>, which turns what the step did not expect into SCH013, so that a bad schema never crashes
/// the compiler (CS8785); diagnostics travel as data beside the values and are reported where the pipeline ends.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SchemataGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var readOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => StepRunner.Run(PipelineStep.Options, StepSubject.Project, GeneratorOptions.Default, () => Result.Of(OptionsReader.ReadGlobal(provider.GlobalOptions))))
            .WithTrackingName(TrackingNames.Options);
        var options = readOptions.Select(static (result, _) => result.Value);
        var readConsumer = context.CompilationProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => StepRunner.Run(PipelineStep.Consumer, StepSubject.Project, ConsumerInfo.Default, () => Result.Of(ConsumerReader.Read(pair.Left, pair.Right))))
            .WithTrackingName(TrackingNames.Consumer);
        var consumer = readConsumer.Select(static (result, _) => result.Value);

        // Every .json additional file is a schema or an OpenAPI document, and every .yaml/.yml one an OpenAPI document or a
        // file such documents refer to, unless its item says Schemata="false"; .json files that turn out not to be
        // schemas (stylecop.json, say) are reported and skipped. Parsing, the one expensive part of reading,
        // depends on the file alone: a new options provider (any option changed) parses nothing again.
        var files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || SchemaDocumentReader.IsYaml(file.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SchemaFileInput.From(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SchemaFiles)
            .Where(static file => !file.Value.Options.Excluded);
        var documents = files
            .Select(static (file, _) => StepRunner.Run(PipelineStep.ReadSchema, StepSubject.File(file.Value.Path, file.Value.DisplayPath), () => SchemaDocumentReader.Parse(file), failure => SchemaDocumentReader.Unparsed(file.Value, Single(failure))))
            .WithTrackingName(TrackingNames.ReadSchema)
            .Combine(options)
            .Select(static (pair, _) => StepRunner.Run(PipelineStep.Documents, StepSubject.File(pair.Left.Path, pair.Left.DisplayPath), () => OpenApiDocumentReader.Read(pair.Left, pair.Right), failure => SchemaDocumentReader.Unread(pair.Left, pair.Right, failure)))
            .WithTrackingName(TrackingNames.Documents);

        // Each document is walked once, on its own, for what resolution needs; the graph then never walks a tree.
        var indexes = documents
            .Select(static (document, cancellationToken) => StepRunner.Run(PipelineStep.IndexSchema, Subject(document), SchemaIndex.Empty(document.Path), () => Result.Of(SchemaIndexer.Index(document, cancellationToken))))
            .WithTrackingName(TrackingNames.IndexSchema);

        // The graph is built from what it reads of each document, which an edit that only moves text or changes a
        // description leaves equal: then it is not built again, and only the two cheap refresh steps below run.
        var graphInputs = documents
            .Select(static (document, _) => new GraphInput(document))
            .WithTrackingName(TrackingNames.GraphInputs);
        var allDocuments = documents.Collect();
        var graph = graphInputs.Collect()
            .Combine(indexes.Collect())
            .Combine(consumer)
            .Select(static (pair, cancellationToken) => StepRunner.Run(PipelineStep.Graph, StepSubject.AllSchemas, () => SchemaGraphBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken), failure => SchemaGraph.Empty(pair.Right).WithDiagnostic(failure)))
            .WithTrackingName(TrackingNames.Graph)
            .Combine(allDocuments)
            .Select(static (pair, _) => StepRunner.Run(PipelineStep.PlaceGraph, StepSubject.AllSchemas, () => GraphRefresh.Summaries(pair.Left, pair.Right), pair.Left.WithDiagnostic))
            .WithTrackingName(TrackingNames.PlaceGraph);
        var graphDiagnostics = graph
            .Combine(allDocuments)
            .Select(static (pair, _) => StepRunner.Run(PipelineStep.GraphDiagnostics, StepSubject.AllSchemas, pair.Left.Diagnostics, () => Result.Of(GraphRefresh.Diagnostics(pair.Left, pair.Right))))
            .WithTrackingName(TrackingNames.GraphDiagnostics);

        var inputs = documents
            .Combine(graph)
            .Combine(options)
            .Select(static (pair, _) => StepRunner.Run(PipelineStep.Slice, Subject(pair.Left.Left), new DocumentInput(pair.Left.Left, null, pair.Right), () => Result.Of(new DocumentInput(pair.Left.Left, pair.Left.Right.ForDocument(pair.Left.Left.Path), pair.Right))))
            .WithTrackingName(TrackingNames.Slice);

        // A document's types and its validation, planned apart (a failure in one never costs the other) in one step, so
        // that each type and the validation of its schema can go into one file.
        var models = inputs
            .Select(static (input, cancellationToken) => new DocumentModels(BuildTypes(input.Value, cancellationToken), BuildValidators(input.Value, cancellationToken)))
            .WithTrackingName(TrackingNames.BuildModels);
        var types = models
            .SelectMany(static (model, _) => model.Types.Value)
            .WithTrackingName(TrackingNames.Types);
        var sources = models
            .SelectMany(static (model, _) => SourceFiles.Of(model.Types.Value, model.Validators.Value))
            .WithTrackingName(TrackingNames.Files);

        // One resolver per namespace; it lists names only, so it is re-emitted only when types come or go.
        var resolvers = types
            .Select(static (type, _) => ResolverItem.Of(type))
            .Collect()
            .SelectMany(static (items, _) => ResolverGrouping.Group(items))
            .WithTrackingName(TrackingNames.Resolvers);

        // The bundled metaschemas that references reach get validation classes (always internal) and no types.
        var metaschemaValidators = graph
            .SelectMany(static (g, _) => g.Metaschemas)
            .Combine(graph)
            .Combine(options)
            .Select(static (pair, cancellationToken) => BuildValidators(new DocumentInput(pair.Left.Left, pair.Left.Right.ForDocument(pair.Left.Left.Path), pair.Right with { Internal = true }), cancellationToken))
            .SelectMany(static (model, _) => model.Value);

        var canEmit = consumer.Select(static (c, _) => c.CanCompileGeneratedCode);
        context.RegisterSourceOutput(sources.Combine(canEmit), static (spc, pair) => AddSource(spc, pair.Left.HintName, pair.Right, () => SourceFileWriter.Write(pair.Left)));
        context.RegisterSourceOutput(metaschemaValidators.Combine(canEmit), static (spc, pair) => AddSource(spc, pair.Left.HintName, pair.Right, () => SourceFileWriter.Write(new SourceFile(null, pair.Left))));
        context.RegisterSourceOutput(resolvers.Combine(canEmit), static (spc, pair) => AddSource(spc, pair.Left.HintName, pair.Right, () => SourceFileWriter.Write(pair.Left)));

        var hasSchemas = allDocuments.Select(static (all, _) => !all.IsEmpty);

        // The runtime's entry points (Order.FromJson, order.ToJson(), Order.Validate) are extension members: in scope
        // in every file of the project, as members of the types themselves would be.
        var hasSources = sources.Collect().Select(static (all, _) => !all.IsEmpty);
        context.RegisterSourceOutput(hasSources.Combine(canEmit), static (spc, pair) =>
        {
            if (pair.Left && pair.Right)
            {
                spc.AddSource("Schemata.GlobalUsings.g.cs", "// <auto-generated/>\nglobal using global::Schemata.Extensions;\n");
            }
        });
        context.RegisterSourceOutput(readOptions.Select(static (r, _) => r.Diagnostics), Report);
        context.RegisterSourceOutput(readConsumer.Select(static (r, _) => r.Diagnostics), Report);
        context.RegisterSourceOutput(consumer.Combine(hasSchemas).Select(static (pair, _) => ConsumerReader.Problems(pair.Left, pair.Right)), Report);
        context.RegisterSourceOutput(documents.Select(static (d, _) => d.Diagnostics), Report);
        context.RegisterSourceOutput(graphDiagnostics.Select(static (d, _) => d.Value), Report);
        context.RegisterSourceOutput(graphDiagnostics.Select(static (d, _) => d.Diagnostics), Report);
        context.RegisterSourceOutput(inputs.Select(static (i, _) => i.Diagnostics), Report);
        context.RegisterSourceOutput(models.Select(static (m, _) => m.Types.Diagnostics), Report);
        context.RegisterSourceOutput(models.Select(static (m, _) => m.Validators.Diagnostics), Report);
    }

    private static Result<EquatableArray<TypeModel>> BuildTypes(DocumentInput input, System.Threading.CancellationToken cancellationToken)
        => StepRunner.Run(PipelineStep.BuildModels, Subject(input.Document), EquatableArray<TypeModel>.Empty, () => TypeModelBuilder.Build(input, cancellationToken));

    private static Result<EquatableArray<ValidatorModel>> BuildValidators(DocumentInput input, System.Threading.CancellationToken cancellationToken)
        => StepRunner.Run(PipelineStep.BuildValidators, Subject(input.Document), EquatableArray<ValidatorModel>.Empty, () => ValidationPlanBuilder.Build(input, cancellationToken));

    private static StepSubject Subject(SchemaDocument document) => StepSubject.File(document.Path, document.DisplayPath);

    private static EquatableArray<DiagnosticInfo> Single(DiagnosticInfo diagnostic) => new(new[] { diagnostic });

    private static void AddSource(SourceProductionContext context, string hintName, bool canEmit, Func<Result<SourceText?>> write)
    {
        if (canEmit && write() is var file)
        {
            Report(context, file.Diagnostics);
            if (file.Value is { } text)
            {
                context.AddSource(hintName, text);
            }
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics) => StepRunner.Report(context.ReportDiagnostic, diagnostics);
}
