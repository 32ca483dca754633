using System.Linq;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a generated enum, its internal converter and its wire-value helpers. String enums declare their members in
/// schema order without explicit values, so that a member's value is its index into the runtime's
/// <c>StringEnumTable</c>; integer enums keep their wire numbers as values. Enums are open unless the schema's file or
/// the project asks for strict ones (<c>SchemataStrictEnums</c>): a value the schema does not list reads without
/// error and is written back as it came. The C# type stays a plain enum, so the known values are still constants that
/// <c>switch</c> and IntelliSense see. The enum is the one public type: its converter is internal, and
/// <c>ToWireValue</c>, <c>IsKnown</c> and <c>TryFromWireValue</c> are members of the namespace's <c>SchemataEnums</c>.
/// </summary>
internal static class EnumEmitter
{
    private const string Json = GeneratedCode.Json;
    private const string Runtime = GeneratedCode.Runtime;

    /// <summary>The class of every namespace that holds the enums' wire-value helpers.</summary>
    public const string HelpersClass = "SchemataEnums";

    /// <summary>The type's file, in a writer that more code of the same file can follow.</summary>
    public static SourceWriter Write(TypeModel type)
    {
        var converter = type.Name + "JsonConverter";
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, type.Namespace);
        DocComment.WriteSummary(writer, type.Summary);
        GeneratedCode.WriteTypeAttributes(writer, type);
        writer.Line($"[{Json}Serialization.JsonConverter(typeof(global::{type.Namespace}.{converter}))]");
        var integer = type.IsIntegerEnum;
        var wide = integer && IsWide(type);
        writer.Line($"{type.Accessibility} enum {type.Name}{(wide ? " : long" : string.Empty)}");
        writer.OpenBrace();
        foreach (var member in type.Members)
        {
            // Integer enums keep their wire values as the members' values.
            writer.Line(integer ? $"{member.Name} = {member.Number}{(wide ? "L" : string.Empty)}," : $"{member.Name},");
        }

        writer.CloseBrace();
        writer.Line();
        var strict = type.Strict ? "true" : "false";
        var table = integer
            ? $"IntegerEnumTable Table = new({GeneratedCode.Literal(type.Name)}, {strict}, {(wide ? "true" : "false")}, {string.Join(", ", type.Members.Select(m => m.Number))})"
            : $"StringEnumTable Table = new({GeneratedCode.Literal(type.Name)}, {strict}, {string.Join(", ", type.Members.Select(m => GeneratedCode.Literal(m.Value)))})";
        var number = integer ? "long" : "int";
        writer.Line(GeneratedCode.Attribute);
        // In the converter, as in the helpers below, the enum's simple name reaches it: where C# wants a type it looks for
        // types only, and the converter and its bases declare none.
        writer.Line($"internal sealed class {converter} : {Runtime}JsonHandlerConverter<{type.Name}, {converter}>, {Runtime}IJsonHandler<{type.Name}>");
        writer.OpenBrace();
        writer.Line($"internal static readonly {Runtime}{table};");
        writer.Line($"public static {type.Name} ReadValue(ref {Json}Utf8JsonReader reader) => ({type.Name})Table.Read(ref reader);");
        writer.Line($"public static void WriteValue({Json}Utf8JsonWriter writer, {type.Name} value) => Table.Write(writer, ({number})value);");
        writer.CloseBrace();
        writer.Line();
        var access = type.Accessibility;
        var unknown = type.Strict ? string.Empty : " (or a value read that the schema does not list, as it was read)";
        // The helpers class is in the enum's namespace: simple names reach the enum and its converter (no type may be named
        // SchemataEnums, and the class's methods do not hide types).
        var name = type.Name;
        writer.Line($"{access} static partial class {HelpersClass}");
        writer.OpenBrace();
        writer.Line($"/// <summary>The exact wire value of <paramref name=\"value\"/>{unknown}.</summary>");
        writer.Line($"{access} static string ToWireValue(this {name} value) => {converter}.Table.ToWire(({number})value);");
        writer.Line("/// <summary>Whether <paramref name=\"value\"/> is a member the schema lists.</summary>");
        writer.Line($"{access} static bool IsKnown(this {name} value) => {converter}.Table.IsKnown(({number})value);");
        if (!integer)
        {
            var kept = type.Strict ? string.Empty : " (or the value kept for a string the schema does not list)";
            writer.Line($"/// <summary>The member that <paramref name=\"wire\"/> stands for{kept}; false when there is none.</summary>");
            writer.Line($"{access} static bool TryFromWireValue(string wire, out {name} value) => {converter}.Table.TryFromWire(wire, out value);");
        }

        writer.CloseBrace();
        return writer;
    }

    /// <summary>An integer enum with a value outside <c>int</c>: its underlying type is <c>long</c>.</summary>
    private static bool IsWide(TypeModel type)
        => type.Members.Any(m => long.Parse(m.Number!, System.Globalization.CultureInfo.InvariantCulture) is < int.MinValue or > int.MaxValue);
}
