using System;
using System.ComponentModel;
using System.Numerics;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// Number checks of generated validators. Comparisons are exact on the JSON text (so 1e400, 0.1 and
/// 18446744073709551616 compare correctly), with fast paths through <see cref="long"/>, <see cref="double"/>
/// and <see cref="decimal"/> that decide almost every real value without reading the text.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonNumbers
{
    /// <summary>Compares a number value with the number written <paramref name="literal"/> (whose nearest double is <paramref name="approximately"/>).</summary>
    /// <returns>Negative, zero or positive as the value is less than, equal to or greater than the literal.</returns>
    public static int Compare(JsonElement value, double approximately, ReadOnlySpan<byte> literal)
    {
        // Rounding to double is monotonic, so a strict order between the doubles is the exact order; only ties need the text.
        if (value.TryGetDouble(out var x) && double.IsFinite(x) && double.IsFinite(approximately))
        {
            if (x < approximately)
            {
                return -1;
            }

            if (x > approximately)
            {
                return 1;
            }
        }

        return CompareText(JsonRaw.Value(value), literal);
    }

    /// <summary>Compares a number value with an integer literal.</summary>
    public static int Compare(JsonElement value, long integer, ReadOnlySpan<byte> literal)
        => value.TryGetInt64(out var v) ? v.CompareTo(integer) : Compare(value, (double)integer, literal);

    /// <summary>True when a number value has no fractional part (1.0 and 1e2 are integers, as JSON Schema says).</summary>
    public static bool IsInteger(JsonElement value)
    {
        if (value.TryGetInt64(out _))
        {
            return true;
        }

        var n = new Parsed(JsonRaw.Value(value));
        return n.IsZero || n.FractionDigits <= 0;
    }

    /// <summary>Draft 4's integers: numbers written without a fraction or an exponent (1.0 is not one).</summary>
    public static bool IsWrittenAsInteger(JsonElement value)
    {
        if (value.TryGetInt64(out _))
        {
            return true;
        }

        var text = JsonRaw.Value(value);
        return text.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0;
    }

    /// <summary>Whether the JSON number <paramref name="value"/> equals the number written <paramref name="literal"/>.</summary>
    public static bool Equal(JsonElement value, ReadOnlySpan<byte> literal) => CompareText(JsonRaw.Value(value), literal) == 0;

    /// <summary>Whether a number value equals the integer <paramref name="integer"/> (written <paramref name="literal"/>).</summary>
    public static bool Equal(JsonElement value, long integer, ReadOnlySpan<byte> literal)
        => value.TryGetInt64(out var v) ? v == integer : Equal(value, literal);

    /// <summary>Whether two number values are equal (1 equals 1.0).</summary>
    public static bool Equal(JsonElement a, JsonElement b)
    {
        if (a.TryGetInt64(out var x) && b.TryGetInt64(out var y))
        {
            return x == y;
        }

        return CompareText(JsonRaw.Value(a), JsonRaw.Value(b)) == 0;
    }

    /// <summary>Whether a number value is a multiple of the integer <paramref name="divisor"/>.</summary>
    public static bool IsMultipleOf(JsonElement value, long divisor, ReadOnlySpan<byte> literal)
        => value.TryGetInt64(out var v) && divisor != 0 ? v % divisor == 0 : IsMultipleOf(value, literal);

    /// <summary>Whether a number value is a multiple of <paramref name="divisor"/> (written <paramref name="literal"/>).</summary>
    public static bool IsMultipleOf(JsonElement value, decimal divisor, ReadOnlySpan<byte> literal)
        => value.TryGetDecimal(out var d) && divisor != 0 ? d % divisor == 0 : IsMultipleOf(value, literal);

    /// <summary>Whether a number value is a multiple of the number written <paramref name="literal"/>, exactly.</summary>
    public static bool IsMultipleOf(JsonElement value, ReadOnlySpan<byte> literal)
    {
        var x = new Parsed(JsonRaw.Value(value));
        var d = new Parsed(literal);
        if (x.IsZero)
        {
            return true;
        }

        if (d.IsZero)
        {
            return false;
        }

        // value = X * 10^a and divisor = D * 10^b with X, D integers: value / divisor is an integer when
        // D divides X * 10^(a-b) (a >= b), or D * 10^(b-a) divides X (a < b).
        var bigX = x.Significand();
        var bigD = d.Significand();
        var shift = x.IntegerExponent - d.IntegerExponent;
        if (shift >= 0)
        {
            if (shift > 10_000)
            {
                // X * 10^shift for a huge shift: D divides it when what D shares with X leaves only factors 2 and 5.
                var rest = bigD / BigInteger.GreatestCommonDivisor(bigD, bigX);
                while (rest % 2 == 0)
                {
                    rest /= 2;
                }

                while (rest % 5 == 0)
                {
                    rest /= 5;
                }

                return rest.IsOne;
            }

            return (bigX * BigInteger.Pow(10, (int)shift)) % bigD == 0;
        }

        return -shift <= 10_000 && bigX % (bigD * BigInteger.Pow(10, (int)-shift)) == 0;
    }

    /// <summary>Compares two JSON numbers given as text, exactly.</summary>
    internal static int CompareText(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var x = new Parsed(a);
        var y = new Parsed(b);
        var sx = x.IsZero ? 0 : x.Negative ? -1 : 1;
        var sy = y.IsZero ? 0 : y.Negative ? -1 : 1;
        if (sx != sy)
        {
            return sx.CompareTo(sy);
        }

        if (sx == 0)
        {
            return 0;
        }

        var magnitude = CompareMagnitude(x, y);
        return sx > 0 ? magnitude : -magnitude;
    }

    private static int CompareMagnitude(Parsed x, Parsed y)
    {
        if (x.Scale != y.Scale)
        {
            return x.Scale.CompareTo(y.Scale);
        }

        var length = Math.Max(x.SignificantDigits, y.SignificantDigits);
        for (var i = 0; i < length; i++)
        {
            var dx = i < x.SignificantDigits ? x.SignificantDigit(i) : 0;
            var dy = i < y.SignificantDigits ? y.SignificantDigit(i) : 0;
            if (dx != dy)
            {
                return dx.CompareTo(dy);
            }
        }

        return 0;
    }

    /// <summary>
    /// A JSON number split into sign, digits and exponent, normalized so that value = 0.d1d2…dn × 10^Scale
    /// with d1 ≠ 0 and dn ≠ 0 (a zero has no significant digits).
    /// </summary>
    private readonly ref struct Parsed
    {
        private readonly ReadOnlySpan<byte> _integer;
        private readonly ReadOnlySpan<byte> _fraction;
        private readonly int _first;

        public Parsed(ReadOnlySpan<byte> text)
        {
            var i = 0;
            Negative = text.Length > 0 && text[0] == (byte)'-';
            if (Negative)
            {
                i++;
            }

            var start = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            _integer = text.Slice(start, i - start);
            _fraction = default;
            if (i < text.Length && text[i] == (byte)'.')
            {
                start = ++i;
                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }

                _fraction = text.Slice(start, i - start);
            }

            long exponent = 0;
            if (i < text.Length && (text[i] == (byte)'e' || text[i] == (byte)'E'))
            {
                i++;
                var negativeExponent = false;
                if (i < text.Length && (text[i] == (byte)'+' || text[i] == (byte)'-'))
                {
                    negativeExponent = text[i] == (byte)'-';
                    i++;
                }

                while (i < text.Length && IsDigit(text[i]))
                {
                    // Clamped: beyond this, every exponent compares the same way.
                    exponent = Math.Min((exponent * 10) + (text[i] - '0'), 1_000_000_000_000L);
                    i++;
                }

                if (negativeExponent)
                {
                    exponent = -exponent;
                }
            }

            var total = _integer.Length + _fraction.Length;
            var first = 0;
            while (first < total && DigitAt(_integer, _fraction, first) == 0)
            {
                first++;
            }

            var last = total - 1;
            while (last >= first && DigitAt(_integer, _fraction, last) == 0)
            {
                last--;
            }

            _first = first;
            SignificantDigits = last >= first ? last - first + 1 : 0;
            Scale = _integer.Length - first + exponent;
        }

        public bool Negative { get; }

        public bool IsZero => SignificantDigits == 0;

        public int SignificantDigits { get; }

        /// <summary>The power of ten of the digit before the first significant one (see the type's summary).</summary>
        public long Scale { get; }

        /// <summary>How many significant digits are after the decimal point; zero or less for an integer.</summary>
        public long FractionDigits => SignificantDigits - Scale;

        /// <summary>The exponent e such that value = Significand × 10^e.</summary>
        public long IntegerExponent => Scale - SignificantDigits;

        public int SignificantDigit(int index) => DigitAt(_integer, _fraction, _first + index);

        public BigInteger Significand()
        {
            var value = BigInteger.Zero;
            for (var i = 0; i < SignificantDigits; i++)
            {
                value = (value * 10) + SignificantDigit(i);
            }

            return value;
        }

        private static int DigitAt(ReadOnlySpan<byte> integer, ReadOnlySpan<byte> fraction, int index)
            => (index < integer.Length ? integer[index] : fraction[index - integer.Length]) - '0';

        private static bool IsDigit(byte b) => b >= (byte)'0' && b <= (byte)'9';
    }
}
