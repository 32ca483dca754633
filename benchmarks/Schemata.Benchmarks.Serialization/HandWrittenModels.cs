// Hand-written equivalents of the records Schemata generates from schemas/stytch: the baseline that
// System.Text.Json (source generator and reflection) and Newtonsoft.Json are measured with. Same property
// types, required members and extension data as the generated records.
#nullable enable
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schemata.Benchmarks.Serialization.HandWritten;

public sealed record ApiB2bMfaV1MemberOptions
{
    [JsonPropertyName("mfa_phone_number")] public required string MfaPhoneNumber { get; init; }
    [JsonPropertyName("totp_registration_id")] public required string TotpRegistrationId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiB2bMfaV1MfaRequired
{
    [JsonPropertyName("member_options")] public ApiB2bMfaV1MemberOptions? MemberOptions { get; init; }
    [JsonPropertyName("secondary_auth_initiated")] public string? SecondaryAuthInitiated { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiB2bOauthV1AuthenticateResponse
{
    [JsonPropertyName("request_id")] public required string RequestId { get; init; }
    [JsonPropertyName("member_id")] public required string MemberId { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("provider_type")] public required string ProviderType { get; init; }
    [JsonPropertyName("session_token")] public required string SessionToken { get; init; }
    [JsonPropertyName("session_jwt")] public required string SessionJwt { get; init; }
    [JsonPropertyName("member")] public required ApiOrganizationV1Member Member { get; init; }
    [JsonPropertyName("organization_id")] public required string OrganizationId { get; init; }
    [JsonPropertyName("organization")] public required ApiOrganizationV1Organization Organization { get; init; }
    [JsonPropertyName("reset_sessions")] public required bool ResetSessions { get; init; }
    [JsonPropertyName("member_authenticated")] public required bool MemberAuthenticated { get; init; }
    [JsonPropertyName("intermediate_session_token")] public required string IntermediateSessionToken { get; init; }
    [JsonPropertyName("status_code")] public required int StatusCode { get; init; }
    [JsonPropertyName("member_session")] public ApiB2bSessionV1MemberSession? MemberSession { get; init; }
    [JsonPropertyName("provider_values")] public ApiB2bOauthV1ProviderValues? ProviderValues { get; init; }
    [JsonPropertyName("mfa_required")] public ApiB2bMfaV1MfaRequired? MfaRequired { get; init; }
    [JsonPropertyName("primary_required")] public ApiB2bSessionV1PrimaryRequired? PrimaryRequired { get; init; }
    [JsonPropertyName("member_device")] public ApiDeviceHistoryV1DeviceInfo? MemberDevice { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiB2bOauthV1ProviderValues
{
    [JsonPropertyName("scopes")] public required List<string> Scopes { get; init; }
    [JsonPropertyName("access_token")] public string? AccessToken { get; init; }
    [JsonPropertyName("refresh_token")] public string? RefreshToken { get; init; }
    [JsonPropertyName("expires_at")] public string? ExpiresAt { get; init; }
    [JsonPropertyName("id_token")] public string? IdToken { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiB2bSessionV1MemberSession
{
    [JsonPropertyName("member_session_id")] public required string MemberSessionId { get; init; }
    [JsonPropertyName("member_id")] public required string MemberId { get; init; }
    [JsonPropertyName("started_at")] public required string StartedAt { get; init; }
    [JsonPropertyName("last_accessed_at")] public required string LastAccessedAt { get; init; }
    [JsonPropertyName("expires_at")] public required string ExpiresAt { get; init; }
    [JsonPropertyName("authentication_factors")] public required List<ApiSessionV1AuthenticationFactor> AuthenticationFactors { get; init; }
    [JsonPropertyName("organization_id")] public required string OrganizationId { get; init; }
    [JsonPropertyName("roles")] public required List<string> Roles { get; init; }
    [JsonPropertyName("organization_slug")] public required string OrganizationSlug { get; init; }
    [JsonPropertyName("custom_claims")] public Dictionary<string, JsonElement>? CustomClaims { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiB2bSessionV1PrimaryRequired
{
    [JsonPropertyName("allowed_auth_methods")] public required List<string> AllowedAuthMethods { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiDeviceHistoryV1DeviceAttributeDetails
{
    [JsonPropertyName("is_new")] public required bool IsNew { get; init; }
    [JsonPropertyName("first_seen_at")] public string? FirstSeenAt { get; init; }
    [JsonPropertyName("last_seen_at")] public string? LastSeenAt { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiDeviceHistoryV1DeviceInfo
{
    [JsonPropertyName("visitor_id")] public required string VisitorId { get; init; }
    [JsonPropertyName("visitor_id_details")] public ApiDeviceHistoryV1DeviceAttributeDetails? VisitorIdDetails { get; init; }
    [JsonPropertyName("ip_address")] public string? IpAddress { get; init; }
    [JsonPropertyName("ip_address_details")] public ApiDeviceHistoryV1DeviceAttributeDetails? IpAddressDetails { get; init; }
    [JsonPropertyName("ip_geo_country")] public string? IpGeoCountry { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiOrganizationV1Member
{
    [JsonPropertyName("organization_id")] public required string OrganizationId { get; init; }
    [JsonPropertyName("member_id")] public required string MemberId { get; init; }
    [JsonPropertyName("email_address")] public required string EmailAddress { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("is_admin")] public required bool IsAdmin { get; init; }
    [JsonPropertyName("mfa_enrolled")] public required bool MfaEnrolled { get; init; }
    [JsonPropertyName("mfa_phone_number")] public string? MfaPhoneNumber { get; init; }
    [JsonPropertyName("roles")] public required List<ApiOrganizationV1MemberRole> Roles { get; init; }
    [JsonPropertyName("trusted_metadata")] public Dictionary<string, JsonElement>? TrustedMetadata { get; init; }
    [JsonPropertyName("untrusted_metadata")] public Dictionary<string, JsonElement>? UntrustedMetadata { get; init; }
    [JsonPropertyName("created_at")] public string? CreatedAt { get; init; }
    [JsonPropertyName("updated_at")] public string? UpdatedAt { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiOrganizationV1MemberRole
{
    [JsonPropertyName("role_id")] public required string RoleId { get; init; }
    [JsonPropertyName("sources")] public required List<string> Sources { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiOrganizationV1Organization
{
    [JsonPropertyName("organization_id")] public required string OrganizationId { get; init; }
    [JsonPropertyName("organization_name")] public required string OrganizationName { get; init; }
    [JsonPropertyName("organization_slug")] public required string OrganizationSlug { get; init; }
    [JsonPropertyName("organization_logo_url")] public string? OrganizationLogoUrl { get; init; }
    [JsonPropertyName("email_allowed_domains")] public required List<string> EmailAllowedDomains { get; init; }
    [JsonPropertyName("email_jit_provisioning")] public string? EmailJitProvisioning { get; init; }
    [JsonPropertyName("mfa_policy")] public required string MfaPolicy { get; init; }
    [JsonPropertyName("trusted_metadata")] public Dictionary<string, JsonElement>? TrustedMetadata { get; init; }
    [JsonPropertyName("created_at")] public string? CreatedAt { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1AmazonOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1AppleOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1AuthenticationFactor
{
    [JsonPropertyName("type")] public required ApiSessionV1AuthenticationFactorType Type { get; init; }
    [JsonPropertyName("delivery_method")] public required ApiSessionV1AuthenticationFactorDeliveryMethod DeliveryMethod { get; init; }
    [JsonPropertyName("last_authenticated_at")] public string? LastAuthenticatedAt { get; init; }
    [JsonPropertyName("created_at")] public string? CreatedAt { get; init; }
    [JsonPropertyName("updated_at")] public string? UpdatedAt { get; init; }
    [JsonPropertyName("email_factor")] public ApiSessionV1EmailFactor? EmailFactor { get; init; }
    [JsonPropertyName("phone_number_factor")] public ApiSessionV1PhoneNumberFactor? PhoneNumberFactor { get; init; }
    [JsonPropertyName("google_oauth_factor")] public ApiSessionV1GoogleOAuthFactor? GoogleOauthFactor { get; init; }
    [JsonPropertyName("microsoft_oauth_factor")] public ApiSessionV1MicrosoftOAuthFactor? MicrosoftOauthFactor { get; init; }
    [JsonPropertyName("apple_oauth_factor")] public ApiSessionV1AppleOAuthFactor? AppleOauthFactor { get; init; }
    [JsonPropertyName("webauthn_factor")] public ApiSessionV1WebAuthnFactor? WebauthnFactor { get; init; }
    [JsonPropertyName("authenticator_app_factor")] public ApiSessionV1AuthenticatorAppFactor? AuthenticatorAppFactor { get; init; }
    [JsonPropertyName("github_oauth_factor")] public ApiSessionV1GithubOAuthFactor? GithubOauthFactor { get; init; }
    [JsonPropertyName("recovery_code_factor")] public ApiSessionV1RecoveryCodeFactor? RecoveryCodeFactor { get; init; }
    [JsonPropertyName("facebook_oauth_factor")] public ApiSessionV1FacebookOAuthFactor? FacebookOauthFactor { get; init; }
    [JsonPropertyName("crypto_wallet_factor")] public ApiSessionV1CryptoWalletFactor? CryptoWalletFactor { get; init; }
    [JsonPropertyName("amazon_oauth_factor")] public ApiSessionV1AmazonOAuthFactor? AmazonOauthFactor { get; init; }
    [JsonPropertyName("bitbucket_oauth_factor")] public ApiSessionV1BitbucketOAuthFactor? BitbucketOauthFactor { get; init; }
    [JsonPropertyName("coinbase_oauth_factor")] public ApiSessionV1CoinbaseOAuthFactor? CoinbaseOauthFactor { get; init; }
    [JsonPropertyName("discord_oauth_factor")] public ApiSessionV1DiscordOAuthFactor? DiscordOauthFactor { get; init; }
    [JsonPropertyName("figma_oauth_factor")] public ApiSessionV1FigmaOAuthFactor? FigmaOauthFactor { get; init; }
    [JsonPropertyName("git_lab_oauth_factor")] public ApiSessionV1GitLabOAuthFactor? GitLabOauthFactor { get; init; }
    [JsonPropertyName("instagram_oauth_factor")] public ApiSessionV1InstagramOAuthFactor? InstagramOauthFactor { get; init; }
    [JsonPropertyName("linked_in_oauth_factor")] public ApiSessionV1LinkedInOAuthFactor? LinkedInOauthFactor { get; init; }
    [JsonPropertyName("shopify_oauth_factor")] public ApiSessionV1ShopifyOAuthFactor? ShopifyOauthFactor { get; init; }
    [JsonPropertyName("slack_oauth_factor")] public ApiSessionV1SlackOAuthFactor? SlackOauthFactor { get; init; }
    [JsonPropertyName("snapchat_oauth_factor")] public ApiSessionV1SnapchatOAuthFactor? SnapchatOauthFactor { get; init; }
    [JsonPropertyName("spotify_oauth_factor")] public ApiSessionV1SpotifyOAuthFactor? SpotifyOauthFactor { get; init; }
    [JsonPropertyName("steam_oauth_factor")] public ApiSessionV1SteamOAuthFactor? SteamOauthFactor { get; init; }
    [JsonPropertyName("tik_tok_oauth_factor")] public ApiSessionV1TikTokOAuthFactor? TikTokOauthFactor { get; init; }
    [JsonPropertyName("twitch_oauth_factor")] public ApiSessionV1TwitchOAuthFactor? TwitchOauthFactor { get; init; }
    [JsonPropertyName("twitter_oauth_factor")] public ApiSessionV1TwitterOAuthFactor? TwitterOauthFactor { get; init; }
    [JsonPropertyName("embeddable_magic_link_factor")] public ApiSessionV1EmbeddableMagicLinkFactor? EmbeddableMagicLinkFactor { get; init; }
    [JsonPropertyName("biometric_factor")] public ApiSessionV1BiometricFactor? BiometricFactor { get; init; }
    [JsonPropertyName("saml_sso_factor")] public ApiSessionV1SAMLSSOFactor? SamlSsoFactor { get; init; }
    [JsonPropertyName("oidc_sso_factor")] public ApiSessionV1OIDCSSOFactor? OidcSsoFactor { get; init; }
    [JsonPropertyName("salesforce_oauth_factor")] public ApiSessionV1SalesforceOAuthFactor? SalesforceOauthFactor { get; init; }
    [JsonPropertyName("yahoo_oauth_factor")] public ApiSessionV1YahooOAuthFactor? YahooOauthFactor { get; init; }
    [JsonPropertyName("hubspot_oauth_factor")] public ApiSessionV1HubspotOAuthFactor? HubspotOauthFactor { get; init; }
    [JsonPropertyName("slack_oauth_exchange_factor")] public ApiSessionV1SlackOAuthExchangeFactor? SlackOauthExchangeFactor { get; init; }
    [JsonPropertyName("hubspot_oauth_exchange_factor")] public ApiSessionV1HubspotOAuthExchangeFactor? HubspotOauthExchangeFactor { get; init; }
    [JsonPropertyName("github_oauth_exchange_factor")] public ApiSessionV1GithubOAuthExchangeFactor? GithubOauthExchangeFactor { get; init; }
    [JsonPropertyName("google_oauth_exchange_factor")] public ApiSessionV1GoogleOAuthExchangeFactor? GoogleOauthExchangeFactor { get; init; }
    [JsonPropertyName("impersonated_factor")] public ApiSessionV1ImpersonatedFactor? ImpersonatedFactor { get; init; }
    [JsonPropertyName("oauth_access_token_exchange_factor")] public ApiSessionV1OAuthAccessTokenExchangeFactor? OauthAccessTokenExchangeFactor { get; init; }
    [JsonPropertyName("trusted_auth_token_factor")] public ApiSessionV1TrustedAuthTokenFactor? TrustedAuthTokenFactor { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ApiSessionV1AuthenticationFactorDeliveryMethod>))]
public enum ApiSessionV1AuthenticationFactorDeliveryMethod
{
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("sms")] Sms,
    [JsonStringEnumMemberName("whatsapp")] Whatsapp,
    [JsonStringEnumMemberName("embedded")] Embedded,
    [JsonStringEnumMemberName("oauth_google")] OauthGoogle,
    [JsonStringEnumMemberName("oauth_microsoft")] OauthMicrosoft,
    [JsonStringEnumMemberName("oauth_apple")] OauthApple,
    [JsonStringEnumMemberName("oauth_github")] OauthGithub,
    [JsonStringEnumMemberName("oauth_slack")] OauthSlack,
    [JsonStringEnumMemberName("oauth_hubspot")] OauthHubspot,
    [JsonStringEnumMemberName("webauthn_registration")] WebauthnRegistration,
    [JsonStringEnumMemberName("authenticator_app")] AuthenticatorApp,
    [JsonStringEnumMemberName("recovery_code")] RecoveryCode,
    [JsonStringEnumMemberName("knowledge")] Knowledge,
    [JsonStringEnumMemberName("sso_saml")] SsoSaml,
    [JsonStringEnumMemberName("sso_oidc")] SsoOidc,
    [JsonStringEnumMemberName("imported_auth0")] ImportedAuth0,
    [JsonStringEnumMemberName("impersonation")] Impersonation,
    [JsonStringEnumMemberName("trusted_token_exchange")] TrustedTokenExchange,
    [JsonStringEnumMemberName("oauth_exchange_google")] OauthExchangeGoogle,
    [JsonStringEnumMemberName("oauth_exchange_slack")] OauthExchangeSlack,
    [JsonStringEnumMemberName("oauth_exchange_hubspot")] OauthExchangeHubspot,
    [JsonStringEnumMemberName("oauth_exchange_github")] OauthExchangeGithub,
    [JsonStringEnumMemberName("oauth_access_token_exchange")] OauthAccessTokenExchange,
}

[JsonConverter(typeof(JsonStringEnumConverter<ApiSessionV1AuthenticationFactorType>))]
public enum ApiSessionV1AuthenticationFactorType
{
    [JsonStringEnumMemberName("magic_link")] MagicLink,
    [JsonStringEnumMemberName("otp")] Otp,
    [JsonStringEnumMemberName("oauth")] Oauth,
    [JsonStringEnumMemberName("webauthn")] Webauthn,
    [JsonStringEnumMemberName("totp")] Totp,
    [JsonStringEnumMemberName("crypto")] Crypto,
    [JsonStringEnumMemberName("password")] Password,
    [JsonStringEnumMemberName("signature_challenge")] SignatureChallenge,
    [JsonStringEnumMemberName("sso")] Sso,
    [JsonStringEnumMemberName("imported")] Imported,
    [JsonStringEnumMemberName("recovery_codes")] RecoveryCodes,
    [JsonStringEnumMemberName("email_otp")] EmailOtp,
    [JsonStringEnumMemberName("impersonated")] Impersonated,
    [JsonStringEnumMemberName("trusted_auth_token")] TrustedAuthToken,
}

public sealed record ApiSessionV1AuthenticatorAppFactor
{
    [JsonPropertyName("totp_id")] public required string TotpId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1BiometricFactor
{
    [JsonPropertyName("biometric_registration_id")] public required string BiometricRegistrationId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1BitbucketOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1CoinbaseOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1CryptoWalletFactor
{
    [JsonPropertyName("crypto_wallet_id")] public required string CryptoWalletId { get; init; }
    [JsonPropertyName("crypto_wallet_address")] public required string CryptoWalletAddress { get; init; }
    [JsonPropertyName("crypto_wallet_type")] public required string CryptoWalletType { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1DiscordOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1EmailFactor
{
    [JsonPropertyName("email_id")] public required string EmailId { get; init; }
    [JsonPropertyName("email_address")] public required string EmailAddress { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1EmbeddableMagicLinkFactor
{
    [JsonPropertyName("embedded_id")] public required string EmbeddedId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1FacebookOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1FigmaOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1GitLabOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1GithubOAuthExchangeFactor
{
    [JsonPropertyName("email_id")] public required string EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1GithubOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1GoogleOAuthExchangeFactor
{
    [JsonPropertyName("email_id")] public required string EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1GoogleOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1HubspotOAuthExchangeFactor
{
    [JsonPropertyName("email_id")] public required string EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1HubspotOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1ImpersonatedFactor
{
    [JsonPropertyName("impersonator_id")] public required string ImpersonatorId { get; init; }
    [JsonPropertyName("impersonator_email_address")] public required string ImpersonatorEmailAddress { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1InstagramOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1LinkedInOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1MicrosoftOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1OAuthAccessTokenExchangeFactor
{
    [JsonPropertyName("client_id")] public required string ClientId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1OIDCSSOFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_id")] public required string ProviderId { get; init; }
    [JsonPropertyName("external_id")] public required string ExternalId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1PhoneNumberFactor
{
    [JsonPropertyName("phone_id")] public required string PhoneId { get; init; }
    [JsonPropertyName("phone_number")] public required string PhoneNumber { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1RecoveryCodeFactor
{
    [JsonPropertyName("totp_recovery_code_id")] public required string TotpRecoveryCodeId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1SAMLSSOFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_id")] public required string ProviderId { get; init; }
    [JsonPropertyName("external_id")] public required string ExternalId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1SalesforceOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1ShopifyOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1SlackOAuthExchangeFactor
{
    [JsonPropertyName("email_id")] public required string EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1SlackOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1SnapchatOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1SpotifyOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1SteamOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1TikTokOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1TrustedAuthTokenFactor
{
    [JsonPropertyName("token_id")] public required string TokenId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1TwitchOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1TwitterOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1WebAuthnFactor
{
    [JsonPropertyName("webauthn_registration_id")] public required string WebauthnRegistrationId { get; init; }
    [JsonPropertyName("domain")] public required string Domain { get; init; }
    [JsonPropertyName("user_agent")] public string? UserAgent { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ApiSessionV1YahooOAuthFactor
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider_subject")] public required string ProviderSubject { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>System.Text.Json's source generator over the hand-written records.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiB2bOauthV1AuthenticateResponse))]
[JsonSerializable(typeof(List<ApiOrganizationV1Member>))]
public sealed partial class StjContext : JsonSerializerContext
{
}
