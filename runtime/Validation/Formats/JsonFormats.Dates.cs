using System;

namespace Schemata;

// RFC 3339 dates, times and durations.
public static partial class JsonFormats
{
    /// <summary>RFC 3339 <c>date-time</c>: full-date "T" full-time (T and Z in either case).</summary>
    public static bool IsDateTime(ReadOnlySpan<char> text)
        => text.Length > 11 && (text[10] == 'T' || text[10] == 't') && IsDate(text.Slice(0, 10)) && IsTime(text.Slice(11));

    /// <summary>RFC 3339 <c>full-date</c>: YYYY-MM-DD with a day that exists.</summary>
    public static bool IsDate(ReadOnlySpan<char> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day))
        {
            return false;
        }

        return month >= 1 && month <= 12 && day >= 1 && day <= DaysIn(year, month);
    }

    /// <summary>RFC 3339 <c>full-time</c>: HH:MM:SS[.frac](Z|±HH:MM); second 60 only where a leap second can be (23:59:60 UTC).</summary>
    public static bool IsTime(ReadOnlySpan<char> text)
    {
        if (text.Length < 9 || text[2] != ':' || text[5] != ':'
            || !Digits(text, 0, 2, out var hour) || !Digits(text, 3, 2, out var minute) || !Digits(text, 6, 2, out var second))
        {
            return false;
        }

        var i = 8;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            var start = i;
            while (i < text.Length && IsDigit(text[i]))
            {
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

        int offset;
        if (text[i] == 'Z' || text[i] == 'z')
        {
            offset = 0;
            i++;
        }
        else if (text[i] == '+' || text[i] == '-')
        {
            if (text.Length - i != 6 || text[i + 3] != ':' || !Digits(text, i + 1, 2, out var offsetHour) || !Digits(text, i + 4, 2, out var offsetMinute)
                || offsetHour > 23 || offsetMinute > 59)
            {
                return false;
            }

            offset = (text[i] == '+' ? 1 : -1) * ((offsetHour * 60) + offsetMinute);
            i += 6;
        }
        else
        {
            return false;
        }

        if (i != text.Length || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        if (second == 60)
        {
            // A leap second is the last second of a UTC day.
            var utc = (((hour * 60) + minute - offset) % 1440 + 1440) % 1440;
            return utc == (23 * 60) + 59;
        }

        return true;
    }

    /// <summary>RFC 3339 appendix A <c>duration</c>: P[nY][nM][nD][T[nH][nM][nS]] in that order, or PnW; integers only.</summary>
    public static bool IsDuration(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        var i = 1;
        if (TryComponent(text, ref i, out var unit) && unit == 'W')
        {
            return i == text.Length;
        }

        i = 1;
        const string dateUnits = "YMD";
        const string timeUnits = "HMS";
        var any = false;
        var next = 0;
        var previous = -1;
        while (i < text.Length && text[i] != 'T')
        {
            if (!TryComponent(text, ref i, out unit))
            {
                return false;
            }

            var position = dateUnits.IndexOf(unit, next);
            // Units go in order and cannot skip one in the middle (P1Y2D has no month).
            if (position < 0 || (previous >= 0 && position != previous + 1))
            {
                return false;
            }

            previous = position;
            next = position + 1;
            any = true;
        }

        if (i < text.Length)
        {
            i++;
            var timeAny = false;
            next = 0;
            previous = -1;
            while (i < text.Length)
            {
                if (!TryComponent(text, ref i, out unit))
                {
                    return false;
                }

                var position = timeUnits.IndexOf(unit, next);
                if (position < 0 || (previous >= 0 && position != previous + 1))
                {
                    return false;
                }

                previous = position;
                next = position + 1;
                timeAny = true;
            }

            return timeAny;
        }

        return any;
    }

    private static bool TryComponent(ReadOnlySpan<char> text, ref int i, out char unit)
    {
        unit = '\0';
        var start = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        if (i == start || i >= text.Length)
        {
            return false;
        }

        unit = text[i++];
        return true;
    }

    private static int DaysIn(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
