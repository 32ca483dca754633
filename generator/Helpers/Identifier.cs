using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Schemata.Generator.Helpers;

/// <summary>
/// Turns JSON names into C# identifiers. The rules (documented in the README):
/// words are split at every character that cannot be part of a C# identifier and at '_';
/// each word gets an upper-case first letter and keeps the rest; apostrophes are dropped;
/// a '+' or '-' before a leading digit becomes "Plus" or "Minus" (so "+1" and "-1" stay apart);
/// a name that would start with a digit gets a leading '_'; keywords are escaped with '@'.
/// </summary>
internal static class Identifier
{
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length + 5);
        var start = 0;
        if (name.Length > 1 && (name[0] == '+' || name[0] == '-') && char.IsDigit(name[1]))
        {
            builder.Append(name[0] == '+' ? "Plus" : "Minus");
            start = 1;
        }

        var newWord = true;
        for (var i = start; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '\'' || c == '\u2019')
            {
                continue;
            }

            if (c == '_' || !SyntaxFacts.IsIdentifierPartCharacter(c) || char.IsSurrogate(c))
            {
                newWord = true;
                continue;
            }

            if (newWord && SyntaxFacts.IsIdentifierStartCharacter(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else
            {
                builder.Append(c);
            }

            newWord = false;
        }

        if (builder.Length > 0 && !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>A PascalCase identifier for <paramref name="name"/>, or <paramref name="fallback"/> when nothing of it is usable.</summary>
    public static string ToPascalCase(string name, string fallback)
    {
        var result = ToPascalCase(name);
        return result.Length == 0 ? fallback : result;
    }

    /// <summary>Prefixes C# keywords with '@' so that they can be used as identifiers.</summary>
    public static string Escape(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>"LineItems" → "LineItem", "Categories" → "Category"; null when the word does not look plural.</summary>
    public static string? Singular(string pascal)
    {
        if (pascal.EndsWith("ies", System.StringComparison.Ordinal) && pascal.Length > 4)
        {
            return pascal.Substring(0, pascal.Length - 3) + "y";
        }

        if (pascal.EndsWith("sses", System.StringComparison.Ordinal) || pascal.EndsWith("xes", System.StringComparison.Ordinal)
            || pascal.EndsWith("ches", System.StringComparison.Ordinal) || pascal.EndsWith("shes", System.StringComparison.Ordinal))
        {
            return pascal.Substring(0, pascal.Length - 2);
        }

        if (pascal.EndsWith("s", System.StringComparison.Ordinal) && !pascal.EndsWith("ss", System.StringComparison.Ordinal)
            && !pascal.EndsWith("us", System.StringComparison.Ordinal) && !pascal.EndsWith("is", System.StringComparison.Ordinal)
            && pascal.Length > 3)
        {
            return pascal.Substring(0, pascal.Length - 1);
        }

        return null;
    }

    /// <summary>A valid C# namespace from an option value: each dotted segment made an identifier.</summary>
    public static string ToNamespace(string value, string fallback)
    {
        var segments = new System.Collections.Generic.List<string>();
        foreach (var raw in value.Split('.'))
        {
            var segment = raw.Trim();
            if (segment.Length == 0)
            {
                continue;
            }

            var builder = new StringBuilder(segment.Length + 1);
            foreach (var c in segment)
            {
                builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsSurrogate(c) ? c : '_');
            }

            if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
            {
                builder.Insert(0, '_');
            }

            segments.Add(Escape(builder.ToString()));
        }

        return segments.Count == 0 ? fallback : string.Join(".", segments);
    }
}
