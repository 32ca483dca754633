using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a record's nested <c>JsonConverter</c>: a System.Text.Json converter (so <c>JsonSerializer</c> works with
/// default options) that is also a static <c>IJsonHandler</c> (so converters call each other directly). Reading
/// matches property names as UTF-8 bytes, remembers which properties were seen in bit masks, checks the required ones
/// all at once, and builds the record with an object initializer.
/// </summary>
internal static class RecordConverterEmitter
{
    private const string Json = "global::System.Text.Json.";
    private const string Runtime = "global::Schemata.Serialization.";

    public static void Write(SourceWriter writer, TypeModel type)
    {
        var properties = type.Properties;
        writer.Line($"/// <summary>Reads and writes <see cref=\"{type.Name}\"/> as JSON, without reflection.</summary>");
        // A derived record's converter hides its base's, which reads and writes the base only.
        writer.Line($"public {(type.Base is null ? string.Empty : "new ")}sealed class JsonConverter : {Json}Serialization.JsonConverter<{type.FullName}>, {Runtime}IJsonHandler<{type.FullName}>");
        writer.OpenBrace();
        writer.Line($"private static readonly global::Schemata.PropertyNameTable Names = new({string.Join(", ", properties.Select(p => GeneratedCode.Literal(p.JsonName)))});");
        writer.Line($"private static readonly {Json}JsonEncodedText[] Encoded = {Runtime}JsonObjectWriter.Encode(Names);");
        var words = (properties.Count + 63) / 64;
        for (var w = 0; w < words; w++)
        {
            writer.Line($"private const ulong Required{w} = {Mask(properties, w)};");
        }

        for (var i = 0; i < type.Patterns.Count; i++)
        {
            // Built on first use, as validation builds its patterns: non-backtracking when possible, else with a timeout.
            writer.Line($"private static global::System.Text.RegularExpressions.Regex? s_pattern{i};");
            writer.Line($"private static global::System.Text.RegularExpressions.Regex Pattern{i} => s_pattern{i} ??= global::Schemata.SchemaRegex.Create({GeneratedCode.Literal(type.Patterns[i].Regex)});");
        }

        writer.Line();
        GeneratedCode.WriteConverterOverrides(writer, type.FullName, "JsonConverter");
        writer.Line();
        WriteRead(writer, type, words);
        writer.Line();
        WriteWrite(writer, type);
        writer.CloseBrace();
    }

    private static void WriteRead(SourceWriter writer, TypeModel type, int words)
    {
        var properties = type.Properties;
        writer.Line("/// <summary>Reads the object the reader is on; errors carry the JSON path.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"public static {type.FullName} ReadValue(ref {Json}Utf8JsonReader reader)");
        writer.OpenBrace();
        writer.Line($"{Runtime}JsonObjectReader.BeginObject(ref reader);");
        writer.Line();
        for (var i = 0; i < properties.Count; i++)
        {
            writer.Line($"{properties[i].TypeSyntax} v{i} = {properties[i].Initializer ?? "default!"};");
        }

        for (var i = 0; i < type.Patterns.Count; i++)
        {
            writer.Line($"global::System.Collections.Generic.Dictionary<string, {type.Patterns[i].Type.AnnotatedSyntax}>? pattern{i} = null;");
        }

        var additionalType = AdditionalType(type);
        if (additionalType is not null)
        {
            writer.Line($"global::System.Collections.Generic.Dictionary<string, {additionalType.AnnotatedSyntax}>? additional = null;");
        }

        for (var w = 0; w < words; w++)
        {
            writer.Line($"ulong seen{w} = 0;");
        }

        writer.Line("string? property = null;");
        writer.Line("try");
        writer.OpenBrace();
        writer.Line($"while (reader.Read() && reader.TokenType != {Json}JsonTokenType.EndObject)");
        writer.OpenBrace();
        if (properties.Count > 0)
        {
            // The name is looked up by its bytes in the table of declared names; `property` is set before the
            // reader moves on, so that any error from here on carries it.
            writer.Line("var index = Names.ReadName(ref reader, out property);");
            if (words == 1)
            {
                writer.Line($"if (index >= 0) {Runtime}JsonObjectReader.MarkIndex(ref seen0, index);");
            }
        }
        else
        {
            writer.Line($"property = {Runtime}JsonObjectReader.Name(ref reader);");
            writer.Line($"{Runtime}JsonObjectReader.MoveToValue(ref reader);");
        }

        if (properties.Count == 0)
        {
            // No declared properties: every property is an additional one.
            WriteUndeclared(writer, type, additionalType);
            if (additionalType is null && type.Patterns.Count == 0)
            {
                writer.CloseBrace();
                writer.CloseBrace();
                WriteCatch(writer);
                WriteConstruction(writer, type, words, additionalType);
                return;
            }
        }
        else
        {
            writer.Line("switch (index)");
            writer.OpenBrace();
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                // With more than 64 properties the seen bits are in several words, and each case marks its own.
                var mark = words == 1 ? string.Empty : $"{Runtime}JsonObjectReader.Mark(ref seen{i / 64}, {Bit(i)}); ";
                var read = $"{Handlers.Plain(property.Type)}.ReadValue(ref reader)";
                // A null is accepted only where the schema admits it; elsewhere the handler rejects it ("expected a string, found null").
                var assign = property.Type.Nullable && property.Type.Kind != TypeKind.Any
                    ? $"v{i} = reader.TokenType == {Json}JsonTokenType.Null ? null : {read};"
                    : $"v{i} = {read};";
                if (!property.IsConst)
                {
                    writer.Line($"case {i}: {mark}{assign} break;");
                }
                else
                {
                    writer.Line($"case {i}:");
                    writer.Indentation++;
                    writer.Line($"{mark}{assign}");
                    writer.Line($"if (!global::System.Collections.Generic.EqualityComparer<{property.TypeSyntax}>.Default.Equals(v{i}, {property.Initializer}))");
                    writer.OpenBrace();
                    writer.Line($"throw {Runtime}JsonReadErrors.ConstMismatch({GeneratedCode.Literal(property.Initializer!)});");
                    writer.CloseBrace();
                    writer.Line();
                    writer.Line("break;");
                    writer.Indentation--;
                }
            }

            writer.Line("default:");
            writer.Indentation++;
            WriteUndeclared(writer, type, additionalType);
            if (additionalType is not null || type.Patterns.Count > 0)
            {
                writer.Line("break;");
            }

            writer.Indentation--;
            writer.CloseBrace();
            writer.Line();
        }

        writer.Line("property = null;");
        writer.CloseBrace();
        writer.CloseBrace();
        WriteCatch(writer);
        WriteConstruction(writer, type, words, additionalType);
    }

    /// <summary>
    /// A property the schema does not declare goes to the dictionary of the first pattern its name matches, typed by
    /// that pattern's schema (validation checks the others it matches); else it is an additional property.
    /// </summary>
    private static void WriteUndeclared(SourceWriter writer, TypeModel type, TypeRef? additionalType)
    {
        if (type.Patterns.Count == 0)
        {
            WriteAdditional(writer, additionalType);
            return;
        }

        for (var i = 0; i < type.Patterns.Count; i++)
        {
            var pattern = type.Patterns[i];
            writer.Line($"{(i == 0 ? "if" : "else if")} (global::Schemata.SchemaRegex.IsMatch(Pattern{i}, property))");
            writer.OpenBrace();
            writer.Line($"{Runtime}JsonObjectReader.Add(ref pattern{i}, property, {Handlers.Of(pattern.Type)}.ReadValue(ref reader));");
            writer.CloseBrace();
        }

        writer.Line("else");
        writer.OpenBrace();
        if (additionalType is null)
        {
            writer.Line($"throw {Runtime}JsonReadErrors.NotAllowed();");
        }
        else
        {
            writer.Line($"{Runtime}JsonObjectReader.Add(ref additional, property, {Handlers.Of(additionalType)}.ReadValue(ref reader));");
        }

        writer.CloseBrace();
        writer.Line();
    }

    /// <summary>What to do with a property the schema does not declare: keep it, or reject it.</summary>
    private static void WriteAdditional(SourceWriter writer, TypeRef? additionalType)
    {
        if (additionalType is null)
        {
            writer.Line($"throw {Runtime}JsonReadErrors.NotAllowed();");
            return;
        }

        writer.Line($"{Runtime}JsonObjectReader.Add(ref additional, property, {Handlers.Of(additionalType)}.ReadValue(ref reader));");
    }

    private static void WriteCatch(SourceWriter writer)
    {
        // The filter adds the property to the error's path and lets the error pass: nothing is caught and thrown
        // again, which would pile up on the stack of a deep document.
        writer.Line($"catch (global::System.Exception e) when (property is not null && {Runtime}JsonPath.Add(e, property))");
        writer.OpenBrace();
        writer.Line("// Not reached: the filter adds the property to the error's path and lets the error pass.");
        writer.Line("throw;");
        writer.CloseBrace();
        writer.Line();
    }

    /// <summary>Checks the required properties, all at once, and builds the record.</summary>
    private static void WriteConstruction(SourceWriter writer, TypeModel type, int words, TypeRef? additionalType)
    {
        var properties = type.Properties;
        if (properties.Any(p => p.IsRequired))
        {
            var condition = string.Join(" || ", Enumerable.Range(0, words).Select(w => $"(seen{w} & Required{w}) != Required{w}"));
            var seen = string.Join(", ", Enumerable.Range(0, words).Select(w => $"seen{w}"));
            var required = string.Join(", ", Enumerable.Range(0, words).Select(w => $"Required{w}"));
            writer.Line($"if ({condition})");
            writer.OpenBrace();
            writer.Line($"throw {Runtime}JsonReadErrors.MissingRequired(Names, new[] {{ {seen} }}, new[] {{ {required} }});");
            writer.CloseBrace();
            writer.Line();
        }

        writer.Line($"var result = new {type.FullName}");
        writer.OpenBrace();
        for (var i = 0; i < properties.Count; i++)
        {
            // A const property has its value already (and no setter).
            if (!properties[i].TracksPresence && !properties[i].IsConst)
            {
                writer.Line($"{properties[i].Name} = v{i},");
            }
        }

        for (var i = 0; i < type.Patterns.Count; i++)
        {
            writer.Line($"{type.Patterns[i].Name} = pattern{i},");
        }

        if (additionalType is not null)
        {
            writer.Line("AdditionalProperties = additional,");
        }

        writer.CloseBrace(";");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (property.TracksPresence)
            {
                writer.Line($"if ((seen{i / 64} & {Bit(i)}) != 0)");
                writer.OpenBrace();
                writer.Line($"result.{property.FieldName} = v{i};");
                writer.Line($"result.{property.PresenceFieldName} = true;");
                writer.CloseBrace();
            }
        }

        writer.Line();
        writer.Line("return result;");
        writer.CloseBrace();
    }

    private static void WriteWrite(SourceWriter writer, TypeModel type)
    {
        var properties = type.Properties;
        writer.Line("/// <summary>Writes the record as its runtime type: a derived record held as this type is written whole.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"public static void WriteValue({Json}Utf8JsonWriter writer, {type.FullName} value) => value.__WriteJson(writer);");
        writer.Line();
        writer.Line(type.Patterns.Count == 0
            ? "/// <summary>Writes the record, properties in schema order, undeclared properties last.</summary>"
            : "/// <summary>Writes the record, properties in schema order, then those matched by patterns, undeclared properties last.</summary>");
        writer.Line($"internal static void WriteObject({Json}Utf8JsonWriter writer, {type.FullName} value)");
        writer.OpenBrace();
        writer.Line("writer.WriteStartObject();");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var name = $"Encoded[{i}]";
            var local = $"p{i}";
            if (property.IsConst)
            {
                // Always written: it holds its constant.
                writer.Line(Handlers.WriteProperty(property.Type, name, property.Initializer!));
            }
            else if (property.TracksPresence)
            {
                writer.Line($"if (value.{property.PresenceFieldName})");
                writer.OpenBrace();
                WriteNullable(writer, property, $"value.{property.FieldName}", name, local);
                writer.CloseBrace();
            }
            else if ((property.IsRequired || property.Initializer is not null) && property.Type.Nullable && property.Type.Kind != TypeKind.Any)
            {
                WriteNullable(writer, property, $"value.{property.Name}", name, local);
            }
            else if (property.Initializer is not null && !property.IsRequired && property.Type.IsValueType)
            {
                // A value with a default is always there.
                writer.Line(Handlers.WriteProperty(property.Type, name, $"value.{property.Name}"));
            }
            else if (property.IsRequired)
            {
                var value = property.Type.IsValueType
                    ? $"value.{property.Name}"
                    : $"value.{property.Name} ?? throw {Runtime}JsonObjectWriter.RequiredNull({GeneratedCode.Literal(type.Name)}, {GeneratedCode.Literal(property.JsonName)})";
                writer.Line(Handlers.WriteProperty(property.Type, name, property.Type.IsValueType ? value : $"({value})"));
            }
            else
            {
                writer.Line($"if (value.{property.Name} is {{ }} {local}) {{ {Handlers.WriteProperty(property.Type, name, local)} }}");
            }
        }

        // The dictionaries of undeclared properties are written after the declared ones; a key that a declared property
        // or an earlier dictionary has written already is an error, not a second property of the same name.
        var additionalType = AdditionalType(type);
        var dictionaries = type.Patterns.Count + (additionalType is null ? 0 : 1);
        if (dictionaries > 1)
        {
            writer.Line("global::System.Collections.Generic.Dictionary<string, string>? written = null;");
        }

        var track = dictionaries > 1 ? ", ref written" : string.Empty;
        for (var i = 0; i < type.Patterns.Count; i++)
        {
            var pattern = type.Patterns[i];
            writer.Line($"if (value.{pattern.Name} is {{ }} pattern{i})");
            writer.OpenBrace();
            writer.Line($"{Runtime}JsonObjectWriter.WriteUndeclared<{pattern.Type.AnnotatedSyntax}, {Handlers.Of(pattern.Type)}>(writer, pattern{i}, Names, {GeneratedCode.Literal(type.Name + "." + pattern.Name)}{track});");
            writer.CloseBrace();
        }

        if (additionalType is not null)
        {
            writer.Line("if (value.AdditionalProperties is { } additional)");
            writer.OpenBrace();
            writer.Line($"{Runtime}JsonObjectWriter.WriteUndeclared<{additionalType.AnnotatedSyntax}, {Handlers.Of(additionalType)}>(writer, additional, Names, {GeneratedCode.Literal(type.Name + ".AdditionalProperties")}{track});");
            writer.CloseBrace();
        }

        writer.Line("writer.WriteEndObject();");
        writer.CloseBrace();
    }

    /// <summary>Writes a property that may hold null, as JSON null when it does.</summary>
    private static void WriteNullable(SourceWriter writer, PropertyModel property, string access, string name, string local)
    {
        writer.Line($"if ({access} is {{ }} {local}) {{ {Handlers.WriteProperty(property.Type, name, local)} }}");
        writer.Line($"else {{ writer.WriteNull({name}); }}");
    }

    /// <summary>The type of undeclared properties, or null when the schema forbids them.</summary>
    private static TypeRef? AdditionalType(TypeModel type) => type.AdditionalProperties switch
    {
        AdditionalPropertiesKind.Forbidden => null,
        AdditionalPropertiesKind.Typed => type.AdditionalPropertiesType,
        _ => TypeRef.Any,
    };

    private static string Mask(EquatableArray<PropertyModel> properties, int word)
    {
        ulong mask = 0;
        for (var i = word * 64; i < properties.Count && i < (word + 1) * 64; i++)
        {
            if (properties[i].IsRequired)
            {
                mask |= 1UL << (i % 64);
            }
        }

        return "0x" + mask.ToString("X", CultureInfo.InvariantCulture) + "UL";
    }

    private static string Bit(int index) => "0x" + (1UL << (index % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";
}
