using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>Writes a generated enum whose members remember their exact wire values.</summary>
internal static class EnumEmitter
{
    public static string Emit(TypeModel type)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, type.Namespace);
        DocComment.WriteSummary(writer, type.Summary);
        GeneratedCode.WriteTypeAttributes(writer, type);
        writer.Line($"{type.Accessibility} enum {type.Name}");
        writer.OpenBrace();
        foreach (var member in type.Members)
        {
            writer.Line($"/// <summary>The wire value <c>{EscapeXml(member.Value)}</c>.</summary>");
            writer.Line($"[global::System.Runtime.Serialization.EnumMember(Value = {GeneratedCode.Literal(member.Value)})]");
            writer.Line($"{member.Name},");
        }

        writer.CloseBrace();
        return writer.ToString();
    }

    private static string EscapeXml(string value) => string.Join(" ", DocComment.Lines(value));
}
