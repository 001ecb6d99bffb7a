using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// Several users correct the same record at the same moment, each from the version they read:
/// exactly one wins, every other gets a 409 problem naming the version, the record holds the
/// winner's values, the audit log has the one change by the winner, and a loser who reads the
/// current version again can still make their change: nothing is lost silently.
/// </summary>
public sealed class ConcurrentEditTests(ConcurrentEditors world) : IClassFixture<ConcurrentEditors>
{
    /// <summary>Rounds per kind of record in CI; <c>FEDERATION_CONCURRENCY_ROUNDS</c> asks for more.</summary>
    private const int RoundsInCi = 5;

    public static TheoryData<string> Records() => new(EditedRecord.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Records))]
    public async Task Simultaneous_corrections_of_one_version_have_one_winner_and_409s_for_the_rest(string name)
    {
        var kind = EditedRecord.All.Single(r => r.Name == name);
        var rounds = PropertyRuns.Rounds(RoundsInCi);
        for (var round = 0; round < rounds; round++) await Race(kind, round);
    }

    private async Task Race(EditedRecord kind, int round)
    {
        var body = kind.New(world.Root);
        var created = await (await world.Admin.PostAsJsonAsync(kind.Collection, body)).ShouldBe(HttpStatusCode.Created);
        var id = created.TryGetProperty("user", out var user) ? user.Id() : created.Id();
        var url = $"{kind.Collection}/{id}";
        var corrections = Enumerable.Range(0, world.Editors.Count).Select(k => kind.Correction(world.Root, body, k)).ToList();

        // Every request is built and waiting before the gate opens, so they reach the host together.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = world.Editors.Select(async (editor, k) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(corrections[k]) };
            await gate.Task;
            using var response = await editor.Client.SendAsync(request);
            return (Editor: k, Status: response.StatusCode, Type: response.Content.Headers.ContentType?.MediaType, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(sends);
        var because = $"round {round} of the {kind}: " + string.Join(" | ", answers.Select(a => $"editor {a.Editor}: {(int)a.Status} {a.Body}"));

        answers.Count(a => a.Status == HttpStatusCode.OK).Should().Be(1, because);
        var winner = answers.Single(a => a.Status == HttpStatusCode.OK).Editor;
        var losers = answers.Where(a => a.Editor != winner).ToList();
        losers.Should().OnlyContain(a => a.Status == HttpStatusCode.Conflict && a.Type == "application/problem+json", because);
        losers.Select(a => ErrorFields(a.Body)).Should().AllSatisfy(fields => fields.Should().Contain("version", because));

        var stored = await (await world.Admin.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
        stored.GetProperty(kind.Field).GetString().Should().Be((string)corrections[winner][kind.Field]!, because);
        stored.GetProperty("version").GetInt32().Should().Be(2, because);
        var history = await AuditOf(id, entries: 2);
        history.Should().HaveCount(2, "the creation and the one winning correction are audited, nothing else: " + because);
        history[0].GetProperty("userName").GetString().Should().Be(world.Editors[winner].UserName, because);

        // A loser reads the current version and sends their correction again: it is applied on top of the winner's.
        var loser = losers[0].Editor;
        var retry = new Dictionary<string, object?>(corrections[loser]) { ["version"] = 2 };
        var retried = await (await world.Editors[loser].Client.PutAsJsonAsync(url, retry)).ShouldBe(HttpStatusCode.OK);
        retried.GetProperty(kind.Field).GetString().Should().Be((string)corrections[loser][kind.Field]!);
        retried.GetProperty("version").GetInt32().Should().Be(3);
    }

    private static List<string> ErrorFields(string problem) =>
        JsonDocument.Parse(problem).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();

    /// <summary>The record's audit entries, newest first, once <paramref name="entries"/> have landed and a moment more has passed.</summary>
    private async Task<List<JsonElement>> AuditOf(Guid id, int entries)
    {
        await Eventually.Within(TimeSpan.FromSeconds(10),
            async () => await (await world.Admin.GetAsync($"/api/admin/audit?entityId={id}")).Body(),
            page => page.GetProperty("total").GetInt32() >= entries);
        // Entries are written after the commit by the outbox; a second winner's would have landed by now.
        await Task.Delay(200);
        var page = await (await world.Admin.GetAsync($"/api/admin/audit?entityId={id}")).ShouldBe(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().ToList();
    }
}
