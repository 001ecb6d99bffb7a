using Federation.Kernel.Modules;

namespace Federation.Kernel.Identity;

/// <summary>The organisations a user may see, for pickers and filters; the platform answers it.</summary>
[Port]
public interface IOrganisationDirectory
{
    /// <summary>The organisations <paramref name="user"/> may see (their subtree, or all of them), for a picker or a filter.</summary>
    Task<IReadOnlyList<OrganisationSummary>> VisibleTo(ICurrentUser user, CancellationToken cancellationToken);

    /// <summary>The organisation and everything beneath it (a branch's towns, say); empty when it does not exist.</summary>
    Task<IReadOnlySet<Guid>> Subtree(Guid organisationId, CancellationToken cancellationToken);
}

/// <summary>An organisation as a picker shows it; <see cref="Depth"/> 0 is the city federation.</summary>
/// <param name="Id">The organisation's id.</param>
/// <param name="Name">Its name in Chinese.</param>
/// <param name="NameEn">Its English name, if it has one.</param>
/// <param name="Depth">How deep it sits in the tree: 0 the city federation, 1 a branch or association beneath it.</param>
public sealed record OrganisationSummary(Guid Id, string Name, string? NameEn, int Depth)
{
    /// <summary>The name to show in <paramref name="culture"/>: the English name for English readers when there is one, else the Chinese.</summary>
    public string For(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" || NameEn is null ? Name : NameEn;
}
