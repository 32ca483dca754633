using System;
using Schemata.Generator.Model;

namespace Schemata.Generator.Typing.AllOf;

/// <summary>
/// The C# type of a property that several <c>allOf</c> branches declare: a value must fit every declaration, so the
/// type is the narrowest of them (the one that refines the others), and nullable only when every one admits null.
/// Types that no value fits at once (a string and an integer) have no meet: that is a conflict (SCH018).
/// </summary>
internal static class TypeIntersection
{
    /// <param name="derives">Whether one generated record derives from another (a <c>Dog</c> property refines a <c>Pet</c> one).</param>
    /// <param name="enums">The values of a generated enum (null when they are not known).</param>
    /// <returns>The type both declarations allow, or null when they conflict.</returns>
    public static TypeRef? Of(TypeRef a, TypeRef b, Func<TypeRef, TypeRef, bool> derives, Func<TypeRef, EnumValues?> enums)
    {
        // JsonElement holds anything, null included: the other declaration says more.
        if (a.Kind == TypeKind.Any)
        {
            return b;
        }

        if (b.Kind == TypeKind.Any)
        {
            return a;
        }

        var nullable = a.Nullable && b.Nullable;
        if (a.Kind == b.Kind && a.Kind is TypeKind.List or TypeKind.Map)
        {
            return Of(a.Element!, b.Element!, derives, enums) is { } element ? new TypeRef(a.Kind, Element: element, Nullable: nullable) : null;
        }

        if (a.WithNullable(false) == b.WithNullable(false))
        {
            return a.WithNullable(nullable);
        }

        if (a.Kind == TypeKind.Enum && b.Kind == TypeKind.Enum && enums(a) is { } aValues && enums(b) is { } bValues)
        {
            return OfEnums(a, aValues, b, bValues)?.WithNullable(nullable);
        }

        if (Refines(b, a, derives, enums))
        {
            return b.WithNullable(nullable);
        }

        return Refines(a, b, derives, enums) ? a.WithNullable(nullable) : null;
    }

    /// <summary>
    /// Two generated enums: the values that fit both are those in both, so the type is the enum with fewer values (it
    /// holds exactly those when its values are among the other's), then the named one (the type other schemas share,
    /// where the inline one is a single record's), then the first. When their values only overlap, neither holds just
    /// the common ones, but each holds all of them: the smaller one is still sound, and validation rejects the rest.
    /// No value in both, or strings against integers, is a conflict.
    /// </summary>
    private static TypeRef? OfEnums(TypeRef a, EnumValues aValues, TypeRef b, EnumValues bValues)
    {
        if (aValues.Integers != bValues.Integers || !aValues.Wires.Overlaps(bValues.Wires))
        {
            return null;
        }

        if (aValues.Wires.Count != bValues.Wires.Count)
        {
            return aValues.Wires.Count < bValues.Wires.Count ? a : b;
        }

        return bValues.Named && !aValues.Named ? b : a;
    }

    /// <summary>Every value of <paramref name="narrow"/> is also one of <paramref name="wide"/>.</summary>
    private static bool Refines(TypeRef narrow, TypeRef wide, Func<TypeRef, TypeRef, bool> derives, Func<TypeRef, EnumValues?> enums) => wide.Kind switch
    {
        // A format or a string enum narrows a string.
        TypeKind.String => narrow.Kind is TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Guid or TypeKind.Uri or TypeKind.Bytes
            || (narrow.Kind == TypeKind.Enum && enums(narrow) is not { Integers: true }),
        // An integer is a number; a format narrows a number; an integer enum narrows an integer.
        TypeKind.Double => narrow.Kind is TypeKind.Single or TypeKind.Decimal or TypeKind.Int32 or TypeKind.Int64,
        TypeKind.Single or TypeKind.Decimal => narrow.Kind is TypeKind.Int32 or TypeKind.Int64,
        TypeKind.Int64 => narrow.Kind is TypeKind.Int32 || (narrow.Kind == TypeKind.Enum && enums(narrow) is not { Integers: false }),
        TypeKind.Int32 => narrow.Kind == TypeKind.Enum && enums(narrow) is not { Integers: false },
        // A record is an object of a free-form object's kind.
        TypeKind.Map => wide.Element!.Kind == TypeKind.Any && narrow.Kind == TypeKind.Record,
        TypeKind.Record => narrow.Kind == TypeKind.Record && derives(narrow, wide),
        _ => false,
    };

    /// <summary>The type as a message shows it: C# without <c>global::</c>.</summary>
    public static string Display(TypeRef type) => type.AnnotatedSyntax.Replace("global::", string.Empty);
}
