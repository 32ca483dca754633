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
    /// <summary>The type's file, in a writer that more code of the same file can follow.</summary>
    public static SourceWriter Write(TypeModel type)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, type.Namespace);
        DocComment.WriteSummary(writer, type.Summary);
        GeneratedCode.WriteTypeAttributes(writer, type);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({type.FullName}.JsonConverter))]");
        writer.Line($"{type.Accessibility} partial record {type.Name}" + (type.Base is { } baseType ? " : " + baseType.FullName : string.Empty));
        writer.OpenBrace();
        foreach (var property in type.DeclaredProperties)
        {
            WriteProperty(writer, property);
            writer.Line();
        }

        WritePatternProperties(writer, type);
        WriteAdditionalProperties(writer, type);
        WriteEntryPoints(writer, type);
        writer.Line();
        WriteWriteJson(writer, type);
        writer.Line();
        EqualityEmitter.Write(writer, type);
        writer.Line();
        if (PrintEmitter.Write(writer, type))
        {
            writer.Line();
        }

        RecordConverterEmitter.Write(writer, type);
        writer.CloseBrace();
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
        writer.Line($"[global::System.Text.Json.Serialization.JsonPropertyName({GeneratedCode.Literal(property.JsonName)})]");
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

            writer.Line($"/// The properties whose names match <c>{string.Join(" ", DocComment.Lines(pattern.Pattern))}</c> (and that the schema does not declare), in the");
            writer.Line("/// order they were read. Null when there are none.");
            writer.Line("/// </summary>");
            writer.Line($"public global::System.Collections.Generic.IReadOnlyDictionary<string, {pattern.Type.AnnotatedSyntax}>? {pattern.Name} {{ get; init; }}");
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

        var valueType = type.AdditionalPropertiesType?.AnnotatedSyntax ?? TypeRef.Any.Syntax;
        writer.Line("/// <summary>");
        writer.Line(type.Patterns.Count == 0
            ? "/// The properties the schema does not declare, in the order they were read; they are written back after the"
            : "/// The properties the schema does not declare and no pattern matches, in the order they were read; they are written back after the");
        writer.Line("/// declared ones, so that nothing is lost. Null when there are none.");
        writer.Line("/// </summary>");
        writer.Line($"public global::System.Collections.Generic.IReadOnlyDictionary<string, {valueType}>? AdditionalProperties {{ get; init; }}");
        writer.Line();
    }

    /// <summary>
    /// The virtual method the converter writes through, so that a derived record held as its base (in a property or
    /// list of the base type, or <c>JsonSerializer.Serialize&lt;Base&gt;</c>) is written whole. Named with two
    /// underscores, which no property name has.
    /// </summary>
    private static void WriteWriteJson(SourceWriter writer, TypeModel type)
    {
        var modifier = type.Base is null ? "virtual" : "override";
        writer.Line("/// <summary>Writes this record with the converter of its own type (a derived record overrides it).</summary>");
        writer.Line($"private protected {modifier} void __WriteJson(global::System.Text.Json.Utf8JsonWriter writer) => JsonConverter.WriteObject(writer, this);");
    }

    internal static void WriteEntryPoints(SourceWriter writer, TypeModel type, string order = ", properties in schema order")
    {
        var io = $"global::Schemata.Serialization.JsonDocumentIO";
        var args = $"<{type.FullName}, {type.FullName}.JsonConverter>";
        // A derived record's readers hide its base's, which read the base only. It keeps the base's writers: they
        // write through the runtime type (__WriteJson).
        var hides = type.Base is null ? string.Empty : "new ";
        writer.Lines($$"""
            /// <summary>Reads a {{type.Name}} from JSON text.</summary>
            /// <exception cref="global::System.Text.Json.JsonException">The JSON is malformed or does not fit the schema; the message and <c>Path</c> say where.</exception>
            public static {{hides}}{{type.FullName}} FromJson(string json) => {{io}}.Parse{{args}}(json);

            /// <summary>Reads a {{type.Name}} from UTF-8 JSON.</summary>
            /// <exception cref="global::System.Text.Json.JsonException">The JSON is malformed or does not fit the schema; the message and <c>Path</c> say where.</exception>
            public static {{hides}}{{type.FullName}} FromJson(global::System.ReadOnlySpan<byte> utf8Json) => {{io}}.Parse{{args}}(utf8Json);
            """);
        if (type.Base is not null)
        {
            return;
        }

        writer.Line();
        writer.Lines($$"""
            /// <summary>Writes this {{type.Name}} as JSON text{{order}}.</summary>
            public string ToJson(bool indented = false) => {{io}}.ToJson{{args}}(this, indented);

            /// <summary>Writes this {{type.Name}} as UTF-8 JSON{{order}}.</summary>
            public byte[] ToJsonUtf8(bool indented = false) => {{io}}.ToUtf8{{args}}(this, indented);
            """);
    }
}
