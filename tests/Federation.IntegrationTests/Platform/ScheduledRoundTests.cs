using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Platform;

/// <summary>An hourly job's round is claimed by exactly one caller, however many hosts ask at once (ADR 0015).</summary>
public sealed class ScheduledRoundTests
{
    [Fact]
    public async Task Of_many_simultaneous_claims_of_one_round_exactly_one_wins_and_the_next_round_is_free_again()
    {
        using var factory = new FederationFactory();
        _ = factory.Server;
        var rounds = factory.Services.GetRequiredService<IScheduledRounds>();
        var hour = Rounds.HourOf(new DateTimeOffset(2041, 3, 1, 9, 42, 0, TimeSpan.Zero));
        hour.Should().Be(new DateTime(2041, 3, 1, 9, 0, 0, DateTimeKind.Utc));

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => rounds.TryClaim("test:round", hour, CancellationToken.None))));
        claims.Count(won => won).Should().Be(1, "one caller runs the round");

        (await rounds.TryClaim("test:round", hour.AddHours(1), CancellationToken.None)).Should().BeTrue("the next hour is a new round");
        (await rounds.TryClaim("test:other", hour, CancellationToken.None)).Should().BeTrue("rounds are per job");
    }
}
