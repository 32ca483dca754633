using System;
using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

// The validation plan: what the validator emitter reads. Like the type models, these values are immutable, compare
// by value and name other types only by string, so that Roslyn can cache them and re-emit only what changed.

/// <summary>The validation code of one C# type: its public <c>Validate</c> and a method per schema it owns.</summary>
/// <param name="SchemaFile">The schema file relative to the project, as errors report it.</param>
/// <param name="Pointer">The pointer of the site's own schema.</param>
/// <param name="TypeName">For an enum companion, the enum; else the type itself.</param>
/// <param name="RootResource">The URI of the site's resource when it declares dynamic anchors (the dynamic scope starts there); else null.</param>
/// <param name="Schemas">Every schema the type owns; the first is the site's own.</param>
/// <param name="Regexes">The translated patterns the methods use, by index.</param>
/// <param name="DerivesFromRecord">The record derives from another generated record (<c>allOf</c>), whose validation members it hides.</param>
internal sealed record ValidatorModel(
    ValidatorKind Kind,
    string Namespace,
    string Name,
    string Accessibility,
    string SchemaFile,
    string Pointer,
    string TypeName,
    string? RootResource,
    EquatableArray<SchemaPlan> Schemas,
    EquatableArray<string> Regexes,
    bool DerivesFromRecord = false)
{
    public string HintName => SourceFile.ValidatorHintName(Namespace, Name);
}

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

/// <summary>A JSON value written in a schema (<c>enum</c>/<c>const</c>): its kind and its text (a string's value, a number's or a structure's JSON).</summary>
internal sealed record JsonLiteral(JsonNodeKind Kind, string Text);

/// <summary><c>enum</c> (several values) or <c>const</c> (one).</summary>
internal sealed record ValuePlan(string Keyword, EquatableArray<JsonLiteral> Values);

internal enum BoundKind : byte
{
    Minimum,
    ExclusiveMinimum,
    Maximum,
    ExclusiveMaximum,
}

/// <summary>A bound on numbers; <paramref name="Keyword"/> is the keyword that failed (draft 4's boolean exclusives report their bound).</summary>
internal sealed record NumberBound(string Keyword, BoundKind Kind, string Literal);

internal sealed record NumberPlan(EquatableArray<NumberBound> Bounds, string? MultipleOf);

/// <summary>String keywords; <paramref name="Pattern"/> is an index into the class's regexes, <paramref name="Format"/> an asserted format.</summary>
internal sealed record StringPlan(long? MinLength, long? MaxLength, int? Pattern, string? PatternText, string? Format);

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

/// <summary>A <c>properties</c> entry or a <c>required</c> name; <paramref name="RequiredSlot"/> is -1 when not required.</summary>
internal sealed record PropertyPlan(string Name, SubschemaCall? Schema, int RequiredSlot);

internal sealed record PatternPropertyPlan(int Regex, string Pattern, SubschemaCall Schema);

/// <summary>A <c>dependentRequired</c> (or array-valued <c>dependencies</c>) entry.</summary>
internal sealed record DependentRequiredPlan(string Keyword, string Property, EquatableArray<string> Required);

/// <summary>A <c>dependentSchemas</c> (or schema-valued <c>dependencies</c>) entry.</summary>
internal sealed record DependentSchemaPlan(string Keyword, string Property, SubschemaCall Schema);

internal sealed record ObjectPlan(
    EquatableArray<PropertyPlan> Properties,
    int RequiredCount,
    EquatableArray<PatternPropertyPlan> PatternProperties,
    SubschemaCall? AdditionalProperties,
    SubschemaCall? PropertyNames,
    EquatableArray<DependentRequiredPlan> DependentRequired,
    EquatableArray<DependentSchemaPlan> DependentSchemas,
    long? MinProperties,
    long? MaxProperties,
    SubschemaCall? UnevaluatedProperties)
{
    /// <summary>Whether the plan needs to look at each property of the instance.</summary>
    public bool IteratesProperties => Properties.Count > 0 || PatternProperties.Count > 0 || AdditionalProperties is not null
        || PropertyNames is not null;
}

/// <param name="PrefixKeyword"><c>prefixItems</c>, or <c>items</c> in its array form before 2020-12.</param>
/// <param name="Items">The schema of items after the prefix: <c>items</c> (2020-12, or schema-form before), or <c>additionalItems</c>.</param>
/// <param name="ContainsMarks">Whether items that match <c>contains</c> count as evaluated (2020-12).</param>
internal sealed record ArrayPlan(
    string PrefixKeyword,
    EquatableArray<SubschemaCall> Prefix,
    string ItemsKeyword,
    SubschemaCall? Items,
    SubschemaCall? Contains,
    long? MinContains,
    long? MaxContains,
    bool ContainsMarks,
    long? MinItems,
    long? MaxItems,
    bool UniqueItems,
    SubschemaCall? UnevaluatedItems);

internal enum ApplicatorKind : byte
{
    AllOf,
    AnyOf,
    OneOf,
    Not,
    /// <summary><c>if</c>/<c>then</c>/<c>else</c>: Schemas[0] is <c>if</c>; <see cref="ApplicatorPlan.Then"/> and <see cref="ApplicatorPlan.Else"/> may be null.</summary>
    Conditional,
    /// <summary><c>$ref</c>, <c>$dynamicRef</c> or <c>$recursiveRef</c>: Schemas[0] is the static target.</summary>
    Reference,
}

/// <summary>A keyword that applies subschemas to the same instance.</summary>
internal sealed record ApplicatorPlan(
    ApplicatorKind Kind,
    string Keyword,
    EquatableArray<SubschemaCall> Schemas,
    SubschemaCall? Then,
    SubschemaCall? Else,
    EquatableArray<DynamicCandidate> Candidates);
