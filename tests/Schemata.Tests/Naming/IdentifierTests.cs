using Schemata.Generator.Helpers;
using Schemata.Generator.Naming;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Naming;

public class IdentifierTests
{
    [Theory]
    [InlineData("api_b2b_oauth_v1_AuthenticateResponse", "ApiB2bOauthV1AuthenticateResponse")]
    [InlineData("request_id", "RequestId")]
    [InlineData("actions-billing-usage", "ActionsBillingUsage")]
    [InlineData("dotted.name", "DottedName")]
    [InlineData("pt-br", "PtBr")]
    [InlineData("zh-Hans", "ZhHans")]
    [InlineData("google-workspace", "GoogleWorkspace")]
    [InlineData("won't fix", "WontFix")]
    [InlineData("false positive", "FalsePositive")]
    [InlineData("+1", "Plus1")]
    [InlineData("-1", "Minus1")]
    [InlineData("@timestamp", "Timestamp")]
    [InlineData("$ref", "Ref")]
    [InlineData("ref", "Ref")]
    [InlineData("2fa_enabled", "_2faEnabled")]
    [InlineData("ünïcödé", "Ünïcödé")]
    [InlineData("emoji 😀", "Emoji")]
    [InlineData("fooBar", "FooBar")]
    [InlineData("URL", "URL")]
    public void Pascal_case(string name, string expected) => Identifier.ToPascalCase(name).ShouldBe(expected);

    [Theory]
    [InlineData("😀", "Fallback")]
    [InlineData("", "Fallback")]
    [InlineData("---", "Fallback")]
    public void Pascal_case_falls_back_when_nothing_is_usable(string name, string expected)
        => Identifier.ToPascalCase(name, "Fallback").ShouldBe(expected);

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("event", "@event")]
    [InlineData("Event", "Event")]
    public void Keywords_are_escaped(string name, string expected) => Identifier.Escape(name).ShouldBe(expected);

    [Theory]
    [InlineData("LineItems", "LineItem")]
    [InlineData("Categories", "Category")]
    [InlineData("Addresses", "Address")]
    [InlineData("Matches", "Match")]
    [InlineData("Status", null)]
    [InlineData("Data", null)]
    public void Singular(string plural, string? expected) => Identifier.Singular(plural).ShouldBe(expected);

    [Theory]
    [InlineData("My.App", "My.App")]
    [InlineData("my-app.v2", "my_app.v2")]
    [InlineData("1st.class", "_1st.@class")]
    [InlineData("...", "Fallback")]
    public void Namespaces(string value, string expected) => Identifier.ToNamespace(value, "Fallback").ShouldBe(expected);

    [Fact]
    public void Name_scopes_number_later_claimants()
    {
        var scope = new NameScope(new[] { "Reserved" });

        scope.Claim("Order").ShouldBe("Order");
        scope.Claim("Order").ShouldBe("Order2");
        scope.Claim("Order").ShouldBe("Order3");
        scope.Claim("Reserved").ShouldBe("Reserved2");
        scope.Claim("V1").ShouldBe("V1");
        scope.Claim("V1").ShouldBe("V1_2");
    }
}
