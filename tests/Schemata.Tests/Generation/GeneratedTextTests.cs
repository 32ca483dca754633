using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator.Helpers;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// The texts the generator hands Roslyn: an all-ASCII file is kept one byte a character, and must read, hash and
/// encode exactly as the string text of the same characters would.
/// </summary>
public class GeneratedTextTests
{
    private const string Ascii = "namespace Consumer;\n\n/// <summary>A <c>type</c>.</summary>\npublic sealed partial record Thing\n{\n\tpublic required string Id { get; init; }\n}\n";

    [Fact]
    public void Ascii_text_is_kept_as_bytes_and_reads_like_the_string_text()
    {
        var text = AsciiSourceText.From(Ascii.ToCharArray().Concat(new[] { 'x', 'y' }).ToArray(), Ascii.Length);
        var expected = SourceText.From(Ascii, Encoding.UTF8);

        text.ShouldBeOfType<AsciiSourceText>();
        text.Length.ShouldBe(Ascii.Length);
        text.ToString().ShouldBe(Ascii);
        text[Ascii.Length - 2].ShouldBe('}');
        text.ToString(TextSpan.FromBounds(10, 30)).ShouldBe(Ascii.Substring(10, 20));
        text.Encoding.ShouldBe(Encoding.UTF8);
        text.Lines.Count.ShouldBe(expected.Lines.Count);
        text.ContentEquals(expected).ShouldBeTrue();
        text.GetChecksum().ShouldBe(expected.GetChecksum());

        var copy = new char[8];
        text.CopyTo(20, copy, 1, 6);
        new string(copy, 1, 6).ShouldBe(Ascii.Substring(20, 6));
        Should.Throw<ArgumentOutOfRangeException>(() => text.CopyTo(Ascii.Length - 2, copy, 0, 3));
    }

    [Fact]
    public void A_text_with_any_other_character_stays_a_string_text()
    {
        var withQuote = Ascii.Replace("A <c>type</c>", "A type\u2019s \u00e9t\u00e9 \U0001F600");
        var text = AsciiSourceText.From(withQuote.ToCharArray(), withQuote.Length);

        text.ShouldNotBeOfType<AsciiSourceText>();
        text.ToString().ShouldBe(withQuote);
        text.Encoding.ShouldBe(Encoding.UTF8);
    }
}
