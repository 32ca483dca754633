using System.Collections.Generic;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a record's <c>PrintMembers</c>, which its <c>ToString()</c> calls: one call to the runtime's
/// <c>MemberPrinter</c> per member, which prints lists and dictionaries by content (bounded) and sensitive values as
/// <c>***</c>. C# records would print <c>List`1[...]</c> and every password in full.
/// </summary>
internal static class PrintEmitter
{
    private const string Printer = "Schemata::MemberPrinter";

    /// <summary>A member to print: its C# name, and how.</summary>
    internal readonly record struct PrintMember(string Name, PrintKind Kind);

    internal enum PrintKind : byte
    {
        Value,

        /// <summary><c>***</c> instead of the value.</summary>
        Secret,

        /// <summary>Left out when null: a dictionary of undeclared properties, null when there are none.</summary>
        IfSet,
    }

    /// <summary>Writes <c>PrintMembers</c> for a record's own members; false (and nothing written) when it declares none.</summary>
    public static bool Write(SourceWriter writer, TypeModel type)
    {
        var members = new List<PrintMember>();
        foreach (var property in type.DeclaredProperties)
        {
            members.Add(new PrintMember(property.Name, property.IsSensitive ? PrintKind.Secret : PrintKind.Value));
        }

        foreach (var pattern in type.Patterns)
        {
            members.Add(new PrintMember(pattern.Name, PrintKind.IfSet));
        }

        // A derived record's base prints what the base holds.
        if (type.Base is null && type.AdditionalProperties != AdditionalPropertiesKind.Forbidden)
        {
            members.Add(new PrintMember("AdditionalProperties", PrintKind.IfSet));
        }

        if (members.Count == 0)
        {
            return false;
        }

        Write(writer, members, type.Base is null ? "protected virtual" : "protected override", derived: type.Base is not null);
        return true;
    }

    /// <summary>Writes <c>PrintMembers</c> over <paramref name="members"/>, after the base record's when <paramref name="derived"/>.</summary>
    public static void Write(SourceWriter writer, IReadOnlyList<PrintMember> members, string modifiers, bool derived)
    {
        // One expression: each call of the runtime's printer returns it.
        writer.Line($"{modifiers} bool PrintMembers(global::System.Text.StringBuilder builder) => new {Printer}({(derived ? "builder, base.PrintMembers(builder)" : "builder")}){(members.Count == 0 ? ".Printed;" : string.Empty)}");
        writer.Indentation++;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var method = member.Kind switch
            {
                PrintKind.Secret => "AddSecret",
                PrintKind.IfSet => "AddIfSet",
                _ => "Add",
            };
            // The runtime's printer takes the name from the argument's expression ([CallerArgumentExpression]).
            writer.Line($".{method}({member.Name}){(i == members.Count - 1 ? ".Printed;" : string.Empty)}");
        }

        writer.Indentation--;
    }
}
