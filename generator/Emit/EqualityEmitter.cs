using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a record's <c>Equals</c> and <c>GetHashCode</c> when the compiler's would be wrong. Lists and dictionaries
/// are the runtime's <c>ValueList</c> and <c>ValueMap</c>, which compare by content themselves, so most records need
/// none: the compiler's record equality is right. A <c>JsonElement</c> or <c>byte[]</c> member still compares by
/// reference in C#; a record that holds one gets these, which compare it by content (JSON values by data).
/// </summary>
internal static class EqualityEmitter
{
    private const string Runtime = "Schemata::ValueEquality";

    /// <summary>Writes them for a record that needs them; false (and nothing written) for one whose compiler-made equality is right.</summary>
    public static bool Write(SourceWriter writer, TypeModel type)
    {
        if (!NeedsGeneratedEquality(type))
        {
            return false;
        }

        var members = new System.Collections.Generic.List<EqualityMember>();
        foreach (var property in type.DeclaredProperties)
        {
            if (property.IsConst)
            {
                // Always the same value.
                continue;
            }

            if (property.TracksPresence)
            {
                members.Add(new EqualityMember(TypeRef.Boolean, "bool", property.PresenceFieldName, HashIt: false));
                members.Add(new EqualityMember(property.Type, property.TypeSyntax, property.FieldName));
            }
            else
            {
                members.Add(new EqualityMember(property.Type, property.TypeSyntax, property.Name));
            }
        }

        foreach (var pattern in type.Patterns)
        {
            members.Add(new EqualityMember(TypeRef.MapOf(pattern.Type), string.Empty, pattern.Name));
        }

        // A derived record leaves what its base holds (the base's properties and the undeclared ones) to the base.
        if (type.Base is null && AdditionalType(type) is { } additional)
        {
            members.Add(new EqualityMember(TypeRef.MapOf(additional), string.Empty, "AdditionalProperties"));
        }

        Write(writer, type, members);
        return true;
    }

    /// <summary>
    /// Whether one of the record's own members compares by reference in C# (a <c>JsonElement</c>, a <c>byte[]</c>).
    /// Everything else (strings, values, generated types, <c>ValueList</c>, <c>ValueMap</c>, the presence flags of
    /// optional nullable properties) compares by content in the compiler's record equality, which also compares the
    /// <c>EqualityContract</c> and calls the base record's <c>Equals</c>.
    /// </summary>
    internal static bool NeedsGeneratedEquality(TypeModel type)
    {
        foreach (var property in type.DeclaredProperties)
        {
            if (!property.IsConst && NeedsContentComparison(property.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes <c>Equals</c> and <c>GetHashCode</c> over the given members, in order.</summary>
    public static void Write(SourceWriter writer, TypeModel type, System.Collections.Generic.IReadOnlyList<EqualityMember> members)
    {
        writer.Line("/// <summary>Whether <paramref name=\"other\"/> holds the same values, lists, dictionaries and JSON values compared by content.</summary>");
        writer.Line($"public virtual bool Equals({type.Name}? other)");
        writer.OpenBrace();
        writer.Line("if ((object)this == other) return true;");
        // A derived record compares the contract and what its base holds through the base.
        var terms = type.Base is null
            ? new System.Collections.Generic.List<string> { "other is not null", "EqualityContract == other.EqualityContract" }
            : new System.Collections.Generic.List<string> { "other is not null", "base.Equals(other)" };
        foreach (var member in members)
        {
            // Presence flags compare with ==; everything else by content.
            var other = member.OtherAccess ?? "other." + member.Access;
            terms.Add(member.HashIt ? Equal(member.Type, member.Syntax, member.Access, other, 1) : $"{member.Access} == {other}");
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
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override int GetHashCode()");
        writer.OpenBrace();
        writer.Line("var hash = new global::System.HashCode();");
        writer.Line(type.Base is null ? "hash.Add(EqualityContract);" : "hash.Add(base.GetHashCode());");
        foreach (var member in members)
        {
            if (member.HashIt)
            {
                writer.Line($"hash.Add({Hash(member.Type, member.Access, 1)});");
            }
        }

        writer.Line("return hash.ToHashCode();");
        writer.CloseBrace();
    }

    /// <summary>An expression that compares <paramref name="a"/> and <paramref name="b"/> of the given type by content.</summary>
    internal static string Equal(TypeRef type, string syntax, string a, string b, int depth) => type.Kind switch
    {
        TypeKind.Any => $"{Runtime}.Elements({a}, {b})",
        TypeKind.Bytes => $"{Runtime}.Bytes({a}, {b})",
        TypeKind.List when IsElement(type.Element!) => $"{Runtime}.ElementLists({a}, {b})",
        TypeKind.Map when IsElement(type.Element!) => $"{Runtime}.ElementMaps({a}, {b})",
        TypeKind.List => $"{Runtime}.Lists({a}, {b}{ItemEquality(type.Element!, depth)})",
        TypeKind.Map => $"{Runtime}.Maps({a}, {b}{ItemEquality(type.Element!, depth)})",
        // What EqualityComparer<T>.Default does for these, in fewer characters: ordinal for strings, lifted == for the
        // nullable forms of the others.
        _ when syntax is "string" or "string?" => $"string.Equals({a}, {b})",
        _ when syntax is "bool" or "bool?" or "int" or "int?" or "long" or "long?" => $"{a} == {b}",
        _ => $"global::System.Collections.Generic.EqualityComparer<{syntax}>.Default.Equals({a}, {b})",
    };

    internal static string Hash(TypeRef type, string value, int depth) => type.Kind switch
    {
        TypeKind.Any => $"{Runtime}.ElementHash({value})",
        TypeKind.Bytes => $"{Runtime}.BytesHash({value})",
        TypeKind.List when IsElement(type.Element!) => $"{Runtime}.ElementListHash({value})",
        TypeKind.Map when IsElement(type.Element!) => $"{Runtime}.ElementMapHash({value})",
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

    /// <summary>A <c>JsonElement</c> (not nullable): lists and maps of these, the commonest, have runtime comparers of their own.</summary>
    private static bool IsElement(TypeRef element) => element.Kind == TypeKind.Any && element.AnnotatedSyntax == TypeRef.Any.Syntax;

    /// <summary>A type whose C# equality is by reference: lists and maps (<c>ValueList</c>, <c>ValueMap</c>) compare by content themselves.</summary>
    internal static bool NeedsContentComparison(TypeRef type) => type.Kind is TypeKind.Any or TypeKind.Bytes;

    private static TypeRef? AdditionalType(TypeModel type) => type.AdditionalProperties switch
    {
        AdditionalPropertiesKind.Forbidden => null,
        AdditionalPropertiesKind.Typed => type.AdditionalPropertiesType,
        _ => TypeRef.Any,
    };
}

/// <summary>A member that <c>Equals</c> compares and <c>GetHashCode</c> hashes (unless <paramref name="HashIt"/> is false).</summary>
/// <param name="Syntax">The member's C# type, as <c>EqualityComparer&lt;T&gt;</c> needs it for types compared by default.</param>
/// <param name="Access">The member (property or field) to read on <c>this</c> and <c>other</c>.</param>
/// <param name="OtherAccess">The expression for <c>other</c>, when it is not <c>other.</c> followed by <paramref name="Access"/>.</param>
internal readonly record struct EqualityMember(TypeRef Type, string Syntax, string Access, bool HashIt = true, string? OtherAccess = null);
