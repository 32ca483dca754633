using Schemata.Generator.Resolution;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Resolution;

public class UriReferenceTests
{
    // RFC 3986, section 5.4: the normal and abnormal examples.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("g/../h", "http://a/b/c/h")]
    public void Resolves_as_rfc_3986_says(string reference, string expected)
        => UriReference.Resolve("http://a/b/c/d;p?q", reference).ShouldBe(expected);

    [Fact]
    public void Resolves_fragments_against_urns()
        => UriReference.Resolve("urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed", "#/$defs/bar")
            .ShouldBe("urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed#/$defs/bar");

    [Fact]
    public void Resolves_relative_files()
        => UriReference.Resolve("file:///project/schemas/a.json", "geo/b.json#/$defs/X")
            .ShouldBe("file:///project/schemas/geo/b.json#/$defs/X");
}
