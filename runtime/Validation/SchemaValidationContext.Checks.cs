using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Schemata;

// Checks that need the context (to remember a regex timeout for the error message) and the words errors are made of.
public sealed partial class SchemaValidationContext
{
    private bool _timedOut;

    /// <summary>Whether a string value matches <paramref name="regex"/>; a timeout counts as no match and is remembered for the message.</summary>
    public bool Matches(JsonElement value, Regex regex) => Remember(JsonStrings.Match(value, regex));

    /// <summary>Whether a property name matches <paramref name="regex"/>; a timeout counts as no match.</summary>
    public bool NameMatches(JsonProperty property, Regex regex) => Remember(JsonStrings.MatchName(property, regex));

    /// <summary>The message for a value that does not match <paramref name="pattern"/>.</summary>
    public string PatternMessage(string what, string pattern)
    {
        var timedOut = _timedOut;
        _timedOut = false;
        return timedOut
            ? $"{what} could not be matched against the pattern {pattern} within {SchemaRegex.MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s, so it is not accepted"
            : $"{what} does not match the pattern {pattern}";
    }

    /// <summary>A short description of a value for messages: its JSON text when short, else its kind.</summary>
    public static string Describe(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                return "an object";
            case JsonValueKind.Array:
                return "an array";
            default:
                var text = value.GetRawText();
                return text.Length <= 40 ? text : text.Substring(0, 37) + "...";
        }
    }

    /// <summary>The JSON Schema type name of a value (integer for numbers without a fractional part).</summary>
    public static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => JsonNumbers.IsInteger(value) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private bool Remember(RegexOutcome outcome)
    {
        if (outcome == RegexOutcome.TimedOut)
        {
            _timedOut = true;
        }

        return outcome == RegexOutcome.Match;
    }
}
