using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a generated record: its documented properties, the bag of undeclared properties, JSON entry points and its
/// converter. A record derived from an <c>allOf</c> base declares only the properties it adds; its readers and
/// converter hide the base's (<c>new</c>) and read and write every property, the base's first; the base's writers write
/// through the runtime type.
/// </summary>
internal static class RecordEmitter
{
    /// <summary>
    /// The type's file, in a writer that more code of the same file can follow. When <paramref name="validated"/>, the
    /// record also implements <c>ISchemaValidated</c> and is left open: its validation members follow in the same body.
    /// </summary>
    public static SourceWriter Write(TypeModel type, bool validated = false)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, type.Namespace);
        DocComment.WriteSummary(writer, type.Summary);
        GeneratedCode.WriteTypeAttributes(writer, type);
        WriteDeclaration(writer, type, "IJsonObjectModel", validated: validated);
        writer.OpenBrace();
        foreach (var property in type.DeclaredProperties)
        {
            WriteProperty(writer, property);
            writer.Line();
        }

        WritePatternProperties(writer, type);
        WriteAdditionalProperties(writer, type);
        if (EqualityEmitter.Write(writer, type))
        {
            writer.Line();
        }

        if (PrintEmitter.Write(writer, type))
        {
            writer.Line();
        }

        RecordConverterEmitter.Write(writer, type);
        if (!validated)
        {
            writer.CloseBrace();
        }

        return writer;
    }

    private const string DeprecatedRemark = "Deprecated: the schema marks this property `deprecated`. It is required, so it cannot carry [Obsolete].";

    private static void WriteProperty(SourceWriter writer, PropertyModel property)
    {
        if (property.TracksPresence)
        {
            // Not private: the converter of a record derived from this one sets them too.
            writer.Line($"private protected {property.TypeSyntax} {property.FieldName};");
            writer.Line($"private protected bool {property.PresenceFieldName};");
            writer.Line();
        }

        // C# forbids [Obsolete] on a required member (CS9042): a required deprecated property says so in its docs only.
        var obsolete = property.Deprecated && !property.IsRequiredInCSharp;
        var remarks = property.Deprecated && !obsolete
            ? DeprecatedRemark + (string.IsNullOrWhiteSpace(property.Remarks) ? string.Empty : "\n\n" + property.Remarks)
            : property.Remarks;
        DocComment.WriteSummary(writer, property.Summary);
        DocComment.WriteElement(writer, "remarks", remarks);
        DocComment.WriteElement(writer, "example", property.Example is null ? null : "`" + property.Example + "`");
        if (obsolete)
        {
            writer.Line("[global::System.Obsolete]");
        }

        var required = property.IsRequiredInCSharp ? "required " : string.Empty;
        var initializer = property.Initializer is null ? string.Empty : $" = {property.Initializer};";
        if (property.IsConst)
        {
            // Get-only: a const property cannot hold another value, so a union never reads what it wrote as another case.
            writer.Line($"public {property.TypeSyntax} {property.Name} => {property.Initializer};");
        }
        else if (property.TracksPresence)
        {
            // Setting the property, even to null, makes it present: it is written, as null if null.
            writer.Line($"public {property.TypeSyntax} {property.Name} {{ get => {property.FieldName}; init {{ {property.FieldName} = value; {property.PresenceFieldName} = true; }} }}");
        }
        else
        {
            writer.Line($"public {required}{property.TypeSyntax} {property.Name} {{ get; init; }}{initializer}");
        }
    }

    private static void WritePatternProperties(SourceWriter writer, TypeModel type)
    {
        foreach (var pattern in type.Patterns)
        {
            writer.Line("/// <summary>");
            if (pattern.Summary is not null)
            {
                foreach (var line in DocComment.Lines(pattern.Summary))
                {
                    writer.Line(line.Length == 0 ? "///" : "/// " + line);
                }

                writer.Line("///");
            }

            writer.Line($"/// The properties whose names match <c>{string.Join(" ", DocComment.Lines(pattern.Pattern))}</c> (and that the schema does not declare); null when there are none.");
            writer.Line("/// </summary>");
            writer.Line($"public {TypeRef.MapOf(pattern.Type).Syntax}? {pattern.Name} {{ get; init; }}");
            writer.Line();
        }
    }

    private static void WriteAdditionalProperties(SourceWriter writer, TypeModel type)
    {
        // A derived record keeps its base's.
        if (type.AdditionalProperties == AdditionalPropertiesKind.Forbidden || type.Base is not null)
        {
            return;
        }

        var valueType = type.AdditionalPropertiesType ?? TypeRef.Any;
        writer.Line(type.Patterns.Count == 0
            ? "/// <summary>Properties the schema does not declare, kept as read; null when none.</summary>"
            : "/// <summary>Properties neither declared nor matched by a pattern, kept as read; null when none.</summary>");
        writer.Line($"public {TypeRef.MapOf(valueType).Syntax}? AdditionalProperties {{ get; init; }}");
        writer.Line();
    }

    /// <summary>
    /// The attributes and the first line of a generated record: System.Text.Json reaches its converter through the
    /// runtime's <c>JsonModelConverter&lt;T&gt;</c>, and its JSON and validation entry points are the runtime's
    /// (<c>JsonModel</c>), for every type that implements the runtime's interfaces.
    /// </summary>
    internal static void WriteDeclaration(SourceWriter writer, TypeModel type, string model, string modifiers = "", bool validated = false)
    {
        writer.Line(GeneratedCode.ConverterAttribute(type));
        var bases = new System.Collections.Generic.List<string>();
        if (type.Base is { } baseType)
        {
            bases.Add(baseType.FullName);
            bases.Add(GeneratedCode.Runtime + "IJsonSelfWriter");
        }

        bases.Add(GeneratedCode.ModelInterface(type, model));
        if (validated)
        {
            bases.Add(GeneratedCode.ModelInterface(type, "ISchemaValidated"));
        }

        writer.Line($"{type.Accessibility} {modifiers}partial record {type.Name} : {string.Join(", ", bases)}");
    }
}
