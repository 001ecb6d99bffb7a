namespace Federation.Kernel.Telemetry;

/// <summary>The one meter every Federation instrument belongs to; /metrics and OTLP export it (docs/operations.md).</summary>
public static class FederationMeter
{
    /// <summary>The meter's name, "Federation".</summary>
    public const string Name = "Federation";
}
