namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// How big a reliability run is: a CI run's size unless a long run asks for more through
/// <c>FEDERATION_PROPERTY_CASES</c> (generated bad requests) or <c>FEDERATION_CONCURRENCY_ROUNDS</c>
/// (races per kind of record). CsCheck's own <c>CsCheck_Seed</c> replays the run a failure reports.
/// </summary>
internal static class PropertyRuns
{
    public const string CasesVariable = "FEDERATION_PROPERTY_CASES";
    public const string RoundsVariable = "FEDERATION_CONCURRENCY_ROUNDS";

    public static int Cases(int inCi) => Asked(CasesVariable) ?? inCi;

    public static int Rounds(int inCi) => Asked(RoundsVariable) ?? inCi;

    private static int? Asked(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var asked) && asked > 0 ? asked : null;
}
