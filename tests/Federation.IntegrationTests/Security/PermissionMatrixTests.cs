using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Security;

public sealed class PermissionMatrixTests(PermissionMatrixFixture world) : IClassFixture<PermissionMatrixFixture>
{
    public static TheoryData<string, Caller, Target> Cases()
    {
        var cases = new TheoryData<string, Caller, Target>();
        foreach (var row in PermissionMatrix.Rows)
        foreach (var caller in Enum.GetValues<Caller>())
        foreach (var target in row.Targets)
            cases.Add(row.Endpoint, caller, target);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_caller_gets_exactly_what_the_matrix_grants(string endpoint, Caller caller, Target target)
    {
        var row = PermissionMatrix.Row(endpoint);
        var expected = row.Expected(caller, target);
        var session = await SessionFor(row, caller);
        var record = await RecordFor(row, expected, target);

        using var request = MatrixRequests.For(row, new MatrixCall(record, session));
        using var response = await session.Client.SendAsync(request);

        var body = await response.Body();
        var on = target == Target.Unscoped ? "" : $" on a record of {target}";
        var because = $"{caller} of branch A calling {endpoint}{on} should get {expected}; "
            + $"the answer was {(int)response.StatusCode} {(body.ValueKind == JsonValueKind.Undefined ? "(empty)" : body.ToString())}";
        ShouldMatch(row, caller, expected, record, response.StatusCode, body, because);
        if (expected == Outcome.NotFound && row.ChangesRecord)
            await TargetRecords.ShouldBeUntouched(world.RootAdmin, row.Subject!.Value, record!);
    }

    [Fact]
    public void Every_api_endpoint_has_a_row_in_the_matrix() =>
        ServedEndpoints().Should().BeSubsetOf(PermissionMatrix.Rows.Select(r => r.Endpoint),
            "a new endpoint needs a row in the permission matrix saying who may call it");

    [Fact]
    public void Every_matrix_row_is_an_endpoint_the_app_serves() =>
        PermissionMatrix.Rows.Select(r => r.Endpoint).Should().BeSubsetOf(ServedEndpoints(),
            "a row for an endpoint that no longer exists tests nothing");

    [Fact]
    public void The_matrix_refuses_anonymous_callers_everything_but_sign_in()
    {
        foreach (var row in PermissionMatrix.Rows)
        {
            var expected = row.Endpoint == "POST api/auth/sign-in" ? Outcome.Allow : Outcome.Unauthenticated;
            row.Access[Caller.Anonymous].Should().Be(new Access(expected, expected), row.Endpoint);
        }
    }

    [Fact]
    public void The_matrix_lets_leadership_read_but_refuses_every_write_behind_a_permission()
    {
        foreach (var row in PermissionMatrix.Rows.Where(r => r.Permission is not null))
        {
            var reads = row.Method == "GET" && row.Permission!.EndsWith(".read", StringComparison.Ordinal);
            row.Access[Caller.Leadership].Own.Should().Be(reads ? Outcome.Allow : Outcome.MissingPermission, row.Endpoint);
        }
    }

    [Fact]
    public void The_matrix_never_lets_branch_A_reach_records_of_branch_B_or_the_root()
    {
        foreach (var row in PermissionMatrix.Rows.Where(r => r.IsScoped))
            row.Access.Values.Should().OnlyContain(a => a.Other != Outcome.Allow, row.Endpoint);
    }

    // Changing the password ends every session of the user, signing out ends the client's:
    // those run apart so that the shared callers stay signed in.
    private async Task<Session> SessionFor(MatrixRow row, Caller caller) => row.Endpoint switch
    {
        "POST api/auth/password" => await world.NewAccount(caller),
        "POST api/auth/sign-out" => await world.SecondSession(caller),
        _ => world.SharedSession(caller),
    };

    // Records that an allowed request changes are fresh; everything else reads or is refused the shared ones.
    private async Task<TargetRecord?> RecordFor(MatrixRow row, Outcome expected, Target target)
    {
        if (row.Subject is not { } subject) return null;
        return expected == Outcome.Allow && row.ChangesRecord ? await world.Fresh(subject, target) : world.Shared(subject, target);
    }

    private static void ShouldMatch(MatrixRow row, Caller caller, Outcome expected, TargetRecord? record, HttpStatusCode status, JsonElement body, string because)
    {
        switch (expected)
        {
            case Outcome.Allow:
                status.Should().Be(row.Success, because);
                if (row.IsList) MatrixRequests.Listed(body).Should().Contain(record!.Id, because);
                break;
            case Outcome.Hidden:
                status.Should().Be(HttpStatusCode.OK, because);
                MatrixRequests.Listed(body).Should().NotContain(record!.Id, because);
                break;
            case Outcome.Unauthenticated:
                status.Should().Be(HttpStatusCode.Unauthorized, because);
                break;
            case Outcome.MissingPermission:
                status.Should().Be(HttpStatusCode.Forbidden, because);
                body.GetProperty("missingPermission").GetString().Should().Be(row.Permission, because);
                break;
            case Outcome.TopLevelOnly:
                status.Should().Be(HttpStatusCode.Forbidden, because);
                body.GetProperty("requiresTopLevelOrganisation").GetBoolean().Should().BeTrue(because);
                break;
            case Outcome.NotFound:
                status.Should().Be(HttpStatusCode.NotFound, because);
                break;
            case Outcome.ForeignOrganisation:
                status.Should().Be(HttpStatusCode.Forbidden, because);
                ErrorFields(body).Should().Contain(row.RefusedField(caller), because);
                break;
            case Outcome.UnknownReference:
                status.Should().Be(HttpStatusCode.BadRequest, because);
                ErrorFields(body).Should().Contain(row.RefusedField(caller), because);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expected));
        }
    }

    private static IEnumerable<string> ErrorFields(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(e => e.Name)
            : [];

    /// <summary>"METHOD path" of every API endpoint the running app has mapped; one without a method would show as ANY.</summary>
    private List<string> ServedEndpoints() =>
        world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Path: e.RoutePattern.RawText?.Trim('/') ?? "", Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Path.StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Count == 0 ? [$"ANY {e.Path}"] : e.Methods.Select(m => $"{m} {e.Path}"))
            .ToList();
}
