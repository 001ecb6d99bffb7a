using Federation.Platform.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Federation.Kernel.Resources;
using Federation.Platform.Resources;

namespace Federation.Platform.Tokens;

/// <summary>Admins issue API tokens to integrator accounts and revoke them; a token is shown once, at issue.</summary>
internal static class TokenEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var tokens = admin.MapGroup("/tokens").WithTag("Administration: API tokens", "Bearer tokens for integrators, issued and revoked by administrators.");
        tokens.MapGet("/", List).RequirePermission(PlatformModule.Admin)
            .Describe("adminTokensList", "List API tokens",
                "The API tokens issued, with their user, expiry and last use; never their secrets.");
        tokens.MapPost("/", Issue).RequirePermission(PlatformModule.Admin).Validate<IssueTokenRequest>()
            .Describe("adminTokensCreate", "Issue an API token",
                "Issues a token acting as a user; the secret (fed_...) is in this answer only, then only its hash is kept (201).");
        tokens.MapDelete("/{id:guid}", Revoke).RequirePermission(PlatformModule.Admin)
            .Describe("adminTokensRevoke", "Revoke an API token",
                "Revokes the token at once: calls made with it answer 401.");
    }

    internal sealed record TokenResponse(Guid Id, Guid UserId, string Name, string Hint, DateTime CreatedAtUtc,
        DateTime? ExpiresAtUtc, DateTime? RevokedAtUtc);

    internal sealed record IssuedTokenResponse(TokenResponse Token, string Secret);

    internal sealed record IssueTokenRequest(Guid? UserId, string? Name, DateTime? ExpiresAtUtc);

    internal sealed class IssueTokenValidator : AbstractValidator<IssueTokenRequest>
    {
        public IssueTokenValidator(TimeProvider clock)
        {
            RuleFor(r => r.UserId).NotNull().WithMessage(_ => Text.Get("RequiredField"));
            RuleFor(r => r.Name).RequiredText(100);
            RuleFor(r => r.ExpiresAtUtc).Must(e => e is null || e > clock.GetUtcNow().UtcDateTime)
                .WithMessage(_ => PlatformText.Get("ExpiryInFuture"));
        }
    }

    private static async Task<Ok<List<TokenResponse>>> List(Guid? userId, TokenAdministration tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.List(userId, ct));

    private static async Task<Created<IssuedTokenResponse>> Issue(
        IssueTokenRequest request, TokenAdministration tokens, CancellationToken ct)
    {
        var issued = await tokens.Issue(request, ct);
        return TypedResults.Created($"/api/admin/tokens/{issued.Token.Id}", issued);
    }

    private static async Task<Results<NoContent, NotFound>> Revoke(Guid id, TokenAdministration tokens, CancellationToken ct) =>
        await tokens.Revoke(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
