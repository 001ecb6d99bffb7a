using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;
using Federation.IntegrationTests.Infrastructure;
using Federation.IntegrationTests.Validation;
using Xunit.Abstractions;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// Thousands of generated bad requests against every write endpoint (<see cref="BadRequests"/>):
/// none is a 5xx, every refusal is a problem document, a 400 names a field of what was sent, and
/// nothing is written: no table of the database, the audit log and the outboxes among them,
/// changes (<see cref="DatabaseFingerprint"/>). Requests go in batches, with the database compared
/// around each batch; a failing batch is shrunk by CsCheck to the fewest requests that still fail,
/// and its seed is printed to replay it.
/// </summary>
[Trait("Category", "Sqlite")] // "Nothing written" is checked on a fingerprint of every table of the SQLite file.
public sealed class GeneratedBadInputTests(BadInputFixture world, ITestOutputHelper output) : IClassFixture<BadInputFixture>
{
    /// <summary>Cases in a CI run; <see cref="PropertyRuns.CasesVariable"/> asks for more.</summary>
    private const int CasesInCi = 3_000;

    /// <summary>Batches hold 1 to 2 × this many requests, so a batch averages about this many.</summary>
    private const int BatchSize = 50;

    [Fact]
    public async Task Generated_bad_requests_to_every_write_endpoint_are_refused_with_a_problem_naming_a_field_and_write_nothing()
    {
        var sent = 0;
        string? firstFailure = null;
        var batches = Math.Max(1, PropertyRuns.Cases(CasesInCi) / BatchSize);
        try
        {
            await BadRequests.Any.Array[1, 2 * BatchSize].SampleAsync(async batch =>
            {
                try
                {
                    await ShouldAllBeRefused(batch, () => Interlocked.Increment(ref sent));
                }
                catch (Exception failure)
                {
                    firstFailure ??= $"{failure.Message}\n{string.Join("\n", batch.Select(r => r.ToString()))}";
                    throw;
                }
            }, iter: batches, threads: 1, writeLine: output.WriteLine, print: batch => string.Join("\n", batch.Select(r => r.ToString())));
        }
        catch (CsCheckException shrunk) when (firstFailure is not null)
        {
            // CsCheck goes on looking for a smaller failing batch; one that wrote can leave an import running, whose rows
            // land during a later batch, so the first failure is the one to read.
            throw new Xunit.Sdk.XunitException($"{shrunk.Message}\n\nThe first failing batch:\n{firstFailure}");
        }
        output.WriteLine($"{sent} generated requests sent to {WriteEndpoints.All.Count} write endpoints.");
    }

    private async Task ShouldAllBeRefused(GeneratedRequest[] batch, Action counted)
    {
        var before = await DatabaseFingerprint.Of(world.Factory.DatabasePath);
        foreach (var request in batch)
        {
            await ShouldBeRefused(request);
            counted();
        }
        var after = await DatabaseFingerprint.Of(world.Factory.DatabasePath);
        DatabaseFingerprint.Changes(before, after).Should().BeEmpty("a refused request writes nothing");
    }

    /// <summary>The comparison the generated requests rely on sees a write that was accepted: a new record and a changed one.</summary>
    [Fact]
    public async Task The_database_fingerprint_sees_an_accepted_insert_and_an_accepted_update()
    {
        var admin = world.ClientFor("api/investment/events");
        var before = await DatabaseFingerprint.Of(world.Factory.DatabasePath);
        var created = await (await admin.PostAsJsonAsync("/api/investment/events", InvestmentRequests.Event())).ShouldBe(HttpStatusCode.Created);
        var inserted = await DatabaseFingerprint.Of(world.Factory.DatabasePath);
        var correction = InvestmentRequests.Event();
        correction["version"] = 1;
        correction["title"] = "改过的大会";
        await (await admin.PutAsJsonAsync($"/api/investment/events/{created.Id()}", correction)).ShouldBe(HttpStatusCode.OK);
        var updated = await DatabaseFingerprint.Of(world.Factory.DatabasePath);

        DatabaseFingerprint.Changes(before, inserted).Should().Contain(c => c.StartsWith("inv_events:", StringComparison.Ordinal));
        DatabaseFingerprint.Changes(inserted, updated).Should().Contain(c => c.StartsWith("inv_events:", StringComparison.Ordinal));
    }

    private async Task ShouldBeRefused(GeneratedRequest generated)
    {
        using var request = generated.ToRequest(world);
        using var response = await world.ClientFor(generated.Endpoint.Path).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var because = $"{generated}\nwas answered {status}: {text}";

        status.Should().BeInRange(400, 499, because);
        (response.Content.Headers.ContentType?.MediaType).Should().Be("application/problem+json", because);
        if (status != 400) return;
        var fields = ErrorFields(text);
        fields.Should().NotBeEmpty("a 400 names the field that is wrong: " + because);
        var nameable = generated.NameableFields();
        foreach (var field in fields)
            nameable.Should().Contain(RootOf(field), "the problem names {0}, a field of the request: {1}", field, because);
    }

    private static List<string> ErrorFields(string problem) =>
        JsonDocument.Parse(problem).RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().Select(e => e.Name).ToList()
            : [];

    // System.Text.Json writes a name that is not a plain identifier in brackets: ['a.b'].
    private static string RootOf(string field) =>
        field.StartsWith("['", StringComparison.Ordinal) ? field[2..field.IndexOf("']", 2, StringComparison.Ordinal)] : field.Split('.', '[')[0];
}
