using System.Linq;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a mixed enum (<c>enum: ["a", 1, true]</c>, objects, arrays): a sealed record with a private constructor and
/// one static instance per value, so that the values the schema lists are the only ones it can hold. Each instance
/// holds its value as a <c>JsonElement</c>; values compare as JSON Schema compares them (1 equals 1.0, objects
/// regardless of property order), and reading returns the static instance.
/// </summary>
internal static class MixedEnumEmitter
{
    private const string Json = GeneratedCode.Json;
    private const string Runtime = GeneratedCode.Runtime;

    /// <summary>The type's file, in a writer that more code of the same file can follow.</summary>
    public static SourceWriter Write(TypeModel type)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, type.Namespace);
        DocComment.WriteSummary(writer, type.Summary);
        writer.Line($"/// <remarks>One of the values {Doc(string.Join(", ", type.Members.Take(20).Select(m => m.Value)) + (type.Members.Count > 20 ? ", …" : string.Empty))}: use the static members, or <see cref=\"Values\"/>.</remarks>");
        GeneratedCode.WriteTypeAttributes(writer, type);
        RecordEmitter.WriteDeclaration(writer, type, "IJsonModel", "sealed ");
        writer.OpenBrace();
        foreach (var member in type.Members)
        {
            writer.Line($"/// <summary>The value <c>{Doc(member.Value)}</c>.</summary>");
            writer.Line($"public static {type.FullName} {member.Name} {{ get; }} = new({GeneratedCode.Literal(member.Value)});");
            writer.Line();
        }

        writer.Line($"private static readonly {type.FullName}[] All = {{ {string.Join(", ", type.Members.Select(m => m.Name))} }};");
        writer.Line();
        writer.Line("// Private: the static members are the only values.");
        writer.Line($"private {type.Name}(string json)");
        writer.OpenBrace();
        writer.Line($"Json = {Runtime}JsonConstant.Parse(json);");
        writer.CloseBrace();
        writer.Line();
        writer.Line("/// <summary>Every value the schema allows, in schema order.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type.FullName}> Values => All;");
        writer.Line();
        writer.Line("/// <summary>The value, as JSON.</summary>");
        writer.Line($"public {Json}JsonElement Json {{ get; }}");
        writer.Line();
        writer.Line("/// <summary>The value as compact JSON text.</summary>");
        writer.Line("public override string ToString() => Json.GetRawText();");
        writer.Line();
        writer.Line("/// <summary>Whether <paramref name=\"other\"/> is the same value, compared as JSON (1 equals 1.0).</summary>");
        writer.Line($"public bool Equals({type.FullName}? other) => other is not null && Schemata::ValueEquality.Elements(Json, other.Json);");
        writer.Line();
        writer.Line($"/// <summary>A hash code that agrees with <see cref=\"Equals({type.Name}?)\"/>.</summary>");
        writer.Line("public override int GetHashCode() => Schemata::ValueEquality.ElementHash(Json);");
        writer.Line();
        WriteConverter(writer, type);
        writer.CloseBrace();
        return writer;
    }

    private static void WriteConverter(SourceWriter writer, TypeModel type)
    {
        var allowed = string.Join(", ", type.Members.Take(20).Select(m => m.Value)) + (type.Members.Count > 20 ? ", …" : string.Empty);
        // Reads the value the reader is on and returns the static member it equals.
        writer.Line(GeneratedCode.ReadSignature(type));
        writer.OpenBrace();
        writer.Line($"var json = {Runtime}JsonElementHandler.ReadValue(ref reader);");
        writer.Line("foreach (var value in All)");
        writer.OpenBrace();
        writer.Line("if (Schemata::JsonValues.Equal(json, value.Json))");
        writer.OpenBrace();
        writer.Line("return value;");
        writer.CloseBrace();
        writer.CloseBrace();
        writer.Line();
        writer.Line($"throw {Runtime}JsonReadErrors.UnknownValue(json, {GeneratedCode.Literal(type.Name)}, {GeneratedCode.Literal(allowed)});");
        writer.CloseBrace();
        writer.Line();
        writer.Line(GeneratedCode.WriteSignature(type) + " => value.Json.WriteTo(writer);");
    }

    private static string Doc(string text) => string.Join(" ", DocComment.Lines(text));
}
