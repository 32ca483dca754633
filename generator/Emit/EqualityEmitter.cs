using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a record's <c>Equals</c> and <c>GetHashCode</c>. C# records compare list and dictionary properties by
/// reference; these compare them by content (and JSON values by data), so two reads of the same JSON are equal.
/// </summary>
internal static class EqualityEmitter
{
    private const string Runtime = "global::Schemata.ValueEquality";

    public static void Write(SourceWriter writer, TypeModel type)
    {
        writer.Line("/// <summary>Whether <paramref name=\"other\"/> holds the same values: lists, dictionaries and JSON values compare by content.</summary>");
        writer.Line($"public virtual bool Equals({type.FullName}? other)");
        writer.OpenBrace();
        writer.Line("if ((object)this == other)");
        writer.OpenBrace();
        writer.Line("return true;");
        writer.CloseBrace();
        writer.Line();
        // A derived record compares what its base holds (the contract, the base's properties and the undeclared ones) through the base.
        var terms = type.Base is null
            ? new System.Collections.Generic.List<string> { "other is not null", "EqualityContract == other.EqualityContract" }
            : new System.Collections.Generic.List<string> { "other is not null", "base.Equals(other)" };
        foreach (var property in type.DeclaredProperties)
        {
            if (property.TracksPresence)
            {
                terms.Add($"{property.PresenceFieldName} == other.{property.PresenceFieldName}");
                terms.Add(Equal(property.Type, property.TypeSyntax, property.FieldName, "other." + property.FieldName, 1));
            }
            else
            {
                terms.Add(Equal(property.Type, property.TypeSyntax, property.Name, "other." + property.Name, 1));
            }
        }

        if (type.Base is null && AdditionalType(type) is { } additional)
        {
            terms.Add($"{Runtime}.Maps(AdditionalProperties, other.AdditionalProperties{ItemEquality(additional, 1)})");
        }

        writer.Line("return " + terms[0]);
        writer.Indentation++;
        for (var i = 1; i < terms.Count; i++)
        {
            writer.Line("&& " + terms[i] + (i == terms.Count - 1 ? ";" : string.Empty));
        }

        writer.Indentation--;
        writer.CloseBrace();
        writer.Line();
        writer.Line("/// <summary>A hash code that agrees with <see cref=\"Equals(" + type.Name + "?)\"/>.</summary>");
        writer.Line("public override int GetHashCode()");
        writer.OpenBrace();
        writer.Line("var hash = new global::System.HashCode();");
        writer.Line(type.Base is null ? "hash.Add(EqualityContract);" : "hash.Add(base.GetHashCode());");
        foreach (var property in type.DeclaredProperties)
        {
            var access = property.TracksPresence ? property.FieldName : property.Name;
            writer.Line($"hash.Add({Hash(property.Type, access, 1)});");
        }

        if (type.Base is null && AdditionalType(type) is { } extra)
        {
            writer.Line($"hash.Add({Runtime}.MapHash(AdditionalProperties{ItemHash(extra, 1)}));");
        }

        writer.Line("return hash.ToHashCode();");
        writer.CloseBrace();
    }

    /// <summary>An expression that compares <paramref name="a"/> and <paramref name="b"/> of the given type by content.</summary>
    internal static string Equal(TypeRef type, string syntax, string a, string b, int depth) => type.Kind switch
    {
        TypeKind.Any => $"{Runtime}.Elements({a}, {b})",
        TypeKind.Bytes => $"{Runtime}.Bytes({a}, {b})",
        TypeKind.List => $"{Runtime}.Lists({a}, {b}{ItemEquality(type.Element!, depth)})",
        TypeKind.Map => $"{Runtime}.Maps({a}, {b}{ItemEquality(type.Element!, depth)})",
        _ => $"global::System.Collections.Generic.EqualityComparer<{syntax}>.Default.Equals({a}, {b})",
    };

    internal static string Hash(TypeRef type, string value, int depth) => type.Kind switch
    {
        TypeKind.Any => $"{Runtime}.ElementHash({value})",
        TypeKind.Bytes => $"{Runtime}.BytesHash({value})",
        TypeKind.List => $"{Runtime}.ListHash({value}{ItemHash(type.Element!, depth)})",
        TypeKind.Map => $"{Runtime}.MapHash({value}{ItemHash(type.Element!, depth)})",
        _ => value,
    };

    /// <summary>The comparison of elements, when the default one would compare by reference.</summary>
    private static string ItemEquality(TypeRef element, int depth)
        => NeedsContentComparison(element)
            ? $", static (x{depth}, y{depth}) => {Equal(element, element.AnnotatedSyntax, "x" + depth, "y" + depth, depth + 1)}"
            : string.Empty;

    private static string ItemHash(TypeRef element, int depth)
        => NeedsContentComparison(element)
            ? $", static v{depth} => {Hash(element, "v" + depth, depth + 1)}"
            : string.Empty;

    internal static bool NeedsContentComparison(TypeRef type) => type.Kind is TypeKind.Any or TypeKind.Bytes or TypeKind.List or TypeKind.Map;

    private static TypeRef? AdditionalType(TypeModel type) => type.AdditionalProperties switch
    {
        AdditionalPropertiesKind.Forbidden => null,
        AdditionalPropertiesKind.Typed => type.AdditionalPropertiesType,
        _ => TypeRef.Any,
    };
}
