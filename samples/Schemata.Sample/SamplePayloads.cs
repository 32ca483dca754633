using System;
using Stytch;

namespace Schemata.Sample;

/// <summary>The payloads in payloads/ that the sample reads when it is given no file, and what each one shows.</summary>
internal static class SamplePayloads
{
    public static readonly (string File, Type Type, string Shows)[] All =
    {
        ("authenticate-response.json", typeof(ApiB2bOauthV1AuthenticateResponse), "a valid B2B OAuth authenticate response: member, organization, session with two factors"),
        ("authenticate-response-missing-fields.json", typeof(ApiB2bOauthV1AuthenticateResponse), "two required properties missing"),
        ("authenticate-response-wrong-types.json", typeof(ApiB2bOauthV1AuthenticateResponse), "a string where the schema says boolean, inside the member"),
        ("authentication-factor.json", typeof(ApiSessionV1AuthenticationFactor), "a valid authentication factor (Google OAuth)"),
        ("authentication-factor-unknown-type.json", typeof(ApiSessionV1AuthenticationFactor), "a factor type the schema's enum does not list (a newer server's): validation reports it, reading keeps it"),
        ("truncated.json", typeof(ApiB2bOauthV1AuthenticateResponse), "a file that is not JSON: it stops in the middle"),
    };

    /// <summary>The type a file named on the command line is read as, unless --as names another.</summary>
    public static readonly Type DefaultType = typeof(ApiB2bOauthV1AuthenticateResponse);
}
