using System;
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
            .Select(static (provider, _) => OptionsReader.ReadGlobal(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var consumer = context.CompilationProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => ConsumerReader.Read(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Consumer);

        // Every .json additional file is a schema unless its item says Schemata="false"; files that turn out not
        // to be schemas (stylecop.json, say) are reported and skipped.
        var documents = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadDocument(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ReadSchema)
            .Where(static document => document is not null)
            .Select(static (document, _) => document!)
            .WithTrackingName(TrackingNames.Documents);

        var graph = documents.Collect()
            .Combine(consumer)
            .Select(static (pair, cancellationToken) => BuildGraph(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Graph);

        var models = documents
            .Combine(graph)
            .Combine(options)
            .Select(static (pair, _) => new DocumentInput(pair.Left.Left, pair.Left.Right.SliceFor(pair.Left.Left.Path), pair.Right))
            .WithTrackingName(TrackingNames.Slice)
            .Select(static (input, cancellationToken) => BuildModels(input, cancellationToken))
            .WithTrackingName(TrackingNames.BuildModels);

        var types = models
            .SelectMany(static (model, _) => model.Types)
            .WithTrackingName(TrackingNames.Types);

        // One resolver per namespace; it lists names only, so it is re-emitted only when types come or go.
        var resolvers = types
            .Select(static (type, _) => new ResolverItem(type.Namespace, type.Accessibility, new ResolverEntry(type.Name, type.Kind)))
            .Collect()
            .SelectMany(static (items, _) => GroupResolvers(items))
            .WithTrackingName(TrackingNames.Resolvers);

        var canEmit = consumer.Select(static (c, _) => c.HasRuntime && c.LanguageVersion >= ConsumerInfo.MinimumLanguageVersion);
        context.RegisterSourceOutput(types.Combine(canEmit), static (spc, pair) => EmitType(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(resolvers.Combine(canEmit), static (spc, pair) => EmitResolver(spc, pair.Left, pair.Right));

        context.RegisterSourceOutput(documents.Select(static (d, _) => d.Diagnostics), Report);
        context.RegisterSourceOutput(graph.Select(static (g, _) => g.Diagnostics), Report);
        context.RegisterSourceOutput(models.Select(static (m, _) => m.Diagnostics), Report);

        var hasSchemas = documents.Collect().Select(static (all, _) => !all.IsEmpty);
        context.RegisterSourceOutput(consumer.Combine(hasSchemas), static (spc, pair) => ReportConsumer(spc, pair.Left, pair.Right));
    }

    private static SchemaDocument? ReadDocument(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var global = OptionsReader.ReadGlobal(provider.GlobalOptions);
        try
        {
            var fileOptions = OptionsReader.ReadFile(provider.GetOptions(file));
            if (fileOptions.Excluded)
            {
                return null;
            }

            var text = file.GetText(cancellationToken)?.ToString();
            return SchemaDocumentReader.Read(file.Path, text, fileOptions, global);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(file.Path, SourceSpan.None), "reading", file.Path, Describe(e));
            return new SchemaDocument(file.Path, file.Path, PathHelpers.ToFileUri(file.Path), global.Namespace, null, global.DefaultDialect, null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    private static SchemaGraph BuildGraph(ImmutableArray<SchemaDocument> documents, ConsumerInfo consumer, CancellationToken cancellationToken)
    {
        try
        {
            return SchemaGraphBuilder.Build(documents, consumer, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "resolving references between", "all schema files", Describe(e));
            return new SchemaGraph(EquatableArray<TypeSite>.Empty, EquatableArray<ResolvedReference>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }), consumer);
        }
    }

    private static DocumentModel BuildModels(DocumentInput input, CancellationToken cancellationToken)
    {
        try
        {
            return TypeModelBuilder.Build(input.Document, input.Slice, input.Options, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(input.Document.Path, SourceSpan.None), "building the types of", input.Document.DisplayPath, Describe(e));
            return new DocumentModel(EquatableArray<TypeModel>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    private static void EmitType(SourceProductionContext context, TypeModel type, bool canEmit)
    {
        if (!canEmit)
        {
            return;
        }

        try
        {
            var source = type.Kind == TypeModelKind.Enum ? EnumEmitter.Emit(type) : RecordEmitter.Emit(type);
            context.AddSource(type.HintName, SourceText.From(source, Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "writing the C# code of", type.Namespace + "." + type.Name, Describe(e)).ToDiagnostic());
        }
    }

    private static void EmitResolver(SourceProductionContext context, ResolverModel model, bool canEmit)
    {
        if (!canEmit)
        {
            return;
        }

        try
        {
            context.AddSource(model.HintName, SourceText.From(ResolverEmitter.Emit(model), Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "writing the JSON resolver of", model.Namespace, Describe(e)).ToDiagnostic());
        }
    }

    private static ImmutableArray<ResolverModel> GroupResolvers(ImmutableArray<ResolverItem> items)
    {
        var result = ImmutableArray.CreateBuilder<ResolverModel>();
        foreach (var group in items.GroupBy(i => i.Namespace, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Internal when any type of the namespace is internal: a public resolver cannot expose internal types.
            var accessibility = group.Any(i => i.Accessibility == "internal") ? "internal" : "public";
            var entries = group.Select(i => i.Entry).OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray();
            result.Add(new ResolverModel(group.Key, accessibility, entries));
        }

        return result.ToImmutable();
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
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

    private static string Describe(Exception e) => e.GetType().Name + ": " + e.Message;

    /// <summary>The input of the per-document model step.</summary>
    private sealed record DocumentInput(SchemaDocument Document, GraphSlice Slice, GeneratorOptions Options);

    /// <summary>A generated type as its namespace's resolver sees it.</summary>
    private sealed record ResolverItem(string Namespace, string Accessibility, ResolverEntry Entry);
}
