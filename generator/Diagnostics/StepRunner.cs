using System;
using Microsoft.CodeAnalysis;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Diagnostics;

/// <summary>
/// Runs the steps of the pipeline. A step that throws what it did not expect gives its fallback value and SCH013, which
/// names the step and its subject; the generator itself never throws, so that a bad schema cannot crash the compiler
/// (CS8785) and the other schemas still generate. Cancellation is not a failure: it goes through.
/// </summary>
internal static class StepRunner
{
    /// <summary>Runs a step whose value comes with its diagnostics; when it fails, <paramref name="fallback"/> and SCH013.</summary>
    public static Result<T> Run<T>(PipelineStep step, StepSubject subject, T fallback, Func<Result<T>> body)
        => Run(step, subject, body, failure => new Result<T>(fallback, new EquatableArray<DiagnosticInfo>(new[] { failure })));

    /// <summary>Runs a step whose value carries its own diagnostics; when it fails, what <paramref name="failed"/> makes of SCH013.</summary>
    public static T Run<T>(PipelineStep step, StepSubject subject, Func<T> body, Func<DiagnosticInfo, T> failed)
    {
        try
        {
            FaultInjection.Check(step.Name, subject.Key);
            return body();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return failed(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, subject.Location, step.Doing, subject.Display, e.GetType().Name + ": " + e.Message));
        }
    }

    /// <summary>Reports diagnostics; one that cannot be made into the compiler's own is reported as SCH013 instead.</summary>
    public static void Report(Action<Diagnostic> report, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var subject = new StepSubject(diagnostic.Location?.FilePath ?? "the project", diagnostic.Location?.FilePath ?? "the project", diagnostic.Location);
            report(Run(PipelineStep.Report(diagnostic.Id), subject, diagnostic.ToDiagnostic, failure => failure.ToDiagnostic()));
        }
    }
}
