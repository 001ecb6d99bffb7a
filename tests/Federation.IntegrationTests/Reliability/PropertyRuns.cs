namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// How many generated cases a property test makes: a few thousand in CI, as many as
/// <c>FEDERATION_PROPERTY_CASES</c> says for a long run. CsCheck's own <c>CsCheck_Seed</c>
/// replays the run a failure reports.
/// </summary>
internal static class PropertyRuns
{
    public const string CasesVariable = "FEDERATION_PROPERTY_CASES";

    public static int Cases(int inCi) =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), out var asked) && asked > 0 ? asked : inCi;
}
