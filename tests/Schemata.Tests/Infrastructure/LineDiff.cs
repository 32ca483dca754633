using System;
using System.Collections.Generic;
using System.Text;

namespace Schemata.Tests.Infrastructure;

/// <summary>A unified diff of two texts by lines (longest common subsequence), for readable snapshot failures.</summary>
internal static class LineDiff
{
    public static string Unified(string expected, string actual, int context = 2)
    {
        var a = expected.Replace("\r\n", "\n").Split('\n');
        var b = actual.Replace("\r\n", "\n").Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Kind, string Text, int Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x], y + 1));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(('-', a[x], y + 1));
                x++;
            }
            else
            {
                lines.Add(('+', b[y], y + 1));
                y++;
            }
        }

        var output = new StringBuilder();
        var lastPrinted = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == ' ')
            {
                continue;
            }

            var from = Math.Max(lastPrinted + 1, i - context);
            if (from > lastPrinted + 1)
            {
                output.Append("@@ line ").Append(lines[from].Line).Append(" @@\n");
            }

            var to = i;
            while (to + 1 < lines.Count && (lines[to + 1].Kind != ' ' || NextChangeWithin(lines, to + 1, context)))
            {
                to++;
            }

            to = Math.Min(lines.Count - 1, to + context);
            for (var k = from; k <= to; k++)
            {
                output.Append(lines[k].Kind).Append(' ').Append(lines[k].Text).Append('\n');
            }

            lastPrinted = to;
            i = to;
        }

        return output.ToString();
    }

    private static bool NextChangeWithin(List<(char Kind, string Text, int Line)> lines, int start, int context)
    {
        for (var k = start; k < lines.Count && k <= start + (2 * context); k++)
        {
            if (lines[k].Kind != ' ')
            {
                return true;
            }
        }

        return false;
    }
}
