using System;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>
/// The JSON types a <c>type</c> keyword allows. The runtime reads these bits as they are
/// (<c>ValidationContext.HasType</c>, which adds 128 for integers as draft 4 judges them): keep the two in step.
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

/// <summary>One schema, compiled to one method.</summary>
/// <param name="Method">The method's name in its class.</param>
/// <param name="Pointer">The schema's JSON pointer in its file.</param>
/// <param name="Location">The schema's absolute URI: its resource's URI and the pointer from the resource's root.</param>
/// <param name="Constant">For a boolean schema, its value; every other field is then empty.</param>
/// <param name="Types">The types allowed by <c>type</c>; <see cref="JsonTypes.Any"/> without the keyword.</param>
/// <param name="TypeKeyword">False when <c>type</c> is absent.</param>
/// <param name="LexicalIntegers">Draft 4: an integer is a number written without a fraction or exponent (1.0 is not one).</param>
/// <param name="AcceptsNull">OpenAPI's <c>nullable: true</c> (or <c>x-nullable: true</c>): null is valid before any other keyword is checked.</param>
internal sealed record SchemaPlan(
    string Method,
    string Pointer,
    string Location,
    bool? Constant,
    JsonTypes Types,
    bool TypeKeyword,
    bool LexicalIntegers,
    bool AcceptsNull,
    EquatableArray<ValuePlan> Values,
    NumberPlan? Number,
    StringPlan? String,
    ArrayPlan? Array,
    ObjectPlan? Object,
    EquatableArray<ApplicatorPlan> Applicators);

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
