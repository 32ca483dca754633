using System;

namespace Schemata.Serialization;

/// <summary>
/// RFC 3339 <c>date-time</c> as <see cref="DateTimeOffset"/>, without the machine's time zone: a value must carry
/// its offset (<c>Z</c> or <c>±hh:mm</c>), and is written back with that offset.
/// </summary>
internal static class Rfc3339
{
    /// <summary>The longest text read: a fraction may have any number of digits, but not thousands of them.</summary>
    public const int MaxLength = 64;

    /// <summary>The longest text written: <c>yyyy-MM-ddTHH:mm:ss.fffffff+hh:mm</c>.</summary>
    public const int MaxWrittenLength = 33;

    /// <summary>
    /// Parses full-date "T" full-time, T and Z in either case. Digits of the fraction beyond 100 ns (the 7th) are cut.
    /// Fails for a missing offset, a date that does not exist, a leap second (a <see cref="DateTimeOffset"/> cannot
    /// hold one) and an offset beyond ±14:00.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 20 || text.Length > MaxLength || text[4] != '-' || text[7] != '-' || (text[10] | 0x20) != 't'
            || text[13] != ':' || text[16] != ':'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var i = 19;
        long fraction = 0;
        if (text[i] == '.')
        {
            i++;
            var start = i;
            var scale = TimeSpan.TicksPerSecond;
            while (i < text.Length && IsDigit(text[i]))
            {
                if (scale > 1)
                {
                    scale /= 10;
                    fraction += (text[i] - '0') * scale;
                }

                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i >= text.Length)
        {
            return false;
        }

        int offsetMinutes;
        if ((text[i] | 0x20) == 'z' && i + 1 == text.Length)
        {
            offsetMinutes = 0;
        }
        else if ((text[i] == '+' || text[i] == '-') && text.Length - i == 6 && text[i + 3] == ':'
            && Digits(text, i + 1, 2, out var offsetHour) && Digits(text, i + 4, 2, out var offsetMinute) && offsetMinute <= 59)
        {
            offsetMinutes = (offsetHour * 60) + offsetMinute;
            if (offsetMinutes > 14 * 60)
            {
                return false;
            }

            offsetMinutes = text[i] == '-' ? -offsetMinutes : offsetMinutes;
        }
        else
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second).Ticks + fraction;
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        var utc = local - offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    /// <summary>
    /// Writes the canonical form: <c>yyyy-MM-ddTHH:mm:ss</c>, the fraction without trailing zeros (none when zero),
    /// then <c>Z</c> for offset zero, else <c>±hh:mm</c>. Returns the number of bytes written.
    /// </summary>
    public static int Format(DateTimeOffset value, Span<byte> buffer)
    {
        var time = value.DateTime;
        Write(buffer, 0, time.Year, 4);
        buffer[4] = (byte)'-';
        Write(buffer, 5, time.Month, 2);
        buffer[7] = (byte)'-';
        Write(buffer, 8, time.Day, 2);
        buffer[10] = (byte)'T';
        Write(buffer, 11, time.Hour, 2);
        buffer[13] = (byte)':';
        Write(buffer, 14, time.Minute, 2);
        buffer[16] = (byte)':';
        Write(buffer, 17, time.Second, 2);
        var length = 19;
        var fraction = (int)(time.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            var digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            buffer[length++] = (byte)'.';
            Write(buffer, length, fraction, digits);
            length += digits;
        }

        var offset = (int)value.Offset.TotalMinutes;
        if (offset == 0)
        {
            buffer[length++] = (byte)'Z';
            return length;
        }

        buffer[length++] = (byte)(offset < 0 ? '-' : '+');
        offset = Math.Abs(offset);
        Write(buffer, length, offset / 60, 2);
        buffer[length + 2] = (byte)':';
        Write(buffer, length + 3, offset % 60, 2);
        return length + 5;
    }

    /// <summary>The canonical form as a string (for <c>ToString()</c>).</summary>
    public static string ToString(DateTimeOffset value)
    {
        Span<byte> buffer = stackalloc byte[MaxWrittenLength];
        var length = Format(value, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer.Slice(0, length));
    }

    private static void Write(Span<byte> buffer, int at, int value, int digits)
    {
        for (var i = at + digits - 1; i >= at; i--)
        {
            buffer[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool IsDigit(byte c) => c >= '0' && c <= '9';

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!IsDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
