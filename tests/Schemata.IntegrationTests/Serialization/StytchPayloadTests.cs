using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Schemata.IntegrationTests.Infrastructure;
using Shouldly;
using Stytch;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>A realistic ~5 KB Stytch AuthenticateResponse: a member, an organization, and a session with several factors.</summary>
public class StytchPayloadTests
{
    private static readonly string Json = Payload.Text("authenticate-response.json");

    [Fact]
    public void Reads_every_level_of_a_realistic_response()
    {
        var response = ApiB2bOauthV1AuthenticateResponse.FromJson(Json);

        response.StatusCode.ShouldBe(200);
        response.Member.Name.ShouldBe("Ada Lovelace");
        response.Member.Roles.Select(r => r.RoleId).ShouldBe(new[] { "stytch_member", "stytch_admin" });
        response.Member.TrustedMetadata!["seats"].GetInt32().ShouldBe(25);
        response.Organization.EmailAllowedDomains.ShouldBe(new[] { "example.com", "engines.example.com" });
        var factors = response.MemberSession!.AuthenticationFactors;
        factors.Count.ShouldBe(5);
        factors.Select(f => f.Type).ShouldBe(new[]
        {
            ApiSessionV1AuthenticationFactorType.Oauth, ApiSessionV1AuthenticationFactorType.Otp, ApiSessionV1AuthenticationFactorType.MagicLink,
            ApiSessionV1AuthenticationFactorType.Sso, ApiSessionV1AuthenticationFactorType.Totp,
        });
        factors[0].DeliveryMethod.ShouldBe(ApiSessionV1AuthenticationFactorDeliveryMethod.OauthGoogle);
        factors[0].GoogleOauthFactor!.ProviderSubject.ShouldBe("10769150350006150715113082367");
        factors[1].PhoneNumberFactor!.PhoneNumber.ShouldBe("+12025550162");
        factors[3].SamlSsoFactor!.ExternalId.ShouldBe("ada@engines.example.com");
        response.MemberDevice!.IpAddressDetails!.IsNew.ShouldBe(true);
        response.ProviderValues!.Scopes.ShouldBe(new[] { "openid", "email", "profile" });
    }

    [Fact]
    public void Writes_back_the_same_json()
    {
        var response = ApiB2bOauthV1AuthenticateResponse.FromJson(Json);

        Payload.SameJson(response.ToJson(), Json).ShouldBeTrue(response.ToJson(indented: true));
    }

    [Fact]
    public void Works_through_JsonSerializer_with_default_options()
    {
        var response = JsonSerializer.Deserialize<ApiB2bOauthV1AuthenticateResponse>(Json)!;

        response.Member.EmailAddress.ShouldBe("ada.lovelace@example.com");
        Payload.SameJson(JsonSerializer.Serialize(response), Json).ShouldBeTrue();
    }

    [Fact]
    public void Works_through_the_generated_resolver_without_reflection()
    {
        var response = JsonSerializer.Deserialize(Json, SchemataJsonResolver.Default.ApiB2bOauthV1AuthenticateResponse)!;
        var options = new JsonSerializerOptions { TypeInfoResolver = SchemataJsonResolver.Default };

        response.Organization.OrganizationSlug.ShouldBe("analytical-engines");
        Payload.SameJson(JsonSerializer.Serialize(response, SchemataJsonResolver.Default.ApiB2bOauthV1AuthenticateResponse), Json).ShouldBeTrue();
        JsonSerializer.Deserialize<ApiOrganizationV1Member>(response.Member.ToJson(), options)!.Name.ShouldBe("Ada Lovelace");
    }

    [Fact]
    public void Two_missing_required_fields_are_one_exception_that_names_both_and_their_path()
    {
        var tree = Payload.Tree("authenticate-response.json");
        var factor = tree["member_session"]!["authentication_factors"]![2]!.AsObject();
        factor.Remove("type");
        factor.Remove("delivery_method");

        var error = Should.Throw<JsonException>(() => ApiB2bOauthV1AuthenticateResponse.FromJson(tree.ToJsonString()));

        error.Path.ShouldBe("$.member_session.authentication_factors[2]");
        error.Message.ShouldBe("The object at $.member_session.authentication_factors[2] lacks the required properties 'type', 'delivery_method'.");
    }

    [Fact]
    public void Missing_required_fields_at_the_root_are_reported_at_the_root()
    {
        var tree = Payload.Tree("authenticate-response.json");
        tree.Remove("request_id");
        tree.Remove("status_code");

        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<ApiB2bOauthV1AuthenticateResponse>(tree.ToJsonString()));

        error.Path.ShouldBe("$");
        error.Message.ShouldContain("'request_id', 'status_code'");
    }

    [Fact]
    public void A_list_of_a_thousand_members_round_trips()
    {
        var member = Payload.Tree("authenticate-response.json")["member"]!;
        var list = new JsonArray(Enumerable.Range(0, 1000).Select(i =>
        {
            var copy = member.DeepClone().AsObject();
            copy["member_id"] = $"member-test-{i:D8}";
            return (JsonNode)copy;
        }).ToArray());
        var json = list.ToJsonString();

        var members = Schemata.Serialization.JsonDocumentIO.Parse<Schemata.ValueList<ApiOrganizationV1Member>, Schemata.Serialization.ListHandler<ApiOrganizationV1Member, ApiOrganizationV1Member>>(json);

        members.Count.ShouldBe(1000);
        members[999].MemberId.ShouldBe("member-test-00000999");
        Payload.SameJson(JsonSerializer.Serialize(members, new JsonSerializerOptions { TypeInfoResolverChain = { SchemataJsonResolver.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() } }), json).ShouldBeTrue();
    }
}
