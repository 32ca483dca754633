using System.Linq;

namespace Schemata.Generator.Naming;

/// <summary>
/// Names a generated member may not take, because the type already has a member of that name: C# records reserve
/// <c>Clone</c> (CS8859) and synthesize the others, <c>object</c> brings its own, and Schemata adds its entry points.
/// Scopes compare names ignoring case (<see cref="NameScope"/>), so <c>clone</c> and <c>CLONE</c> are renamed too.
/// </summary>
internal static class ReservedNames
{
    /// <summary>The members of <c>object</c> and those every record has or reserves.</summary>
    public static readonly string[] RecordMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "Clone",
        "PrintMembers", "Deconstruct", "ReferenceEquals",
    };

    /// <summary>What every generated type has: its converter, and the JSON and validation entry points.</summary>
    public static readonly string[] GeneratedMembers = { "JsonConverter", "FromJson", "ToJson", "ToJsonUtf8", "Validate" };

    /// <summary>The members a generated record, union or enum-like record has, with those of its own kind.</summary>
    public static string[] Of(params string[] ofTheKind) => RecordMembers.Concat(GeneratedMembers).Concat(ofTheKind).ToArray();

    /// <summary>The members of a generated record.</summary>
    public static readonly string[] Record = Of("AdditionalProperties");

    /// <summary>The case of an open union that holds a value none of the others take.</summary>
    public const string UnknownCase = "Unknown";

    /// <summary>The members of a generated union; a case may not take them.</summary>
    public static readonly string[] Union = Of("Match", "Switch", "Value", UnknownCase);

    /// <summary>The members of a generated mixed enum.</summary>
    public static readonly string[] MixedEnum = Of("Json", "Values", "All");
}
