using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// The runtime or generated handler (an <c>IJsonHandler&lt;T&gt;</c>) that reads and writes a C# type, and the
/// direct <c>Utf8JsonWriter</c> calls used for the common primitives.
/// </summary>
internal static class Handlers
{
    private const string Runtime = "global::Schemata.Serialization.";

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
        TypeKind.Record or TypeKind.Union or TypeKind.Tuple or TypeKind.MixedEnum => type.FullName + ".JsonConverter",
        _ => EnumConverter(type),
    };

    /// <summary>An enum's converter: a sibling type named after it, whose name the type namer reserves.</summary>
    public static string EnumConverter(TypeRef type) => type.FullName + "JsonConverter";

    /// <summary>
    /// The statement that writes a non-null <paramref name="value"/> under the pre-encoded property name
    /// <paramref name="name"/>: one writer call for primitives, the handler for everything else.
    /// </summary>
    public static string WriteProperty(TypeRef type, string name, string value) => type.Kind switch
    {
        TypeKind.String or TypeKind.Guid => $"writer.WriteString({name}, {value});",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal => $"writer.WriteNumber({name}, {value});",
        TypeKind.Boolean => $"writer.WriteBoolean({name}, {value});",
        _ => $"writer.WritePropertyName({name}); {Plain(type)}.WriteValue(writer, {value});",
    };
}
