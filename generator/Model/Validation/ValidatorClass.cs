namespace Schemata.Generator.Model.Validation;

/// <summary>The shape of the C# type that carries a schema's <c>Validate</c> method.</summary>
internal enum ValidatorKind : byte
{
    /// <summary>A generated record: the methods go into another part of the <c>partial record</c>.</summary>
    Record,

    /// <summary>A generated enum cannot hold methods: a <c>static partial class &lt;Enum&gt;Schema</c> beside it does.</summary>
    EnumCompanion,

    /// <summary>A schema that has no C# type of its own (a primitive, <c>true</c>, a <c>$ref</c>): a <c>static partial class</c>.</summary>
    SchemaClass,
}

/// <summary>
/// A schema whose C# type carries validation code: every generated type, plus every file root and <c>$defs</c> entry
/// that has none (a static class is generated for it). Subschemas without a class of their own are validated by
/// methods of the nearest enclosing one.
/// </summary>
internal sealed record ValidatorClass(SchemaLocation Location, ValidatorKind Kind, string Namespace, string Name)
{
    public string FullName => "global::" + (string.IsNullOrEmpty(Namespace) ? Name : Namespace + "." + Name);
}
