using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes the generated files: a type and the validation code of its schema into one file, and each namespace's
/// resolver. A part whose code cannot be written is left out and reported (SCH013); the rest of the file still is.
/// </summary>
internal static class SourceFileWriter
{
    /// <summary>The C# text of <paramref name="file"/> (null when nothing could be written), and what failed.</summary>
    public static Result<SourceText?> Write(SourceFile file)
    {
        SourceWriter? writer = null;
        var failures = new List<DiagnosticInfo>();
        // A plain record's validation members go into its own body (the other kinds get a partial declaration of them).
        var inRecord = file.Type is { Kind: TypeKind.Record } && file.Validator is { Kind: Model.Validation.ValidatorKind.Record };
        if (file.Type is { } model)
        {
            var subject = new StepSubject(model.SchemaFile, model.Namespace + "." + model.Name + " (" + model.SchemaFile + "#" + model.Pointer + ")", null);
            var type = StepRunner.Run(PipelineStep.EmitType, subject, null, () => Result.Of<SourceWriter?>(WriteType(model, inRecord)));
            writer = type.Value;
            failures.AddRange(type.Diagnostics);
        }

        inRecord &= writer is not null;

        if (file.Validator is { } validator)
        {
            var subject = new StepSubject(validator.SchemaFile, validator.Namespace + "." + validator.Name + " (" + validator.SchemaFile + "#" + validator.Pointer + ")", null);
            var (length, indentation) = writer is null ? (0, 0) : (writer.Length, writer.Indentation);
            var typeWriter = writer;
            var validation = StepRunner.Run(PipelineStep.EmitValidator, subject, typeWriter, () => Result.Of<SourceWriter?>(ValidatorEmitter.Write(validator, typeWriter, inRecord, file.Type is { } t ? t.Properties.Select(p => p.JsonName).ToList() : null)));
            if (!validation.Diagnostics.IsEmpty)
            {
                // The type's code stays as it was before the validation code began.
                writer?.Truncate(length, indentation);
                if (inRecord)
                {
                    // The record says it is validated: it still must, and says why it cannot (the diagnostic says more).
                    ValidatorEmitter.WriteUnavailable(writer!, validator);
                }

                failures.AddRange(validation.Diagnostics);
            }
            else
            {
                writer = validation.Value;
            }
        }

        return Result.Of<SourceText?>(writer?.Finish(), failures);
    }

    /// <summary>The resolver of a namespace, or nothing and SCH013.</summary>
    public static Result<SourceText?> Write(ResolverModel resolver)
        => StepRunner.Run(PipelineStep.EmitResolver, new StepSubject(resolver.Namespace, resolver.Namespace, null), null, () => Result.Of<SourceText?>(ResolverEmitter.Emit(resolver)));

    private static SourceWriter WriteType(TypeModel model, bool validated) => model.Kind switch
    {
        TypeKind.Enum => EnumEmitter.Write(model),
        TypeKind.Union => UnionEmitter.Write(model),
        TypeKind.Tuple => TupleEmitter.Write(model),
        TypeKind.MixedEnum => MixedEnumEmitter.Write(model),
        _ => RecordEmitter.Write(model, validated),
    };
}
