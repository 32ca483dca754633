using System;

namespace Schemata.Generator.Model;

/// <summary>
/// The C# type of a property that several <c>allOf</c> branches declare: a value must fit every declaration, so the
/// type is the narrowest of them (the one that refines the others), and nullable only when every one admits null.
/// Types that no value fits at once (a string and an integer) have no meet: that is a conflict (SCH018).
/// </summary>
internal static class TypeMeet
{
    /// <param name="derives">Whether one generated record derives from another (a <c>Dog</c> property refines a <c>Pet</c> one).</param>
    /// <returns>The type both declarations allow, or null when they conflict.</returns>
    public static TypeRef? Of(TypeRef a, TypeRef b, Func<TypeRef, TypeRef, bool> derives)
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
            return Of(a.Element!, b.Element!, derives) is { } element ? new TypeRef(a.Kind, Element: element, Nullable: nullable) : null;
        }

        if (a.WithNullable(false) == b.WithNullable(false))
        {
            return a.WithNullable(nullable);
        }

        if (Refines(b, a, derives))
        {
            return b.WithNullable(nullable);
        }

        return Refines(a, b, derives) ? a.WithNullable(nullable) : null;
    }

    /// <summary>Every value of <paramref name="narrow"/> is also one of <paramref name="wide"/>.</summary>
    private static bool Refines(TypeRef narrow, TypeRef wide, Func<TypeRef, TypeRef, bool> derives) => wide.Kind switch
    {
        // A format or an enum narrows a string.
        TypeKind.String => narrow.Kind is TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Guid or TypeKind.Uri or TypeKind.Bytes or TypeKind.Enum,
        // An integer is a number; a format narrows a number.
        TypeKind.Double => narrow.Kind is TypeKind.Single or TypeKind.Decimal or TypeKind.Int32 or TypeKind.Int64,
        TypeKind.Single or TypeKind.Decimal => narrow.Kind is TypeKind.Int32 or TypeKind.Int64,
        TypeKind.Int64 => narrow.Kind is TypeKind.Int32 or TypeKind.Enum,
        TypeKind.Int32 => narrow.Kind == TypeKind.Enum,
        // A record is an object of a free-form object's kind.
        TypeKind.Map => wide.Element!.Kind == TypeKind.Any && narrow.Kind == TypeKind.Record,
        TypeKind.Record => narrow.Kind == TypeKind.Record && derives(narrow, wide),
        _ => false,
    };

    /// <summary>The type as a message shows it: C# without <c>global::</c>.</summary>
    public static string Display(TypeRef type) => type.AnnotatedSyntax.Replace("global::", string.Empty);
}
