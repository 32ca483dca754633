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
    public const string Element = "global::System.Text.Json.JsonElement";
    public const string Kind = "global::System.Text.Json.JsonValueKind";
    public const string Context = "global::Schemata.SchemaValidationContext";
    public const string Result = "global::Schemata.SchemaValidationResult";

    /// <summary>The validation code, after its type's code in <paramref name="into"/> (same file, same namespace), or in a file of its own when that is null.</summary>
    public static SourceWriter Write(ValidatorModel model, SourceWriter? into)
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

        if (model.DerivesFromRecord)
        {
            // The base record's validation has methods of the same names; each record checks its own schema.
            writer.Line("#pragma warning disable CS0108");
            writer.Line();
        }

        switch (model.Kind)
        {
            case ValidatorKind.Record:
                writer.Line($"{model.Accessibility} partial record {model.Name} : global::Schemata.ISchemaValidated<global::{model.Namespace}.{model.Name}>");
                break;
            case ValidatorKind.EnumCompanion:
                writer.Line($"/// <summary>Validation of JSON values against the schema of <see cref=\"{model.TypeName}\"/>.</summary>");
                WriteAttributes(writer, model);
                writer.Line($"{model.Accessibility} static partial class {model.Name}");
                break;
            default:
                writer.Line($"/// <summary>Validation of JSON values against the schema at <c>{DocText(model.SchemaFile + (model.Pointer.Length == 0 ? string.Empty : "#" + model.Pointer))}</c>.</summary>");
                WriteAttributes(writer, model);
                writer.Line($"{model.Accessibility} static partial class {model.Name}");
                break;
        }

        writer.OpenBrace();
        WriteEntryPoints(writer, model);
        WriteFields(writer, model);
        for (var index = 0; index < model.Schemas.Count; index++)
        {
            writer.Line();
            new MethodWriter(writer, model, model.Schemas[index], index).Write();
        }

        writer.CloseBrace();
        return writer;
    }

    private static void WriteAttributes(SourceWriter writer, ValidatorModel model)
    {
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"[global::Schemata.SchemaSource({GeneratedCode.Literal(model.SchemaFile)}, {GeneratedCode.Literal(model.Pointer)})]");
    }

    private static void WriteEntryPoints(SourceWriter writer, ValidatorModel model)
    {
        var what = model.Kind == ValidatorKind.SchemaClass
            ? $"the schema at <c>{DocText(model.SchemaFile + (model.Pointer.Length == 0 ? string.Empty : "#" + model.Pointer))}</c>"
            : $"the schema of <see cref=\"{model.TypeName}\"/>";
        var resource = model.RootResource is null ? "null" : GeneratedCode.Literal(model.RootResource);
        writer.Line($"private const string __SchemaFile = {GeneratedCode.Literal(model.SchemaFile)};");
        writer.Line();
        if (model.Kind == ValidatorKind.Record)
        {
            // The entry points are the runtime's (JsonModel.Validate), through the interface.
            var self = $"global::Schemata.ISchemaValidated<global::{model.Namespace}.{model.Name}>";
            writer.Line($"static bool {self}.Evaluate({Element} i, {Context} c) => {ValidationNames.Method(string.Empty)}(i, c, -1, -1);");
            if (model.RootResource is not null)
            {
                writer.Line($"static string? {self}.SchemaResource => {resource};");
            }

            return;
        }

        writer.Line($"private static readonly global::Schemata.SchemaValidator __Validator = static (i, c) => {ValidationNames.Method(string.Empty)}(i, c, -1, -1);");
        writer.Line();
        writer.Line($"/// <summary>Validates a JSON value against {what}.</summary>");
        writer.Line($"public static {Result} Validate({Element} instance) => {Context}.Run(instance, __Validator, {resource});");
        writer.Line();
        writer.Line($"/// <summary>Validates UTF-8 JSON text against {what}.</summary>");
        writer.Line($"public static {Result} Validate(global::System.ReadOnlyMemory<byte> utf8Json) => {Context}.Run(utf8Json, __Validator, {resource});");
        writer.Line();
        writer.Line($"/// <summary>Validates JSON text against {what}.</summary>");
        writer.Line($"public static {Result} Validate(string json) => {Context}.Run(json, __Validator, {resource});");
    }

    private static void WriteFields(SourceWriter writer, ValidatorModel model)
    {
        for (var i = 0; i < model.Regexes.Count; i++)
        {
            writer.Line();
            writer.Line($"private static global::System.Text.RegularExpressions.Regex? __r{i};");
            writer.Line();
            writer.Line($"private static global::System.Text.RegularExpressions.Regex __R{i} => __r{i} ??= global::Schemata.SchemaRegex.Create({GeneratedCode.Literal(model.Regexes[i])});");
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
