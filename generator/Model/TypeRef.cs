namespace Schemata.Generator.Model;

/// <summary>The C# shapes a schema can map to.</summary>
internal enum TypeKind : byte
{
    /// <summary>Anything: <c>JsonElement</c>.</summary>
    Any,
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    DateTimeOffset,
    DateOnly,
    Guid,
    Uri,
    /// <summary><c>byte[]</c>, from base64 text.</summary>
    Bytes,
    /// <summary><c>Schemata.ValueList&lt;Element&gt;</c>: a read-only list that compares by content.</summary>
    List,
    /// <summary><c>Schemata.ValueMap&lt;Element&gt;</c>: a read-only dictionary with string keys that compares by content.</summary>
    Map,
    /// <summary>A generated record.</summary>
    Record,
    /// <summary>A generated enum.</summary>
    Enum,
    /// <summary>A generated union (<c>oneOf</c>/<c>anyOf</c>, or several types): an abstract record with one nested record per case.</summary>
    Union,
    /// <summary>A generated tuple (<c>prefixItems</c>, array-form <c>items</c>): a positional record read from a JSON array.</summary>
    Tuple,
    /// <summary>A generated enum of values that are not all strings or all integers: a sealed record with one static instance per value.</summary>
    MixedEnum,
}

/// <summary>
/// A reference to a C# type by name (never by symbol), with whether the schema admits JSON null there.
/// </summary>
/// <param name="Namespace">For generated types (<see cref="IsNamed"/>): the type's namespace.</param>
/// <param name="Name">For generated types (<see cref="IsNamed"/>): the type's name.</param>
/// <param name="Element">For lists and maps: the element type.</param>
/// <param name="Nullable">True when the schema admits null here.</param>
internal sealed record TypeRef(TypeKind Kind, string? Namespace = null, string? Name = null, TypeRef? Element = null, bool Nullable = false)
{
    public static readonly TypeRef Any = new(TypeKind.Any);
    public static readonly TypeRef String = new(TypeKind.String);
    public static readonly TypeRef Boolean = new(TypeKind.Boolean);
    public static readonly TypeRef Int32 = new(TypeKind.Int32);
    public static readonly TypeRef Int64 = new(TypeKind.Int64);
    public static readonly TypeRef Single = new(TypeKind.Single);
    public static readonly TypeRef Double = new(TypeKind.Double);
    public static readonly TypeRef Decimal = new(TypeKind.Decimal);
    public static readonly TypeRef DateTimeOffset = new(TypeKind.DateTimeOffset);
    public static readonly TypeRef DateOnly = new(TypeKind.DateOnly);
    public static readonly TypeRef Guid = new(TypeKind.Guid);
    public static readonly TypeRef Uri = new(TypeKind.Uri);
    public static readonly TypeRef Bytes = new(TypeKind.Bytes);

    public static TypeRef ListOf(TypeRef element) => new(TypeKind.List, Element: element);

    public static TypeRef MapOf(TypeRef element) => new(TypeKind.Map, Element: element);

    public static TypeRef Named(TypeKind kind, string ns, string name) => new(kind, ns, name);

    public bool IsValueType => Kind is TypeKind.Any or TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single
        or TypeKind.Double or TypeKind.Decimal or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Guid or TypeKind.Enum;

    public bool IsNamed => Kind is TypeKind.Record or TypeKind.Enum or TypeKind.Union or TypeKind.Tuple or TypeKind.MixedEnum;

    public string FullName => "global::" + (string.IsNullOrEmpty(Namespace) ? Name : Namespace + "." + Name);

    public TypeRef WithNullable(bool nullable) => nullable == Nullable ? this : this with { Nullable = nullable };

    /// <summary>The C# type, without a nullable annotation at the top (elements carry theirs).</summary>
    public string Syntax => Kind switch
    {
        // Through the alias every generated file declares (GeneratedCode.Json).
        TypeKind.Any => "SchemataJson::JsonElement",
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Single => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.DateOnly => "global::System.DateOnly",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Uri => "global::System.Uri",
        TypeKind.Bytes => "byte[]",
        TypeKind.List => "Schemata::ValueList<" + Element!.AnnotatedSyntax + ">",
        TypeKind.Map => "Schemata::ValueMap<" + Element!.AnnotatedSyntax + ">",
        _ => FullName,
    };

    /// <summary>The C# type with '?' when the schema admits null (a JSON null inside a list of any type stays a JsonElement).</summary>
    public string AnnotatedSyntax => Nullable && Kind != TypeKind.Any ? Syntax + "?" : Syntax;

    public override string ToString() => AnnotatedSyntax;
}
