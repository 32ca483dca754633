using System.Collections.Generic;
using System.Linq;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model.Validation;
using Schemata.Generator.Validation;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes the validation code of one type (<c>&lt;Type&gt;.Validation.g.cs</c>): the public <c>Validate</c> methods and
/// one method per schema the type owns. Each schema method checks its keywords in C#; it runs in two modes decided
/// by the context: fast (stop at the first failure, track nothing, allocate nothing) and collecting (record every
/// error with its locations), so that a valid value costs only the checks.
/// </summary>
internal static partial class ValidatorEmitter
{
    public const string Element = GeneratedCode.Json + "JsonElement";
    public const string Kind = GeneratedCode.Json + "JsonValueKind";
    public const string Context = "Schemata::SchemaValidationContext";
    public const string Result = "Schemata::SchemaValidationResult";

    /// <summary>
    /// The validation code, after its type's code in <paramref name="into"/> (same file, same namespace), or in a file of
    /// its own when that is null. <paramref name="inRecord"/>: <paramref name="into"/> ends inside the record's own body,
    /// which already names <c>ISchemaValidated</c>; the members go there and close it.
    /// </summary>
    public static SourceWriter Write(ValidatorModel model, SourceWriter? into, bool inRecord = false, IReadOnlyList<string>? recordNames = null)
    {
        var writer = into ?? new SourceWriter();
        if (into is null)
        {
            GeneratedCode.WriteHeader(writer, model.Namespace);
        }
        else
        {
            writer.Line();
        }

        switch (model.Kind)
        {
            case ValidatorKind.Record when inRecord:
                break;
            case ValidatorKind.Record:
                writer.Line($"{model.Accessibility} partial record {model.Name} : Schemata::ISchemaValidated<{model.Name}>");
                break;
            case ValidatorKind.EnumCompanion:
                // Not API: an enum is one public type. Its schema is checked where records use it, and by an internal
                // Validate for code of the same project.
                WriteAttributes(writer, model);
                writer.Line($"internal sealed partial class {model.Name} : Schemata::ISchemaValidated<{model.Name}>");
                break;
            default:
                // A class of no instances that validates, so that its own check is the interface's, as a record's is.
                writer.Line($"/// <summary>Validation of JSON values against the schema at <c>{DocText(model.SchemaFile + (model.Pointer.Length == 0 ? string.Empty : "#" + model.Pointer))}</c>.</summary>");
                WriteAttributes(writer, model);
                writer.Line($"{model.Accessibility} sealed partial class {model.Name} : Schemata::ISchemaValidated<{model.Name}>");
                break;
        }

        if (!inRecord)
        {
            writer.OpenBrace();
        }

        WriteEntryPoints(writer, model);

        // The checks go into a class of this file only, so that none of their members shows on the type, not even in
        // a user's own partial declaration of it; the type forwards its explicit Evaluate to them.
        var checks = new SourceWriter();
        checks.Indentation = writer.Indentation;
        if (model.Schemas.Count > 1)
        {
            checks.Line($"private const string {SchemaFileConstant} = {GeneratedCode.Literal(model.SchemaFile)};");
        }

        WriteFields(checks, model);
        string? forward = null;
        var exports = new List<string>();
        for (var index = 0; index < model.Schemas.Count; index++)
        {
            if (checks.Length != 0)
            {
                checks.Line();
            }

            var method = new MethodWriter(checks, model, model.Schemas[index], index, inRecord ? recordNames : null);
            method.Write();
            forward ??= method.Forward;
            if (model.Schemas[index].Shared)
            {
                exports.Add(model.Schemas[index].Method);
            }
        }

        if (model.Kind == ValidatorKind.SchemaClass)
        {
            writer.Line();
        }

        writer.Line($"static bool Schemata::ISchemaValidated<{model.Name}>.Evaluate({Element} i, {Context} c, int p, int q) => {forward ?? throw new System.InvalidOperationException("No schema of " + model.Name + " is its own.")};");

        if (exports.Count > 0)
        {
            // The subschemas that other classes call ($ref targets), by name, for the runtime's SchemaOf<T>.Subschema.
            var arms = string.Concat(exports.Select(e => $"{GeneratedCode.Literal(e)} => {ChecksClass(model)}.{e}, "));
            writer.Line($"static Schemata::SchemaMethod? Schemata::ISchemaValidated<{model.Name}>.Subschema(string name) => name switch {{ {arms}_ => null }};");
        }

        writer.CloseBrace();
        writer.Line();
        writer.Line($"file static class {ChecksClass(model)}");
        writer.OpenBrace();
        writer.Append(checks);
        writer.CloseBrace();
        checks.Release();
        return writer;
    }

    /// <summary>
    /// The class of a generated file that holds its type's checks: <c>file</c>-local, so that nothing outside the file
    /// sees it, and "_" and the type's name, which is unique in its namespace. (One name for all files would do too, but
    /// the compiler then finds every file's class on each lookup of it: 3–4 s more of the compiler's 14–16 s on the 720
    /// Stytch schemas, measured side by side.) It can be neither one of its members (they start with "__" and a letter)
    /// nor a type named from a schema (those start with a letter, or with "_" and a digit).
    /// </summary>
    internal static string ChecksClass(ValidatorModel model) => "_" + model.Name.TrimStart('@');

    /// <summary>
    /// When a record's validation code could not be written (SCH013 says why): the interface it names is still
    /// implemented, so that the file compiles, and a call says what happened instead of passing every value.
    /// </summary>
    public static void WriteUnavailable(SourceWriter writer, ValidatorModel model)
    {
        writer.Line();
        writer.Line($"static bool Schemata::ISchemaValidated<{model.Name}>.Evaluate({Element} i, {Context} c, int p, int q) => throw new global::System.NotSupportedException({GeneratedCode.Literal("The validation code of " + model.Name + " could not be generated: see the build's SCH013 error.")});");
        writer.CloseBrace();
    }

    private static void WriteAttributes(SourceWriter writer, ValidatorModel model)
    {
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"[Schemata::SchemaSource({GeneratedCode.Literal(model.SchemaFile)}, {GeneratedCode.Literal(model.Pointer)})]");
    }

    private const string SchemaFileConstant = "__SchemaFile";

    /// <summary>How the schemas' sites name their file: a constant when there are several, else the literal itself.</summary>
    private static string SchemaFileOf(ValidatorModel model)
        => model.Schemas.Count > 1 ? SchemaFileConstant : GeneratedCode.Literal(model.SchemaFile);

    private static void WriteEntryPoints(SourceWriter writer, ValidatorModel model)
    {
        var what = model.Kind == ValidatorKind.SchemaClass
            ? $"the schema at <c>{DocText(model.SchemaFile + (model.Pointer.Length == 0 ? string.Empty : "#" + model.Pointer))}</c>"
            : $"the schema of <see cref=\"{model.TypeName}\"/>";
        var resource = model.RootResource is null ? "null" : GeneratedCode.Literal(model.RootResource);

        // The entry points are the runtime's (JsonModel.Validate), through the interface, whose explicit Evaluate (written
        // after these) forwards to the checks class.
        if (model.RootResource is not null)
        {
            writer.Line($"static string? Schemata::ISchemaValidated<{model.Name}>.SchemaResource => {resource};");
        }

        if (model.Kind == ValidatorKind.Record)
        {
            return;
        }

        writer.Line($"private {model.Name}() {{ }}");
        var validate = $"Schemata::Extensions.JsonModel.Validate<{model.Name}>";
        if (model.Kind == ValidatorKind.EnumCompanion)
        {
            writer.Line($"internal static {Result} Validate({Element} instance) => {validate}(instance);");
            return;
        }

        writer.Line();
        writer.Line($"/// <summary>Validates a JSON value against {what}.</summary>");
        writer.Line($"public static {Result} Validate({Element} instance) => {validate}(instance);");
        writer.Line();
        writer.Line($"/// <summary>Validates UTF-8 JSON text against {what}.</summary>");
        writer.Line($"public static {Result} Validate(global::System.ReadOnlyMemory<byte> utf8Json) => {validate}(utf8Json);");
        writer.Line();
        writer.Line($"/// <summary>Validates JSON text against {what}.</summary>");
        writer.Line($"public static {Result} Validate(string json) => {validate}(json);");
    }

    private static void WriteFields(SourceWriter writer, ValidatorModel model)
    {
        for (var i = 0; i < model.Regexes.Count; i++)
        {
            writer.Line();
            writer.Line($"private static global::System.Text.RegularExpressions.Regex? __r{i};");
            writer.Line();
            writer.Line($"private static global::System.Text.RegularExpressions.Regex __R{i} => __r{i} ??= Schemata::SchemaRegex.Create({GeneratedCode.Literal(model.Regexes[i])});");
        }
    }

    /// <summary>Text for inside an XML doc element.</summary>
    internal static string DocText(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    // Control characters and lone surrogates cannot be in XML, and line breaks would end the comment.
                    if (c < 0x20 || char.IsSurrogate(c) || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
