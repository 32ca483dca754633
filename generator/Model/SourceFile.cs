using Schemata.Generator.Model.Validation;

namespace Schemata.Generator.Model;

/// <summary>
/// One generated file: a type and the validation code of its schema together, or either alone (the validation of a
/// schema that has no type of its own, or a type whose schema is not validated). One file per schema rather than one
/// for the type and one for its validation halves the files Roslyn keeps, and its bookkeeping of added files, which
/// every run pays for all of them (also for those it takes from its cache), grows faster than their number.
/// </summary>
internal sealed record SourceFile(TypeModel? Type, ValidatorModel? Validator)
{
    public string HintName => Type?.HintName ?? Validator!.HintName;

    /// <summary>
    /// The file name of a type (and of the validation of its schema). Roslyn refuses two files whose names differ only
    /// in case (CS8785, and then the compiler drops everything the generator made), so the namers keep these unique:
    /// names are unique per namespace ignoring case (<see cref="Naming.NameScope"/>), and a validator-only class never
    /// takes a name whose <see cref="ValidatorHintName"/> is a type's file name.
    /// </summary>
    public static string TypeHintName(string ns, string name) => ns + "." + name + ".g.cs";

    /// <summary>The file name of the validation of a schema that has no type of its own.</summary>
    public static string ValidatorHintName(string ns, string name) => ns + "." + name + ".Validation.g.cs";

    public string SchemaFile => Type?.SchemaFile ?? Validator!.SchemaFile;
}
