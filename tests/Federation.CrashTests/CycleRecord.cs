namespace Federation.CrashTests;

/// <summary>What the kills of a run hit: aimed kills and the events left for redelivery to each consumer.</summary>
internal sealed class CycleRecord
{
    public int AimedKills { get; private set; }
    public int AimsHit { get; private set; }
    public int AuditRedeliveries { get; private set; }
    public int ScorecardRedeliveries { get; private set; }

    public void Aimed(bool hit)
    {
        AimedKills++;
        if (hit) AimsHit++;
    }

    public void Redeliveries(int audit, int scorecard)
    {
        AuditRedeliveries += audit;
        ScorecardRedeliveries += scorecard;
    }
}
