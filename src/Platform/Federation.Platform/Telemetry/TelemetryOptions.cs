namespace Federation.Platform.Telemetry;

/// <summary>The <c>Telemetry</c> settings (docs/operations.md, "Watching the service").</summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public MetricsOptions Metrics { get; set; } = new();

    public OtlpOptions Otlp { get; set; } = new();
}

internal sealed class MetricsOptions
{
    /// <summary>False answers /metrics 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Addresses (<c>10.0.0.7</c>) and networks (<c>10.0.0.0/24</c>) that may scrape; empty means loopback only.</summary>
    public List<string> AllowedAddresses { get; set; } = [];

    /// <summary>A bearer token that lets a scraper in from any address; empty for none.</summary>
    public string Token { get; set; } = "";
}

internal sealed class OtlpOptions
{
    /// <summary>The collector's OTLP endpoint, e.g. <c>http://127.0.0.1:4317</c>; metrics and traces are pushed there when set.</summary>
    public string Endpoint { get; set; } = "";
}
