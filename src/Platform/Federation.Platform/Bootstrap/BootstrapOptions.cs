namespace Federation.Platform.Bootstrap;

/// <summary>What the first run creates in an empty database.</summary>
internal sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string OrganisationName { get; set; } = "中山市归国华侨联合会";
    public string OrganisationNameEn { get; set; } = "Zhongshan Returned Overseas Chinese Federation";
    public string AdminUserName { get; set; } = "admin";

    /// <summary>Left empty, a password is generated and printed once to the console.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Load the demo organisations and the 2023 figures into an empty database.</summary>
    public bool DemoData { get; set; } = true;
}
