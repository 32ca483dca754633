using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model;

// The models below are what emitters read. They are immutable and compare by value, and they refer to
// other types only by name, so that Roslyn can cache them and skip emitting types whose model is unchanged.

/// <summary>What a record does with properties its schema does not declare.</summary>
internal enum AdditionalPropertiesKind : byte
{
    /// <summary>Allowed, of any type (the default).</summary>
    Any,

    /// <summary>Allowed, each an instance of <see cref="TypeModel.AdditionalPropertiesType"/>.</summary>
    Typed,

    /// <summary><c>additionalProperties: false</c>.</summary>
    Forbidden,
}

/// <summary>One generated type.</summary>
internal sealed record TypeModel
{
    /// <summary>What is generated: a record, an enum, a union, a tuple or a mixed enum (never a primitive kind).</summary>
    public required TypeKind Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    /// <summary>The C# keyword the type is declared with (<c>public</c> or <c>internal</c>).</summary>
    public required string Accessibility { get; init; }

    /// <summary>The schema file, relative to the project.</summary>
    public required string SchemaFile { get; init; }

    /// <summary>The JSON pointer of the schema inside the file ("" for the root).</summary>
    public required string Pointer { get; init; }

    public required string? Summary { get; init; }

    public required bool Deprecated { get; init; }

    /// <summary>A record's properties, in the order they are written; a derived record's start with its base's.</summary>
    public EquatableArray<PropertyModel> Properties { get; init; } = EquatableArray<PropertyModel>.Empty;

    public AdditionalPropertiesKind AdditionalProperties { get; init; }

    public TypeRef? AdditionalPropertiesType { get; init; }

    /// <summary>An enum's (or a mixed enum's) members.</summary>
    public EquatableArray<EnumMemberModel> Members { get; init; } = EquatableArray<EnumMemberModel>.Empty;

    public UnionModel? Union { get; init; }

    public TupleModel? Tuple { get; init; }

    public EquatableArray<PatternPropertiesModel> Patterns { get; init; }

    /// <summary>For a record derived from an <c>allOf</c> branch: the record it derives from.</summary>
    public TypeRef? Base { get; init; }

    /// <summary>How many of <see cref="Properties"/> the base declares (the derived record declares the rest).</summary>
    public int InheritedCount { get; init; }

    /// <summary>An enum or union that refuses values it does not know (<c>SchemataStrictEnums</c>); open by default.</summary>
    public bool Strict { get; init; }

    public string FullName => "global::" + Namespace + "." + Name;

    public string HintName => SourceFile.TypeHintName(Namespace, Name);

    /// <summary>The properties the record declares itself (all of them, unless it derives from a base).</summary>
    public System.Collections.Generic.IEnumerable<PropertyModel> DeclaredProperties
    {
        get
        {
            for (var i = InheritedCount; i < Properties.Count; i++)
            {
                yield return Properties[i];
            }
        }
    }

    /// <summary>An enum whose wire values are integers.</summary>
    public bool IsIntegerEnum => Kind == TypeKind.Enum && Members.Count > 0 && Members[0].Number is not null;
}

/// <summary>A property of a generated record.</summary>
/// <param name="JsonName">The exact name on the wire.</param>
/// <param name="Name">The C# property name.</param>
/// <param name="IsRequired">Listed in the schema's <c>required</c>.</param>
/// <param name="Initializer">A C# expression for the value of a property with a <c>default</c> or <c>const</c>; null otherwise.</param>
/// <param name="IsConst">The initializer is a <c>const</c>: any other value on the wire is an error.</param>
/// <param name="Remarks">Doc text for read-only, write-only, default and const.</param>
/// <param name="Example">An example value, as JSON text.</param>
/// <param name="IsSensitive"><c>writeOnly</c>, <c>format: password</c> or <c>x-sensitive</c>: <c>ToString()</c> hides the value.</param>
internal sealed record PropertyModel(
    string JsonName,
    string Name,
    TypeRef Type,
    bool IsRequired,
    string? Summary,
    bool Deprecated,
    string? Initializer = null,
    bool IsConst = false,
    string? Remarks = null,
    string? Example = null,
    bool IsSensitive = false)
{
    /// <summary>
    /// Whether C# requires the property in initializers: a required property without a fixed or default value.
    /// (A const or defaulted property already has its value.)
    /// </summary>
    public bool IsRequiredInCSharp => IsRequired && Initializer is null;

    /// <summary>
    /// The property is nullable in C# when it is optional (absent reads as null) or when the schema admits null.
    /// A required property whose schema admits null stays <c>required T?</c>.
    /// </summary>
    public bool IsNullable => (!IsRequired && Initializer is null) || Type.Nullable;

    public string TypeSyntax => IsNullable && !(Type.Kind == TypeKind.Any && (IsRequired || Initializer is not null)) ? Type.Syntax + "?" : Type.Syntax;

    /// <summary>
    /// An optional property whose schema admits null has three states on the wire: absent, null, and a value. The
    /// record remembers whether it was set, so that <c>{"x": null}</c> and <c>{}</c> both round-trip. (A JsonElement
    /// holds JSON null itself, so it needs no flag.)
    /// </summary>
    public bool TracksPresence => !IsRequired && Initializer is null && Type.Nullable && Type.Kind != TypeKind.Any;

    /// <summary>The backing field of a property that tracks presence.</summary>
    public string FieldName => "_" + Name;

    /// <summary>The flag that says a presence-tracking property was set; PascalCase names never contain "_set", so it cannot collide.</summary>
    public string PresenceFieldName => "_" + Name + "_set";
}

/// <summary>
/// The properties of a record whose names match one <c>patternProperties</c> pattern (and that <c>properties</c> does
/// not declare): a dictionary of its own, typed by the pattern's schema.
/// </summary>
/// <param name="Name">The dictionary property's name.</param>
/// <param name="Pattern">The pattern as the schema writes it (ECMA-262), for docs.</param>
/// <param name="Regex">The pattern translated to .NET, as validation translates it.</param>
internal sealed record PatternPropertiesModel(string Name, string Pattern, string Regex, TypeRef Type, string? Summary);

/// <summary>A member of a generated enum and the exact string it stands for on the wire.</summary>
/// <param name="Value">The wire string; for a mixed enum, the value as compact JSON text.</param>
/// <param name="Number">For an integer enum: the integer, as its C# literal text; null for a string enum.</param>
internal sealed record EnumMemberModel(string Name, string Value, string? Number = null);

/// <summary>The cases of a union (<c>oneOf</c>/<c>anyOf</c>) and how a reader tells them apart.</summary>
internal sealed record UnionModel
{
    /// <summary>For <c>oneOf</c>, a value that fits several cases is an error; for <c>anyOf</c> the first fitting case wins.</summary>
    public required bool IsOneOf { get; init; }

    /// <summary>OpenAPI's <c>discriminator.propertyName</c>: the property whose string value names the case; null without one.</summary>
    public string? Discriminator { get; init; }

    public required EquatableArray<UnionCaseModel> Cases { get; init; }

    /// <summary>Validation code is generated, so records and unions can be checked against their schemas; else their readers decide.</summary>
    public required bool UseValidators { get; init; }

    /// <summary>The cases are the types a <c>type</c> array lists (<c>["integer", "string"]</c>), not <c>oneOf</c>/<c>anyOf</c> branches.</summary>
    public bool OfTypes { get; init; }
}

/// <summary>One case of a union: a nested record holding a value of <see cref="Type"/>.</summary>
/// <param name="Name">The nested record's name.</param>
/// <param name="Type">The type of the value (never nullable: null is the union's own business).</param>
/// <param name="Summary">The branch's description.</param>
/// <param name="DiscriminatorValues">The values of the discriminator property that select this case.</param>
internal sealed record UnionCaseModel(string Name, TypeRef Type, string? Summary, EquatableArray<string> DiscriminatorValues);

/// <summary>The elements of a tuple (<c>prefixItems</c>, array-form <c>items</c>) and what may follow them.</summary>
/// <param name="Elements">The declared elements, in order; the required ones come first.</param>
/// <param name="Rest">The type of the items after the declared ones; null when the schema allows none (<c>items: false</c>).</param>
internal sealed record TupleModel(EquatableArray<TupleElementModel> Elements, TypeRef? Rest)
{
    /// <summary>How many elements a JSON array must have: the schema's <c>minItems</c>, at most the number declared.</summary>
    public int RequiredCount
    {
        get
        {
            var count = 0;
            while (count < Elements.Count && Elements[count].IsRequired)
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>
    /// An optional element admits null, so <c>[1]</c> and <c>[1, null]</c> both read as null there: the record
    /// remembers how many items it was read with, so that both round-trip.
    /// </summary>
    public bool TracksLength
    {
        get
        {
            foreach (var element in Elements)
            {
                if (!element.IsRequired && element.ReadsNull)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>One declared element of a tuple: a parameter of the positional record.</summary>
/// <param name="Name">The parameter (and property) name.</param>
/// <param name="IsRequired">Below the schema's <c>minItems</c>: every array has it.</param>
internal sealed record TupleElementModel(string Name, TypeRef Type, bool IsRequired, string? Summary)
{
    /// <summary>Optional elements are nullable (absent reads as null); so are required ones whose schema admits null, but for JsonElement, which holds JSON null itself.</summary>
    public bool IsNullable => !IsRequired || (Type.Nullable && Type.Kind != TypeKind.Any);

    public string TypeSyntax => IsNullable ? Type.Syntax + "?" : Type.Syntax;

    /// <summary>JSON null reads as C# null (rather than being handed to the element's reader, which refuses it).</summary>
    public bool ReadsNull => Type.Nullable && Type.Kind != TypeKind.Any;
}
