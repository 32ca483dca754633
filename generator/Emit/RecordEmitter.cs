using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>Writes a generated record: its documented, attributed properties.</summary>
internal static class RecordEmitter
{
    public static string Emit(TypeModel type)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, type.Namespace);
        DocComment.WriteSummary(writer, type.Summary);
        GeneratedCode.WriteTypeAttributes(writer, type);
        writer.Line($"{type.Accessibility} partial record {type.Name}");
        writer.OpenBrace();
        var first = true;
        foreach (var property in type.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            DocComment.WriteSummary(writer, property.Summary);
            writer.Line($"[global::System.Text.Json.Serialization.JsonPropertyName({GeneratedCode.Literal(property.JsonName)})]");
            if (property.Deprecated)
            {
                writer.Line("[global::System.Obsolete]");
            }

            var required = property.IsRequired ? "required " : string.Empty;
            writer.Line($"public {required}{property.TypeSyntax} {property.Name} {{ get; init; }}");
        }

        writer.CloseBrace();
        return writer.ToString();
    }
}
