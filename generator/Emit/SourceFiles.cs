using System.Collections.Generic;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Model.Validation;

namespace Schemata.Generator.Emit;

/// <summary>Pairs the types of a document with the validation code of their schemas, one file for each pair.</summary>
internal static class SourceFiles
{
    /// <summary>The files of one document: each type with the validator of the same schema, then the validators without a type.</summary>
    public static IEnumerable<SourceFile> Of(EquatableArray<TypeModel> types, EquatableArray<ValidatorModel> validators)
    {
        var byPointer = new Dictionary<string, ValidatorModel>(System.StringComparer.Ordinal);
        foreach (var validator in validators)
        {
            byPointer[validator.Pointer] = validator;
        }

        var paired = new HashSet<string>(System.StringComparer.Ordinal);
        var files = new List<SourceFile>(types.Count + validators.Count);
        foreach (var type in types)
        {
            if (byPointer.TryGetValue(type.Pointer, out var validator) && validator.Namespace == type.Namespace && paired.Add(type.Pointer))
            {
                files.Add(new SourceFile(type, validator));
            }
            else
            {
                files.Add(new SourceFile(type, null));
            }
        }

        foreach (var validator in validators)
        {
            if (!paired.Contains(validator.Pointer))
            {
                files.Add(new SourceFile(null, validator));
            }
        }

        return files;
    }
}
