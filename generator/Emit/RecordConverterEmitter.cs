using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a record's reader and writer: explicit implementations of the runtime's <c>IJsonObjectModel</c>, so that
/// nothing of them shows on the record. The loop, the name lookup, the seen bits, the kept undeclared properties and
/// the error paths are the runtime's <c>ObjectReader</c>; the record's code reads each declared value into a local and
/// builds the record with an object initializer. System.Text.Json reaches them through the runtime's
/// <c>JsonModelConverter&lt;T&gt;</c>.
/// </summary>
internal static class RecordConverterEmitter
{
    private const string Json = GeneratedCode.Json;
    private const string Runtime = GeneratedCode.Runtime;

    public static void Write(SourceWriter writer, TypeModel type)
    {
        var properties = type.Properties;
        var self = type.Name;
        writer.Line($"static Schemata::PropertyNameTable Schemata::IJsonObjectModel<{self}>.JsonNames {{ get; }} = new({string.Join(", ", properties.Select(p => GeneratedCode.Literal(p.JsonName)))});");
        for (var i = 0; i < type.Patterns.Count; i++)
        {
            // Built on first use, as validation builds its patterns: non-backtracking when possible, else with a timeout.
            writer.Line($"private static global::System.Text.RegularExpressions.Regex? s_pattern{i};");
            writer.Line($"private static global::System.Text.RegularExpressions.Regex Pattern{i} => s_pattern{i} ??= Schemata::SchemaRegex.Create({GeneratedCode.Literal(type.Patterns[i].Regex)});");
        }

        writer.Line();
        WriteRead(writer, type, (properties.Count + 63) / 64);
        writer.Line();
        WriteWrite(writer, type);
        if (type.Base is not null)
        {
            writer.Line();
            writer.Line($"void {Runtime}IJsonSelfWriter.WriteJson({Json}Utf8JsonWriter writer) => {Runtime}ModelHandler<{self}>.WriteValue(writer, this);");
        }
    }

    private static void WriteRead(SourceWriter writer, TypeModel type, int words)
    {
        var properties = type.Properties;
        writer.Line(GeneratedCode.ReadSignature(type));
        writer.OpenBrace();
        // One declaration per type, in the order the types first appear (GroupBy keeps it): string v0 = default!, v1 = default!;
        foreach (var locals in properties.Select((p, i) => (p.TypeSyntax, Local: $"v{i} = {p.Initializer ?? "default!"}")).GroupBy(l => l.TypeSyntax, StringComparer.Ordinal))
        {
            writer.Line($"{locals.Key} {string.Join(", ", locals.Select(l => l.Local))};");
        }

        for (var i = 0; i < type.Patterns.Count; i++)
        {
            writer.Line($"global::System.Collections.Generic.Dictionary<string, {type.Patterns[i].Type.AnnotatedSyntax}>? pattern{i} = null;");
        }

        var additionalType = AdditionalType(type);
        var typedAdditional = additionalType is not null && (additionalType.Kind != TypeKind.Any || additionalType.Nullable || type.Patterns.Count > 0);
        if (typedAdditional)
        {
            writer.Line($"global::System.Collections.Generic.Dictionary<string, {additionalType!.AnnotatedSyntax}>? additional = null;");
        }

        writer.Line($"var o = {Runtime}ObjectReader.Begin<{type.Name}>(ref reader);");
        writer.Line("try");
        writer.OpenBrace();
        writer.Line("while (o.Next(ref reader))");
        writer.OpenBrace();
        writer.Line("switch (o.Index)");
        writer.OpenBrace();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var read = $"{Handlers.Plain(property.Type)}.ReadValue(ref reader)";
            // A null is accepted only where the schema admits it; elsewhere the handler rejects it ("expected a string, found null").
            var assign = property.Type.Nullable && property.Type.Kind != TypeKind.Any
                ? $"v{i} = reader.TokenType == {Json}JsonTokenType.Null ? null : {read};"
                : ReadsByType(property.Type) ? $"o.Read(ref reader, out v{i});" : $"v{i} = {read};";
            if (!property.IsConst)
            {
                writer.Line($"case {i}: {assign} break;");
            }
            else
            {
                writer.Line($"case {i}:");
                writer.Indentation++;
                writer.Line(assign);
                writer.Line($"if (!global::System.Collections.Generic.EqualityComparer<{property.TypeSyntax}>.Default.Equals(v{i}, {property.Initializer})) throw {Runtime}JsonReadErrors.ConstMismatch({GeneratedCode.Literal(property.Initializer!)});");
                writer.Line("break;");
                writer.Indentation--;
            }
        }

        if (additionalType is not null && !typedAdditional && type.Patterns.Count == 0)
        {
            writer.Line("default: o.Keep(ref reader); break;");
        }
        else
        {
            writer.Line("default:");
            writer.Indentation++;
            WriteUndeclared(writer, type, additionalType, typedAdditional);
            writer.Indentation--;
        }
        writer.CloseBrace();
        writer.CloseBrace();
        writer.CloseBrace();
        // The filter adds the property to the error's path and lets the error pass: nothing is caught and thrown
        // again, which would pile up on the stack of a deep document.
        writer.Line("catch (global::System.Exception e) when (o.Fail(e)) { throw; }");
        WriteConstruction(writer, type, words, additionalType, typedAdditional);
    }

    /// <summary>
    /// A property the schema does not declare goes to the dictionary of the first pattern its name matches, typed by
    /// that pattern's schema (validation checks the others it matches); else it is an additional property, or an error.
    /// </summary>
    private static void WriteUndeclared(SourceWriter writer, TypeModel type, TypeRef? additionalType, bool typedAdditional)
    {
        for (var i = 0; i < type.Patterns.Count; i++)
        {
            var pattern = type.Patterns[i];
            writer.Line($"{(i == 0 ? "if" : "else if")} (Schemata::SchemaRegex.IsMatch(Pattern{i}, o.Name)) {Runtime}JsonObjectReader.Add(ref pattern{i}, o.Name, {Handlers.Of(pattern.Type)}.ReadValue(ref reader));");
        }

        var otherwise = type.Patterns.Count == 0 ? string.Empty : "else ";
        if (additionalType is null)
        {
            writer.Line($"{otherwise}throw {Runtime}JsonReadErrors.NotAllowed();");
        }
        else if (typedAdditional)
        {
            writer.Line($"{otherwise}{Runtime}JsonObjectReader.Add(ref additional, o.Name, {Handlers.Of(additionalType)}.ReadValue(ref reader));");
        }
        else
        {
            writer.Line($"{otherwise}o.Keep(ref reader);");
        }

        if (additionalType is not null || type.Patterns.Count > 0)
        {
            writer.Line("break;");
        }
    }

    /// <summary>Checks the required properties, all at once, and builds the record.</summary>
    private static void WriteConstruction(SourceWriter writer, TypeModel type, int words, TypeRef? additionalType, bool typedAdditional)
    {
        var properties = type.Properties;
        if (properties.Any(p => p.IsRequired))
        {
            writer.Line($"o.End({string.Join(", ", Enumerable.Range(0, words).Select(w => Mask(properties, w)))});");
        }

        var members = new List<string>();
        for (var i = 0; i < properties.Count; i++)
        {
            // A const property has its value already (and no setter).
            if (!properties[i].TracksPresence && !properties[i].IsConst)
            {
                members.Add($"{properties[i].Name} = v{i}");
            }
        }

        for (var i = 0; i < type.Patterns.Count; i++)
        {
            members.Add($"{type.Patterns[i].Name} = pattern{i}");
        }

        if (additionalType is not null)
        {
            members.Add(typedAdditional ? "AdditionalProperties = additional" : "AdditionalProperties = o.Kept");
        }

        var tracked = properties.Any(p => p.TracksPresence);
        var create = $"new {type.Name} {{ {string.Join(", ", members)} }}";
        if (!tracked)
        {
            writer.Line($"return {create};");
            writer.CloseBrace();
            return;
        }

        writer.Line($"var result = {create};");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (property.TracksPresence)
            {
                writer.Line($"if (o.Seen({i})) {{ result.{property.FieldName} = v{i}; result.{property.PresenceFieldName} = true; }}");
            }
        }

        writer.Line("return result;");
        writer.CloseBrace();
    }

    private static void WriteWrite(SourceWriter writer, TypeModel type)
    {
        var properties = type.Properties;
        var self = type.Name;
        writer.Line(GeneratedCode.WriteSignature(type));
        writer.OpenBrace();
        // A derived record held as this type is written whole, through its runtime type (Begin returns false).
        writer.Line($"if (!{Runtime}ObjectWriter.Begin(writer, value, out var w)) return;");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (property.IsConst)
            {
                // Always written: it holds its constant.
                writer.Line(WriteCall(property.Type, "Write", i, property.Initializer!));
            }
            else if (property.TracksPresence)
            {
                writer.Line($"if (value.{property.PresenceFieldName}) {WriteCall(property.Type, "OrNull", i, $"value.{property.FieldName}")}");
            }
            else if ((property.IsRequired || property.Initializer is not null) && property.Type.Nullable && property.Type.Kind != TypeKind.Any)
            {
                writer.Line(WriteCall(property.Type, "OrNull", i, $"value.{property.Name}"));
            }
            else if (property.IsRequired || (property.Initializer is not null && property.Type.IsValueType))
            {
                // A required reference that holds null is the runtime's error; a value with a default is always there.
                writer.Line(WriteCall(property.Type, "Write", i, $"value.{property.Name}"));
            }
            else
            {
                writer.Line(WriteCall(property.Type, "Optional", i, $"value.{property.Name}"));
            }
        }

        // The dictionaries of undeclared properties are written after the declared ones; a key that a declared property
        // or an earlier dictionary has written already is an error, not a second property of the same name.
        var additionalType = AdditionalType(type);
        var dictionaries = type.Patterns.Count + (additionalType is null ? 0 : 1);
        if (dictionaries == 1 && additionalType is not null && additionalType.Kind == TypeKind.Any && !additionalType.Nullable)
        {
            writer.Line("w.End(value.AdditionalProperties);");
            writer.CloseBrace();
            return;
        }

        if (dictionaries > 1)
        {
            writer.Line("global::System.Collections.Generic.Dictionary<string, string>? written = null;");
        }

        var track = dictionaries > 1 ? ", ref written" : string.Empty;
        var names = $"{Runtime}ObjectWriter.Names<{self}>()";
        for (var i = 0; i < type.Patterns.Count; i++)
        {
            var pattern = type.Patterns[i];
            writer.Line($"if (value.{pattern.Name} is {{ }} pattern{i}) {Runtime}JsonObjectWriter.WriteUndeclared<{pattern.Type.AnnotatedSyntax}, {Handlers.Of(pattern.Type)}>(writer, pattern{i}, {names}, {GeneratedCode.Literal(type.Name + "." + pattern.Name)}{track});");
        }

        if (additionalType is not null)
        {
            writer.Line($"if (value.AdditionalProperties is {{ }} additional) {Runtime}JsonObjectWriter.WriteUndeclared<{additionalType.AnnotatedSyntax}, {Handlers.Of(additionalType)}>(writer, additional, {names}, {GeneratedCode.Literal(type.Name + ".AdditionalProperties")}{track});");
        }

        writer.Line("w.End();");
        writer.CloseBrace();
    }

    /// <summary>
    /// The call of the runtime's <c>PropertyWriter</c> that writes property <paramref name="index"/>: <c>Write</c> (a value
    /// that must be there), <c>Optional</c> (nothing for null) or <c>OrNull</c> (JSON null for null), as
    /// <paramref name="mode"/> says. Strings, UUIDs, booleans and integers are overloads; generated types held by
    /// reference are inferred from the value (<c>Model</c>); everything else names its handler.
    /// </summary>
    private static string WriteCall(TypeRef type, string mode, int index, string value)
    {
        var at = index.ToString(CultureInfo.InvariantCulture);
        if (type.Kind is TypeKind.String or TypeKind.Guid or TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal)
        {
            return $"w.{mode}({at}, {value});";
        }

        if (type.Kind is TypeKind.Record or TypeKind.Union or TypeKind.Tuple or TypeKind.MixedEnum && !type.IsValueType)
        {
            return $"w.{(mode == "Write" ? "Model" : mode + "Model")}({at}, {value});";
        }

        var method = mode == "Write" || !type.IsValueType ? mode : mode + "Value";
        return $"w.{method}<{type.Syntax}, {Handlers.Plain(type)}>({at}, {value});";
    }

    /// <summary>
    /// Whether the runtime's <c>ObjectReader.Read</c> has an overload for a non-null <paramref name="type"/>, so that the
    /// reader's call infers the handler from the local's type: the common primitives, generated types, lists of strings
    /// or of generated types, and objects of any values.
    /// </summary>
    private static bool ReadsByType(TypeRef type) => type.Nullable && type.Kind != TypeKind.Any
        ? false
        : type.Kind switch
        {
            TypeKind.String or TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Decimal or TypeKind.Guid or TypeKind.Any => true,
            TypeKind.Record or TypeKind.Union or TypeKind.Tuple or TypeKind.MixedEnum => true,
            TypeKind.List => !type.Element!.Nullable && (type.Element.Kind == TypeKind.String || type.Element.Kind is TypeKind.Record or TypeKind.Union or TypeKind.Tuple or TypeKind.MixedEnum),
            TypeKind.Map => type.Element!.Kind == TypeKind.Any,
            _ => false,
        };

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
