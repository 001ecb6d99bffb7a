using System.Text.Json;

namespace Federation.IntegrationTests.Validation;

/// <summary>
/// Input a client gets wrong is refused with a problem document naming exactly the wrong
/// fields, never with a 500, and leaves no trace: neither in the records it aimed at nor in
/// the audit log.
/// </summary>
public sealed class BadInputTests(BadInputFixture world) : IClassFixture<BadInputFixture>
{
    /// <summary>Long enough for a write's audit entry to land; the records themselves are checked at once.</summary>
    private static readonly TimeSpan AuditSettle = TimeSpan.FromMilliseconds(100);

    private static readonly Dictionary<string, BadInput> Cases =
        InvestmentBadInputs.All().Concat(EnterpriseBadInputs.All()).Concat(TalentBadInputs.All()).Concat(TradeBadInputs.All()).Concat(AdminBadInputs.All()).Concat(QueryBadInputs.All()).ToDictionary(c => c.Name);

    public static TheoryData<string> BodyCases() => Named(c => c.Body is not null && c.Status == 400);

    public static TheoryData<string> MediaTypeCases() => Named(c => c.Status == 415);

    public static TheoryData<string> UrlCases() => Named(c => c.Body is null);

    [Theory]
    [MemberData(nameof(BodyCases))]
    public Task A_bad_body_is_a_400_naming_the_field_and_writes_nothing(string @case) => ShouldBeRefused(Cases[@case]);

    [Theory]
    [MemberData(nameof(MediaTypeCases))]
    public Task A_body_not_sent_as_json_is_a_415_naming_the_body_and_writes_nothing(string @case) => ShouldBeRefused(Cases[@case]);

    [Theory]
    [MemberData(nameof(UrlCases))]
    public Task A_bad_query_or_version_in_the_url_is_a_400_naming_the_parameter_and_writes_nothing(string @case) =>
        ShouldBeRefused(Cases[@case]);

    private async Task ShouldBeRefused(BadInput input)
    {
        var before = await world.StateOf(input.Area);

        using var request = world.RequestFor(input);
        using var response = await world.ClientFor(input).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(input.Status, "the answer was {0}", text);
        (response.Content.Headers.ContentType?.MediaType).Should().Be("application/problem+json", "the answer was {0}", text);
        ErrorFields(text).Should().BeEquivalentTo(input.Fields, "the problem should name exactly the wrong fields: {0}", text);
        if (input.Says is not null) Detail(text).Should().ContainEquivalentOf(input.Says, "the problem should say what is wrong: {0}", text);
        await Task.Delay(AuditSettle);
        (await world.StateOf(input.Area)).Should().Be(before, "a refused request writes nothing");
    }

    private static IEnumerable<string> ErrorFields(string problem)
    {
        var body = JsonDocument.Parse(problem).RootElement;
        return body.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [];
    }

    private static string Detail(string problem) =>
        JsonDocument.Parse(problem).RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";

    private static TheoryData<string> Named(Func<BadInput, bool> which) => new(Cases.Values.Where(which).Select(c => c.Name));
}
