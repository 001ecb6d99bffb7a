namespace Federation.Platform.SignIns;

/// <summary>How long the sign-in log keeps its entries (configuration section <c>SignInLog</c>).</summary>
internal sealed class SignInLogOptions
{
    public const string Section = "SignInLog";

    public int RetentionDays { get; set; } = 180;
}
