using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Emit;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Reading;
using Schemata.Generator.Resolution;

namespace Schemata.Generator;

/// <summary>
/// Turns the JSON Schema files among a project's <c>AdditionalFiles</c> into C# types. This class only wires the
/// pipeline; each step lives in its own folder (Reading, Resolution, Model, Emit). Every step catches what it
/// did not expect and turns it into a diagnostic, so that a bad schema never crashes the compiler (CS8785).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SchemataGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider))
            .WithTrackingName(TrackingNames.Options);

        var consumer = context.CompilationProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => ReadConsumer(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Consumer);
        context.RegisterSourceOutput(options.Select(static (o, _) => o.Failure), static (spc, failure) => ReportFailure(spc, "reading the MSBuild options of", failure));
        context.RegisterSourceOutput(consumer.Select(static (c, _) => c.Failure), static (spc, failure) => ReportFailure(spc, "inspecting", failure));

        // Every .json additional file is a schema unless its item says Schemata="false"; files that turn out not
        // to be schemas (stylecop.json, say) are reported and skipped. Parsing, the one expensive part of reading,
        // depends on the file's text alone: a new options provider (any option changed) parses nothing again.
        var files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SchemaFileInput.From(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SchemaFiles)
            .Where(static file => !file.Options.Excluded);

        var documents = files
            .Select(static (file, cancellationToken) => Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.ReadSchema)
            .Combine(options)
            .Select(static (pair, _) => ReadDocument(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Documents);

        // Each document is walked once, on its own, for what resolution needs; the graph then never walks a tree.
        var indexes = documents
            .Select(static (document, cancellationToken) => IndexDocument(document, cancellationToken))
            .WithTrackingName(TrackingNames.IndexSchema);

        // The graph is built from what it reads of each document, which an edit that only moves text or changes a
        // description leaves equal: then it is not built again, and only the two cheap placement steps below run.
        var graphInputs = documents
            .Select(static (document, _) => new GraphInput(document))
            .WithTrackingName(TrackingNames.GraphInputs);
        var allDocuments = documents.Collect();
        var resolved = graphInputs.Collect()
            .Combine(indexes.Collect())
            .Combine(consumer)
            .Select(static (pair, cancellationToken) => BuildGraph(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Graph);
        var graph = resolved
            .Combine(allDocuments)
            .Select(static (pair, _) => Place(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.PlaceGraph);
        var graphDiagnostics = graph
            .Combine(allDocuments)
            .Select(static (pair, _) => PlaceDiagnostics(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.GraphDiagnostics);

        var inputs = documents
            .Combine(graph)
            .Combine(options)
            .Select(static (pair, _) => Slice(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Slice);

        // A document's types and its validation, planned apart (a failure in one never costs the other) in one step, so
        // that each type and the validation of its schema can go into one file.
        var models = inputs
            .Select(static (input, cancellationToken) => new DocumentOutput(BuildModels(input, cancellationToken), BuildValidators(input, cancellationToken)))
            .WithTrackingName(TrackingNames.BuildModels);

        var types = models
            .SelectMany(static (model, _) => model.Types.Types)
            .WithTrackingName(TrackingNames.Types);

        var sources = models
            .SelectMany(static (model, _) => SourceFile.Of(model.Types.Types, model.Validation.Validators))
            .WithTrackingName(TrackingNames.Files);

        // One resolver per namespace; it lists names only, so it is re-emitted only when types come or go.
        var resolvers = types
            .Select(static (type, _) => new ResolverItem(type.Namespace, type.Accessibility, new ResolverEntry(type.Name, type.Kind)))
            .Collect()
            .SelectMany(static (items, _) => GroupResolvers(items))
            .WithTrackingName(TrackingNames.Resolvers);

        var canEmit = consumer.Select(static (c, _) => c.HasRuntime && c.LanguageVersion >= ConsumerInfo.MinimumLanguageVersion);
        context.RegisterSourceOutput(sources.Combine(canEmit), static (spc, pair) => Emit(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(resolvers.Combine(canEmit), static (spc, pair) => EmitResolver(spc, pair.Left, pair.Right));

        context.RegisterSourceOutput(documents.Select(static (d, _) => d.Diagnostics), Report);
        context.RegisterSourceOutput(graphDiagnostics, Report);
        context.RegisterSourceOutput(models.Select(static (m, _) => m.Types.Diagnostics), Report);
        context.RegisterSourceOutput(models.Select(static (m, _) => m.Validation.Diagnostics), Report);

        // The bundled metaschemas that references reach get validation classes (always internal) and no types.
        var metaschemaValidators = graph
            .SelectMany(static (g, _) => g.Metaschemas)
            .Combine(graph)
            .Combine(options)
            .Select(static (pair, cancellationToken) => BuildValidators(
                new DocumentInput(pair.Left.Left, pair.Left.Right.SliceFor(pair.Left.Left.Path), pair.Right with { Internal = true }, null),
                cancellationToken))
            .SelectMany(static (model, _) => model.Validators);
        context.RegisterSourceOutput(metaschemaValidators.Combine(canEmit), static (spc, pair) => Emit(spc, new SourceFile(null, pair.Left), pair.Right));

        var hasSchemas = allDocuments.Select(static (all, _) => !all.IsEmpty);
        context.RegisterSourceOutput(consumer.Combine(hasSchemas), static (spc, pair) => ReportConsumer(spc, pair.Left, pair.Right));
    }

    /// <summary>The project's options; if reading them fails, the defaults, and the failure is reported (SCH013).</summary>
    private static GeneratorOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider)
    {
        try
        {
            FaultInjection.Check(TrackingNames.Options, "the project");
            return OptionsReader.ReadGlobal(provider.GlobalOptions);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new GeneratorOptions(GeneratorOptions.DefaultNamespace, null, false, SchemaDialect.Draft202012, Failure: Describe(e));
        }
    }

    /// <summary>What the compilation offers; if inspecting it fails, what a C# 11, .NET 8 project offers, and the failure is reported.</summary>
    private static ConsumerInfo ReadConsumer(Compilation compilation, ParseOptions parseOptions)
    {
        try
        {
            FaultInjection.Check(TrackingNames.Consumer, "the project");
            return ConsumerReader.Read(compilation, parseOptions);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ConsumerInfo(ConsumerInfo.MinimumLanguageVersion, true, true, true, Describe(e));
        }
    }

    private static void ReportFailure(SourceProductionContext context, string step, string? failure)
    {
        if (failure is not null)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, step, "the project", failure).ToDiagnostic());
        }
    }

    internal static ParsedSchema Parse(SchemaFileInput file, CancellationToken cancellationToken)
    {
        if (file.Failure is not null)
        {
            return new ParsedSchema(file.Path, file.Options, null, EquatableArray<JsonReadProblem>.Empty, false, file.Failure);
        }

        try
        {
            FaultInjection.Check(TrackingNames.ReadSchema, file.Path);
            return SchemaDocumentReader.Parse(file.Path, file.Options, file.Text?.ToString());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParsedSchema(file.Path, file.Options, null, EquatableArray<JsonReadProblem>.Empty, false, Describe(e));
        }
    }

    internal static SchemaDocument ReadDocument(ParsedSchema parsed, GeneratorOptions options)
    {
        try
        {
            FaultInjection.Check(TrackingNames.Documents, parsed.Path);
            return SchemaDocumentReader.Read(parsed, options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(parsed.Path, SourceSpan.None), "reading", PathHelpers.Relative(parsed.Path, options.ProjectDirectory), Describe(e));
            return new SchemaDocument(parsed.Path, parsed.Path, PathHelpers.ToFileUri(parsed.Path), options.Namespace, null, options.DefaultDialect, null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    internal static IndexResult IndexDocument(SchemaDocument document, CancellationToken cancellationToken)
    {
        try
        {
            FaultInjection.Check(TrackingNames.IndexSchema, document.Path);
            return new IndexResult(SchemaIndexer.Index(document, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(document.Path, SourceSpan.None), "indexing", document.DisplayPath, Describe(e));
            return new IndexResult(SchemaIndex.Empty(document.Path), diagnostic);
        }
    }

    internal static SchemaGraph BuildGraph(ImmutableArray<GraphInput> inputs, ImmutableArray<IndexResult> indexes, ConsumerInfo consumer, CancellationToken cancellationToken)
    {
        try
        {
            FaultInjection.Check(TrackingNames.Graph, "all schema files");
            var failures = new List<DiagnosticInfo>();
            var list = new List<SchemaIndex>(indexes.Length);
            foreach (var result in indexes)
            {
                list.Add(result.Index);
                if (result.Failure is { } failure)
                {
                    failures.Add(failure);
                }
            }

            var documents = new List<SchemaDocument>(inputs.Length);
            foreach (var input in inputs)
            {
                documents.Add(input.Document);
            }

            var graph = SchemaGraphBuilder.Build(documents, list, consumer, cancellationToken);
            return failures.Count == 0 ? graph : graph.WithDiagnostics(failures);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "resolving references between", "all schema files", Describe(e));
            return new SchemaGraph(EquatableArray<TypeSite>.Empty, EquatableArray<ResolvedReference>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }), consumer);
        }
    }

    /// <summary>The graph with what it copied from descriptions read again from the current documents.</summary>
    private static SchemaGraph Place(SchemaGraph graph, ImmutableArray<SchemaDocument> documents)
    {
        try
        {
            FaultInjection.Check(TrackingNames.PlaceGraph, "all schema files");
            return GraphPlacement.Summaries(graph, documents);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The summaries stay as the graph made them; the failure is reported with the graph's diagnostics.
            return graph.WithDiagnostics(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "reading the property summaries of", "all schema files", Describe(e)) });
        }
    }

    /// <summary>The graph's diagnostics, pointing where their subjects are in the current documents.</summary>
    private static EquatableArray<DiagnosticInfo> PlaceDiagnostics(SchemaGraph graph, ImmutableArray<SchemaDocument> documents)
    {
        try
        {
            FaultInjection.Check(TrackingNames.GraphDiagnostics, "all schema files");
            return GraphPlacement.Diagnostics(graph, documents);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "placing the diagnostics of", "all schema files", Describe(e));
            return new EquatableArray<DiagnosticInfo>(new List<DiagnosticInfo>(graph.Diagnostics) { failure }.ToArray());
        }
    }

    internal static DocumentInput Slice(SchemaDocument document, SchemaGraph graph, GeneratorOptions options)
    {
        try
        {
            FaultInjection.Check(TrackingNames.Slice, document.Path);
            return new DocumentInput(document, graph.SliceFor(document.Path), options, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Reported once, by the model step; the validation step then plans nothing for the document.
            return new DocumentInput(document, null, options, Describe(e));
        }
    }

    internal static DocumentModel BuildModels(DocumentInput input, CancellationToken cancellationToken)
    {
        if (input.Slice is null)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(input.Document.Path, SourceSpan.None), "taking the references and names of", input.Document.DisplayPath, input.Failure ?? "no slice of the graph");
            return new DocumentModel(EquatableArray<TypeModel>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure }));
        }

        try
        {
            FaultInjection.Check(TrackingNames.BuildModels, input.Document.Path);
            return TypeModelBuilder.Build(input.Document, input.Slice, input.Options, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(input.Document.Path, SourceSpan.None), "building the types of", input.Document.DisplayPath, Describe(e));
            return new DocumentModel(EquatableArray<TypeModel>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    internal static ValidationDocumentModel BuildValidators(DocumentInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
        if (input.Slice is null || !input.Options.Validation)
        {
            return new ValidationDocumentModel(EquatableArray<ValidatorModel>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        try
        {
            FaultInjection.Check(PlanValidationStep, input.Document.Path);
            var validators = ValidationPlanBuilder.Build(input.Document, input.Slice, input.Options, diagnostics, cancellationToken);
            return new ValidationDocumentModel(validators, diagnostics.ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(input.Document.Path, SourceSpan.None), "planning the validation of", input.Document.DisplayPath, Describe(e)));
            return new ValidationDocumentModel(EquatableArray<ValidatorModel>.Empty, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>Writes a type and the validation of its schema into one file; when one of them fails, the other is still written.</summary>
    private static void Emit(SourceProductionContext context, SourceFile file, bool canEmit)
    {
        if (!canEmit)
        {
            return;
        }

        if (Write(file, context.ReportDiagnostic) is { } text)
        {
            context.AddSource(file.HintName, text);
        }
    }

    /// <summary>The C# text of <paramref name="file"/>, null when nothing could be written; failures go to <paramref name="report"/>.</summary>
    internal static SourceText? Write(SourceFile file, Action<Diagnostic> report)
    {
        SourceWriter? writer = null;
        if (file.Type is { } model)
        {
            try
            {
                FaultInjection.Check(EmitTypeStep, model.SchemaFile);
                writer = model.Kind switch
                {
                    TypeModelKind.Enum => EnumEmitter.Write(model),
                    TypeModelKind.Union => UnionEmitter.Write(model),
                    TypeModelKind.Tuple => TupleEmitter.Write(model),
                    TypeModelKind.MixedEnum => MixedEnumEmitter.Write(model),
                    _ => RecordEmitter.Write(model),
                };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                report(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "writing the C# code of", model.Namespace + "." + model.Name + " (" + model.SchemaFile + "#" + model.Pointer + ")", Describe(e)).ToDiagnostic());
            }
        }

        if (file.Validator is { } validator)
        {
            var (length, indentation) = writer is null ? (0, 0) : (writer.Length, writer.Indentation);
            try
            {
                FaultInjection.Check(EmitValidatorStep, validator.SchemaFile);
                writer = ValidatorEmitter.Write(validator, writer);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The type's code stays as it was before the validation code began.
                writer?.Truncate(length, indentation);
                report(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "writing the validation code of", validator.Namespace + "." + validator.Name + " (" + validator.SchemaFile + "#" + validator.Pointer + ")", Describe(e)).ToDiagnostic());
            }
        }

        return writer?.Finish();
    }

    private static void EmitResolver(SourceProductionContext context, ResolverModel model, bool canEmit)
    {
        if (!canEmit)
        {
            return;
        }

        try
        {
            FaultInjection.Check(EmitResolverStep, model.Namespace);
            context.AddSource(model.HintName, ResolverEmitter.Emit(model));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "writing the JSON resolver of", model.Namespace, Describe(e)).ToDiagnostic());
        }
    }

    private static ImmutableArray<ResolverModel> GroupResolvers(ImmutableArray<ResolverItem> items)
    {
        var result = ImmutableArray.CreateBuilder<ResolverModel>();
        var sameIgnoringCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in items.GroupBy(i => i.Namespace, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Internal when any type of the namespace is internal: a public resolver cannot expose internal types.
            var accessibility = group.Any(i => i.Accessibility == "internal") ? "internal" : "public";
            var entries = group.Select(i => i.Entry).OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray();
            var index = sameIgnoringCase.TryGetValue(group.Key, out var n) ? n : 0;
            sameIgnoringCase[group.Key] = index + 1;
            result.Add(new ResolverModel(group.Key, ResolverModel.FileName(group.Key, index), accessibility, entries));
        }

        return result.ToImmutable();
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Diagnostic reported;
            try
            {
                reported = diagnostic.ToDiagnostic();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                reported = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, diagnostic.Location, "reporting " + diagnostic.Id + " for", diagnostic.Location?.FilePath ?? "the project", Describe(e)).ToDiagnostic();
            }

            context.ReportDiagnostic(reported);
        }
    }

    private static void ReportConsumer(SourceProductionContext context, ConsumerInfo consumer, bool hasSchemas)
    {
        if (!hasSchemas)
        {
            return;
        }

        if (consumer.LanguageVersion < ConsumerInfo.MinimumLanguageVersion)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, null, ConsumerReader.DisplayVersion(consumer.LanguageVersion)).ToDiagnostic());
        }

        if (!consumer.HasRuntime)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.MissingRuntime, null, ConsumerReader.RuntimeMarkerType).ToDiagnostic());
        }
    }

    // The names FaultInjection knows the output steps by (the others are their tracking names).
    internal const string PlanValidationStep = "BuildValidators";
    internal const string EmitTypeStep = "EmitType";
    internal const string EmitValidatorStep = "EmitValidator";
    internal const string EmitResolverStep = "EmitResolver";

    private static string Describe(Exception e) => e.GetType().Name + ": " + e.Message;

    /// <summary>A document's index, or what went wrong while making it.</summary>
    internal sealed record IndexResult(SchemaIndex Index, DiagnosticInfo? Failure);

    /// <summary>The input of the per-document model step.</summary>
    /// <remarks><see cref="Slice"/> is null, and <see cref="Failure"/> says why, when taking the slice failed.</remarks>
    internal sealed record DocumentInput(SchemaDocument Document, GraphSlice? Slice, GeneratorOptions Options, string? Failure);

    /// <summary>What the model step makes of a document: its types and its validation.</summary>
    private sealed record DocumentOutput(DocumentModel Types, ValidationDocumentModel Validation);

    /// <summary>A generated type as its namespace's resolver sees it.</summary>
    private sealed record ResolverItem(string Namespace, string Accessibility, ResolverEntry Entry);
}
