namespace Federation.Benchmarks.Seeding;

/// <summary>
/// One project as the ledger would hold it after being entered at 签约 (and, for some, advanced to
/// 动工 thirty days later), with the three facts its snapshot gives the scorecard.
/// </summary>
internal sealed record SeedProject(
    Guid Id, Guid OrganisationId, string Name, string InvestorName, string? CountryOrRegion, string Industry,
    long AmountFen, string Town, DateOnly SignedOn, bool BrokeGround)
{
    public const string ProjectsSigned = "investment.projects-signed";
    public const string SignedAmount = "investment.signed-amount";
    public const string GroundbreakingRate = "investment.groundbreaking-rate";

    public string Stage => BrokeGround ? "Groundbreaking" : "Signed";

    public DateOnly StageDate => BrokeGround ? SignedOn.AddDays(30) : SignedOn;

    public int Version => BrokeGround ? 2 : 1;

    /// <summary>The facts as <c>InvestmentKpiFacts.Of(project)</c> gives them, in hundredths: (key, value, out of).</summary>
    public IEnumerable<(string Key, long Value, long OutOf)> Facts()
    {
        yield return (ProjectsSigned, 100, 0);
        yield return (SignedAmount, AmountFen, 0);
        yield return (GroundbreakingRate, BrokeGround ? 100 : 0, 100);
    }
}
