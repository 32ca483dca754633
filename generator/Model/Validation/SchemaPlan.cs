using System;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>
/// The JSON types a <c>type</c> keyword allows. The runtime reads these bits as they are
/// (<c>SchemaValidationContext.HasType</c>, which adds 128 for integers as draft 4 judges them): keep the two in step.
/// </summary>
[Flags]
internal enum JsonTypes : byte
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Object = 4,
    Array = 8,
    Number = 16,
    String = 32,
    /// <summary>Numbers without a fractional part; implied by <see cref="Number"/>.</summary>
    Integer = 64,
    Any = Null | Boolean | Object | Array | Number | String | Integer,
}

/// <summary>One schema, compiled to one method; a keyword the schema does not use keeps its default (nothing to check).</summary>
internal sealed record SchemaPlan
{
    /// <summary>The method's name in its class.</summary>
    public required string Method { get; init; }

    /// <summary>
    /// A <c>$ref</c> or <c>$dynamicRef</c> target below the class's own schema: the method is internal to its file's checks
    /// class and the type hands it out through its explicit <c>ISchemaValidated&lt;T&gt;.Subschema</c>, for the other
    /// classes that call it; else private. A class's own schema is reached through its explicit <c>Evaluate</c> instead.
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>The schema's JSON pointer in its file.</summary>
    public required string Pointer { get; init; }

    /// <summary>The schema's absolute URI: its resource's URI and the pointer from the resource's root.</summary>
    public required string Location { get; init; }

    /// <summary>For a boolean schema, its value; every other member is then empty.</summary>
    public bool? Constant { get; init; }

    /// <summary>The types allowed by <c>type</c>; <see cref="JsonTypes.Any"/> without the keyword.</summary>
    public JsonTypes Types { get; init; } = JsonTypes.Any;

    /// <summary>False when <c>type</c> is absent.</summary>
    public bool TypeKeyword { get; init; }

    /// <summary>Draft 4: an integer is a number written without a fraction or exponent (1.0 is not one).</summary>
    public bool LexicalIntegers { get; init; }

    /// <summary>OpenAPI's <c>nullable: true</c> (or <c>x-nullable: true</c>): null is valid before any other keyword is checked.</summary>
    public bool AcceptsNull { get; init; }

    public EquatableArray<ValuePlan> Values { get; init; } = EquatableArray<ValuePlan>.Empty;

    public NumberPlan? Number { get; init; }

    public StringPlan? String { get; init; }

    public ArrayPlan? Array { get; init; }

    public ObjectPlan? Object { get; init; }

    public EquatableArray<ApplicatorPlan> Applicators { get; init; } = EquatableArray<ApplicatorPlan>.Empty;
}

/// <summary>A reference to the method that validates a subschema.</summary>
/// <param name="Class">The class holding the method; null for the current class.</param>
/// <param name="Path">The evaluation-path segment of the call ("/properties/a", or "/properties/a/$ref" when the call goes straight to a reference's target).</param>
/// <param name="Constant">True or false when the subschema is a boolean (or empty) schema and needs no call.</param>
/// <param name="EnterResource">The resource URI to push on the dynamic scope during the call, if any.</param>
/// <param name="Inline">A subschema that only checks the type is checked at the call site, without a method of its own.</param>
/// <param name="Guard">The call follows a reference: check the stack first, since references can recurse without consuming the value.</param>
internal sealed record SubschemaCall(string? Class, string Method, string Path, bool? Constant, string? EnterResource, InlineCheck? Inline = null, bool Guard = false);

/// <summary>The <c>type</c> check of a subschema that has nothing else to check, made by its caller.</summary>
internal sealed record InlineCheck(JsonTypes Types, bool LexicalIntegers, bool AcceptsNull);
