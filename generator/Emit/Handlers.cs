using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// The runtime or generated handler (an <c>IJsonHandler&lt;T&gt;</c>) that reads and writes a C# type, and the
/// direct <c>Utf8JsonWriter</c> calls used for the common primitives.
/// </summary>
internal static class Handlers
{
    private const string Runtime = GeneratedCode.Runtime;

    /// <summary>The handler of <paramref name="type"/>; a nullable element gets a null-accepting wrapper.</summary>
    public static string Of(TypeRef type)
    {
        var handler = Plain(type);
        if (!type.Nullable || type.Kind == TypeKind.Any)
        {
            return handler;
        }

        return type.IsValueType
            ? $"{Runtime}NullableHandler<{type.Syntax}, {handler}>"
            : $"{Runtime}NullableReferenceHandler<{type.Syntax}, {handler}>";
    }

    /// <summary>The handler of <paramref name="type"/> for non-null values.</summary>
    public static string Plain(TypeRef type) => type.Kind switch
    {
        TypeKind.Any => Runtime + "JsonElementHandler",
        TypeKind.String => Runtime + "StringHandler",
        TypeKind.Boolean => Runtime + "BooleanHandler",
        TypeKind.Int32 => Runtime + "Int32Handler",
        TypeKind.Int64 => Runtime + "Int64Handler",
        TypeKind.Single => Runtime + "SingleHandler",
        TypeKind.Double => Runtime + "DoubleHandler",
        TypeKind.Decimal => Runtime + "DecimalHandler",
        TypeKind.DateTimeOffset => Runtime + "DateTimeOffsetHandler",
        TypeKind.DateOnly => Runtime + "DateOnlyHandler",
        TypeKind.Guid => Runtime + "GuidHandler",
        TypeKind.Uri => Runtime + "UriHandler",
        TypeKind.Bytes => Runtime + "Base64Handler",
        TypeKind.List => $"{Runtime}ListHandler<{type.Element!.AnnotatedSyntax}, {Of(type.Element)}>",
        TypeKind.Map => $"{Runtime}MapHandler<{type.Element!.AnnotatedSyntax}, {Of(type.Element)}>",
        TypeKind.Record or TypeKind.Union or TypeKind.Tuple or TypeKind.MixedEnum => $"{Runtime}ModelHandler<{type.FullName}>",
        _ => EnumConverter(type),
    };

    /// <summary>An enum's converter: a sibling type named after it, whose name the type namer reserves.</summary>
    public static string EnumConverter(TypeRef type) => type.FullName + "JsonConverter";

    /// <summary>
    /// The statement that writes a non-null array item <paramref name="value"/> at <paramref name="index"/>: through
    /// the runtime, which adds the index to the error's path, when writing it can fail.
    /// </summary>
    /// <param name="orNull">The value may be null (written as JSON null): the handler is <see cref="Of"/>, else <see cref="Plain"/>.</param>
    public static string WriteItem(TypeRef type, bool orNull, string index, string value)
    {
        var handler = orNull ? Of(type) : Plain(type);
        return CanFail(type)
            ? $"{Runtime}JsonObjectWriter.WriteItem<{(orNull ? type.AnnotatedSyntax : type.Syntax)}, {handler}>(writer, {index}, {value});"
            : $"{handler}.WriteValue(writer, {value});";
    }

    /// <summary>Whether writing a value of this type can fail: everything but strings, integers, dates, UUIDs, URIs and bytes.</summary>
    private static bool CanFail(TypeRef type) => type.Kind is not (TypeKind.String or TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64
        or TypeKind.Decimal or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Guid or TypeKind.Uri or TypeKind.Bytes);
}
