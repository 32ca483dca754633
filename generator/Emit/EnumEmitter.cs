using System.Linq;
using System.Text;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a generated enum and its converter. Members are declared in schema order without explicit values, so a
/// member's value is its index, which the converter uses to find the wire string; the wire strings are exact.
/// Enums are open unless the schema's file or the project asks for strict ones (<c>SchemataStrictEnums</c>): a value
/// the schema does not list reads without error, as a number after the members' that the runtime's
/// <c>UnknownEnumValues</c> keeps the string of, and is written back as it came. The C# type stays a plain enum, so
/// the known values are still constants that <c>switch</c> and IntelliSense see.
/// </summary>
internal static class EnumEmitter
{
    private const string Json = "global::System.Text.Json.";
    private const string Runtime = "global::Schemata.Serialization.";

    /// <summary>How many unknown strings the runtime keeps per enum (<c>UnknownEnumValues.Limit</c>).</summary>
    private const int UnknownLimit = 1024;

    /// <summary>The type's file, in a writer that more code of the same file can follow.</summary>
    public static SourceWriter Write(TypeModel type)
    {
        var converter = type.Name + "JsonConverter";
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, type.Namespace);
        DocComment.WriteSummary(writer, type.Summary);
        GeneratedCode.WriteTypeAttributes(writer, type);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::{type.Namespace}.{converter}))]");
        if (type.IsIntegerEnum)
        {
            // Integer enums keep their wire values as the members' values.
            var wide = IsWide(type);
            writer.Line($"{type.Accessibility} enum {type.Name}{(wide ? " : long" : string.Empty)}");
            writer.OpenBrace();
            foreach (var member in type.Members)
            {
                writer.Line($"/// <summary>The wire value <c>{member.Number}</c>.</summary>");
                writer.Line($"{member.Name} = {member.Number}{(wide ? "L" : string.Empty)},");
            }

            writer.CloseBrace();
            writer.Line();
            WriteIntegerConverter(writer, type, converter);
            return writer;
        }

        writer.Line($"{type.Accessibility} enum {type.Name}");
        writer.OpenBrace();
        foreach (var member in type.Members)
        {
            writer.Line($"/// <summary>The wire value <c>{EscapeXml(member.Value)}</c>.</summary>");
            writer.Line($"[global::System.Runtime.Serialization.EnumMember(Value = {GeneratedCode.Literal(member.Value)})]");
            writer.Line($"{member.Name},");
        }

        writer.CloseBrace();
        writer.Line();
        WriteConverter(writer, type, converter);
        return writer;
    }

    private static void WriteConverter(SourceWriter writer, TypeModel type, string converter)
    {
        var values = string.Join(", ", type.Members.Select(m => GeneratedCode.Literal(m.Value)));
        var allowed = string.Join(", ", type.Members.Take(20).Select(m => "'" + m.Value + "'")) + (type.Members.Count > 20 ? ", …" : string.Empty);
        writer.Line($"/// <summary>Reads and writes <see cref=\"{type.Name}\"/> as its exact wire strings.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"{type.Accessibility} sealed class {converter} : {Json}Serialization.JsonConverter<{type.FullName}>, {Runtime}IJsonHandler<{type.FullName}>");
        writer.OpenBrace();
        var open = !type.Strict;
        writer.Line($"private static readonly string[] Values = {{ {values} }};");
        writer.Line($"private static readonly {Json}JsonEncodedText[] Encoded = {Runtime}JsonObjectWriter.Encode(Values);");
        if (open)
        {
            writer.Line($"private static readonly {Runtime}UnknownEnumValues Unknown = new({type.Members.Count}, {GeneratedCode.Literal(type.Name)});");
        }

        writer.Line();
        writer.Line($"/// <summary>The exact string that stands for <paramref name=\"value\"/> on the wire.</summary>");
        writer.Line(open
            ? $"public static string ToWireValue({type.FullName} value) => (uint)value < (uint)Values.Length ? Values[(int)value] : Unknown.WireValue((int)value);"
            : $"public static string ToWireValue({type.FullName} value) => Values[Index(value)];");
        writer.Line();
        writer.Line($"/// <summary>Whether <paramref name=\"value\"/> is a member the schema lists, not a value read that it does not.</summary>");
        writer.Line($"public static bool IsKnown({type.FullName} value) => (uint)value < (uint)Values.Length;");
        writer.Line();
        writer.Line($"/// <summary>The member that stands for <paramref name=\"value\"/> on the wire{(open ? ", or the value kept for a string the schema does not list" : string.Empty)}.</summary>");
        writer.Line(open
            ? $"/// <exception cref=\"global::System.ArgumentException\">The enum already keeps {UnknownLimit} values the schema does not list.</exception>"
            : $"/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"value\"/> is not one of the enum's wire values.</exception>");
        writer.Line($"public static {type.FullName} FromWireValue(string value)");
        writer.Line(open
            ? $"    => Match(global::System.Text.Encoding.UTF8.GetBytes(value)) is var index and >= 0 ? ({type.FullName})index : ({type.FullName})Unknown.NumberOf(value);"
            : $"    => Match(global::System.Text.Encoding.UTF8.GetBytes(value)) is var index and >= 0 ? ({type.FullName})index : throw new global::System.ArgumentException($\"'{{value}}' is not a value of {type.Name}.\", nameof(value));");
        writer.Line();
        GeneratedCode.WriteConverterOverrides(writer, type.FullName, converter);
        writer.Line();
        writer.Line("/// <summary>Reads the string the reader is on.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"public static {type.FullName} ReadValue(ref {Json}Utf8JsonReader reader)");
        writer.OpenBrace();
        writer.Line($"if (reader.TokenType != {Json}JsonTokenType.String)");
        writer.OpenBrace();
        writer.Line($"throw {Runtime}JsonReadErrors.UnexpectedToken(ref reader, \"a string\");");
        writer.CloseBrace();
        writer.Line();
        writer.Line($"var index = !reader.ValueIsEscaped && !reader.HasValueSequence ? Match(reader.ValueSpan) : Match({Runtime}JsonObjectReader.UnescapedName(ref reader));");
        writer.Line(open
            ? $"return index >= 0 ? ({type.FullName})index : ({type.FullName})Unknown.Read(ref reader);"
            : $"return index >= 0 ? ({type.FullName})index : throw {Runtime}JsonReadErrors.UnknownEnumValue(ref reader, {GeneratedCode.Literal(type.Name)}, {GeneratedCode.Literal(allowed)});");
        writer.CloseBrace();
        writer.Line();
        writer.Line("/// <summary>Writes the wire string of <paramref name=\"value\"/>.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        if (open)
        {
            writer.Line($"public static void WriteValue({Json}Utf8JsonWriter writer, {type.FullName} value)");
            writer.OpenBrace();
            writer.Line("if ((uint)value < (uint)Values.Length) writer.WriteStringValue(Encoded[(int)value]);");
            writer.Line("else writer.WriteStringValue(Unknown.WireValue((int)value));");
            writer.CloseBrace();
        }
        else
        {
            writer.Line($"public static void WriteValue({Json}Utf8JsonWriter writer, {type.FullName} value) => writer.WriteStringValue(Encoded[Index(value)]);");
            writer.Line();
            writer.Line($"private static int Index({type.FullName} value)");
            writer.Line($"    => (uint)value < (uint)Values.Length ? (int)value : throw new {Json}JsonException($\"{{(int)value}} is not a value of {type.Name}.\");");
        }

        writer.Line();
        writer.Line("private static int Match(global::System.ReadOnlySpan<byte> value)");
        writer.OpenBrace();
        writer.Line("switch (value.Length)");
        writer.OpenBrace();
        foreach (var group in type.Members.Select((m, i) => (Bytes: Encoding.UTF8.GetByteCount(m.Value), Index: i, m.Value)).GroupBy(m => m.Bytes).OrderBy(g => g.Key))
        {
            writer.Line($"case {group.Key}:");
            writer.Indentation++;
            foreach (var (_, index, value) in group)
            {
                writer.Line($"if (global::System.MemoryExtensions.SequenceEqual(value, {GeneratedCode.Literal(value)}u8)) return {index};");
            }

            writer.Line("break;");
            writer.Indentation--;
        }

        writer.CloseBrace();
        writer.Line();
        writer.Line("return -1;");
        writer.CloseBrace();
        writer.CloseBrace();
    }

    private static void WriteIntegerConverter(SourceWriter writer, TypeModel type, string converter)
    {
        var allowed = string.Join(", ", type.Members.Take(20).Select(m => m.Number)) + (type.Members.Count > 20 ? ", …" : string.Empty);
        var wide = IsWide(type);
        writer.Line($"/// <summary>Reads and writes <see cref=\"{type.Name}\"/> as its integer wire values.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"{type.Accessibility} sealed class {converter} : {Json}Serialization.JsonConverter<{type.FullName}>, {Runtime}IJsonHandler<{type.FullName}>");
        writer.OpenBrace();
        GeneratedCode.WriteConverterOverrides(writer, type.FullName, converter);
        writer.Line();
        writer.Line("/// <summary>Reads the number the reader is on.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"public static {type.FullName} ReadValue(ref {Json}Utf8JsonReader reader)");
        writer.OpenBrace();
        writer.Line($"var value = {Runtime}Int64Handler.ReadValue(ref reader);");
        writer.Line("switch (value)");
        writer.OpenBrace();
        foreach (var member in type.Members)
        {
            writer.Line($"case {member.Number}L: return {type.FullName}.{member.Name};");
        }

        writer.CloseBrace();
        writer.Line();
        if (type.Strict)
        {
            writer.Line($"throw {Runtime}JsonReadErrors.UnknownEnumValue(ref reader, {GeneratedCode.Literal(type.Name)}, {GeneratedCode.Literal(allowed)});");
        }
        else
        {
            // Open: an integer the schema does not list is kept as the enum's value, and written back as it is.
            writer.Line(wide
                ? $"return ({type.FullName})value;"
                : $"return value is >= int.MinValue and <= int.MaxValue ? ({type.FullName})(int)value : throw {Runtime}JsonReadErrors.OutOfRange(ref reader, \"a value of {type.Name}\");");
        }

        writer.CloseBrace();
        writer.Line();
        writer.Line("/// <summary>Writes the integer of <paramref name=\"value\"/>.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"public static void WriteValue({Json}Utf8JsonWriter writer, {type.FullName} value)");
        writer.OpenBrace();
        writer.Line("switch (value)");
        writer.OpenBrace();
        foreach (var member in type.Members)
        {
            writer.Line($"case {type.FullName}.{member.Name}: writer.WriteNumberValue({member.Number}L); return;");
        }

        writer.CloseBrace();
        writer.Line();
        writer.Line(type.Strict
            ? $"throw new {Json}JsonException($\"{{value}} is not a value of {type.Name}.\");"
            : "writer.WriteNumberValue((long)value);");
        writer.CloseBrace();
        writer.Line();
        writer.Line($"/// <summary>Whether <paramref name=\"value\"/> is a member the schema lists, not a value read that it does not.</summary>");
        writer.Line($"public static bool IsKnown({type.FullName} value) => value switch");
        writer.OpenBrace();
        writer.Line(string.Join(" or ", type.Members.Select(m => type.FullName + "." + m.Name)) + " => true,");
        writer.Line("_ => false,");
        writer.CloseBrace(";");
        writer.CloseBrace();
    }

    /// <summary>An integer enum with a value outside <c>int</c>: its underlying type is <c>long</c>.</summary>
    private static bool IsWide(TypeModel type)
        => type.Members.Any(m => long.Parse(m.Number!, System.Globalization.CultureInfo.InvariantCulture) is < int.MinValue or > int.MaxValue);

    private static string EscapeXml(string value) => string.Join(" ", DocComment.Lines(value));
}
