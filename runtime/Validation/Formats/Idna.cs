using System;
using System.Globalization;
using System.Text;

namespace Schemata;

/// <summary>
/// Internationalized host name labels (IDNA 2008, RFC 5890–5892): punycode A-labels and Unicode U-labels, with
/// the code point classes and the contextual rules of RFC 5892. Bidirectional rules (RFC 5893) are not checked.
/// </summary>
internal static class Idna
{
    private static readonly int[] Viramas =
    {
        0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A, 0x0EBA,
        0x0F84, 0x1039, 0x103A, 0x1714, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F, 0xA806,
        0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED, 0x10A3F, 0x11046, 0x1107F, 0x110B9, 0x11133, 0x11134, 0x111C0, 0x11235,
        0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F, 0x116B6, 0x1172B, 0x11839, 0x119E0, 0x11A34, 0x11A47,
        0x11A99, 0x11C3F, 0x11D44, 0x11D45, 0x11D97,
    };

    /// <summary>An "xn--" label: valid punycode that decodes to a valid U-label and encodes back to itself.</summary>
    public static bool IsValidALabel(string label)
    {
        var encoded = label.Substring(4).ToLowerInvariant();
        var decoded = Punycode.Decode(encoded);
        if (decoded is null || decoded.Length == 0)
        {
            return false;
        }

        var again = Punycode.Encode(decoded);
        return again is not null && string.Equals(again, encoded, StringComparison.Ordinal) && IsValidULabel(decoded, out _);
    }

    /// <summary>A Unicode label: NFC, no leading combining mark, every code point allowed in its context.</summary>
    public static bool IsValidULabel(string label, out int asciiLength)
    {
        asciiLength = label.Length;
        var ascii = true;
        foreach (var c in label)
        {
            ascii &= c < 128;
        }

        if (!ascii)
        {
            var encoded = Punycode.Encode(label);
            if (encoded is null)
            {
                return false;
            }

            asciiLength = 4 + encoded.Length;
        }

        if (asciiLength > 63 || label.Length == 0 || label[0] == '-' || label[label.Length - 1] == '-'
            || (label.Length >= 4 && label[2] == '-' && label[3] == '-') || !label.IsNormalized(NormalizationForm.FormC))
        {
            return false;
        }

        var codePoints = CodePoints(label);
        if (IsMark(codePoints[0]))
        {
            return false;
        }

        var arabicIndic = false;
        var extendedArabicIndic = false;
        for (var i = 0; i < codePoints.Length; i++)
        {
            var cp = codePoints[i];
            arabicIndic |= cp >= 0x0660 && cp <= 0x0669;
            extendedArabicIndic |= cp >= 0x06F0 && cp <= 0x06F9;
            if (!Allowed(codePoints, i))
            {
                return false;
            }
        }

        return !(arabicIndic && extendedArabicIndic);
    }

    private static bool Allowed(int[] label, int i)
    {
        var cp = label[i];
        switch (cp)
        {
            case 0x00DF or 0x03C2 or 0x06FD or 0x06FE or 0x0F0B or 0x3007 or '-':
                return true;
            case 0x0640 or 0x07FA or 0x302E or 0x302F or 0x3031 or 0x3032 or 0x3033 or 0x3034 or 0x3035 or 0x303B:
                return false;
            case 0x00B7:
                // MIDDLE DOT only between two 'l's (Catalan).
                return i > 0 && i < label.Length - 1 && label[i - 1] == 'l' && label[i + 1] == 'l';
            case 0x0375:
                // GREEK KERAIA before a Greek character.
                return i < label.Length - 1 && IsGreek(label[i + 1]);
            case 0x05F3 or 0x05F4:
                // HEBREW GERESH and GERSHAYIM after a Hebrew character.
                return i > 0 && IsHebrew(label[i - 1]);
            case 0x30FB:
                // KATAKANA MIDDLE DOT in a label with Hiragana, Katakana or Han.
                foreach (var other in label)
                {
                    if (other != 0x30FB && (IsHiragana(other) || IsKatakana(other) || IsHan(other)))
                    {
                        return true;
                    }
                }

                return false;
            case 0x200D:
                // ZERO WIDTH JOINER after a virama.
                return i > 0 && Array.IndexOf(Viramas, label[i - 1]) >= 0;
            case 0x200C:
                // ZERO WIDTH NON-JOINER after a virama, or between joining (here: Arabic-script) letters.
                return i > 0 && (Array.IndexOf(Viramas, label[i - 1]) >= 0
                    || (IsArabicLetter(label[i - 1]) && i < label.Length - 1 && IsArabicLetter(label[i + 1])));
        }

        if (cp >= 0x0660 && cp <= 0x0669)
        {
            return true;
        }

        var category = Category(cp);
        return category is UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;
    }

    private static UnicodeCategory Category(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp);

    private static bool IsMark(int cp) => Category(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsGreek(int cp) => (cp >= 0x0370 && cp <= 0x03FF && cp != 0x0375) || (cp >= 0x1F00 && cp <= 0x1FFF);

    private static bool IsHebrew(int cp) => (cp >= 0x0590 && cp <= 0x05FF) || (cp >= 0xFB1D && cp <= 0xFB4F);

    private static bool IsHiragana(int cp) => (cp >= 0x3040 && cp <= 0x309F) || cp == 0x1B001;

    private static bool IsKatakana(int cp) => (cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F) || cp == 0x1B000;

    private static bool IsHan(int cp) => (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2FFFF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3005 || cp == 0x3007 || (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3038 && cp <= 0x303B);

    private static bool IsArabicLetter(int cp) => ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F)) && Category(cp) == UnicodeCategory.OtherLetter;

    private static int[] CodePoints(string text)
    {
        var result = new int[text.Length];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result[count++] = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else
            {
                result[count++] = text[i];
            }
        }

        Array.Resize(ref result, count);
        return result;
    }
}
