using System;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace Schemata;

/// <summary>The outcome of matching a pattern.</summary>
internal enum RegexOutcome
{
    NoMatch,
    Match,
    TimedOut,
}

/// <summary>
/// Regular expressions of <c>pattern</c> and <c>patternProperties</c>, built so that no input can hang validation:
/// with <see cref="RegexOptions.NonBacktracking"/> (linear time) whenever the pattern allows it, and otherwise
/// (backreferences, lookarounds) with a match timeout of <see cref="MatchTimeout"/>; a value whose matching times
/// out is reported as not matching. Patterns reach this class already translated from ECMA-262 by the generator.
/// </summary>
public static class SchemaRegex
{
    private static TimeSpan s_timeout = TimeSpan.FromSeconds(1);

    /// <summary>How long a backtracking pattern may run on one value before the value is reported as not matching (default 1 second).</summary>
    public static TimeSpan MatchTimeout
    {
        get => s_timeout;
        set => s_timeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), "The timeout must be positive.");
    }

    /// <summary>Builds the regex for a translated pattern: non-backtracking when possible, else with a timeout.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Regex Create(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, s_timeout);
        }
    }

    /// <summary>Whether <paramref name="input"/> matches; a match that times out counts as none, as in validation.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool IsMatch(Regex regex, string input) => Match(regex, input) == RegexOutcome.Match;

    internal static RegexOutcome Match(Regex regex, ReadOnlySpan<char> input)
    {
        try
        {
            return regex.IsMatch(input) ? RegexOutcome.Match : RegexOutcome.NoMatch;
        }
        catch (RegexMatchTimeoutException)
        {
            return RegexOutcome.TimedOut;
        }
    }
}
