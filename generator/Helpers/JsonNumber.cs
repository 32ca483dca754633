using System.Globalization;

namespace Schemata.Generator.Helpers;

/// <summary>Numeric helpers over the source text of JSON numbers.</summary>
internal static class JsonNumber
{
    public static bool Equal(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return x == y;
        }

        return TryDouble(a, out var dx) && TryDouble(b, out var dy) && dx.Equals(dy);
    }

    public static bool TryDouble(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>True when the number has no fractional part (1.0 counts as an integer, as JSON Schema says).</summary>
    public static bool IsInteger(string text)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return decimal.Truncate(d) == d;
        }

        return TryDouble(text, out var v) && !double.IsInfinity(v) && System.Math.Floor(v) == v;
    }

    public static bool TryInt64(string text, out long value)
    {
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && decimal.Truncate(d) == d && d >= long.MinValue && d <= long.MaxValue)
        {
            value = (long)d;
            return true;
        }

        value = 0;
        return false;
    }
}
