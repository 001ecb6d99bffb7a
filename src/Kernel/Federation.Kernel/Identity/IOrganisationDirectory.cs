namespace Federation.Kernel.Identity;

/// <summary>The organisations a user may see, for pickers and filters; the platform answers it.</summary>
public interface IOrganisationDirectory
{
    Task<IReadOnlyList<OrganisationSummary>> VisibleTo(ICurrentUser user, CancellationToken cancellationToken);

    /// <summary>The organisation and everything beneath it (a branch's towns, say); empty when it does not exist.</summary>
    Task<IReadOnlySet<Guid>> Subtree(Guid organisationId, CancellationToken cancellationToken);
}

/// <summary>An organisation as a picker shows it; <see cref="Depth"/> 0 is the city federation.</summary>
public sealed record OrganisationSummary(Guid Id, string Name, string? NameEn, int Depth)
{
    public string For(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" || NameEn is null ? Name : NameEn;
}
