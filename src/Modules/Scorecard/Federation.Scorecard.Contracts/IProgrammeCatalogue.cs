using Federation.Kernel.Http;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;

namespace Federation.Scorecard.Contracts;

/// <summary>
/// The programmes and action plans records may be tagged with (雁南归 2023–2025 …). The scorecard
/// module owns them and answers this port; a work line asks here, never in the scorecard's tables.
/// With the scorecard switched off there are no programmes (<see cref="NoProgrammes"/>).
/// </summary>
[Port(WhenAbsent = typeof(NoProgrammes))]
public interface IProgrammeCatalogue
{
    /// <summary>The programmes of a work line and the cross-cutting ones, for a picker.</summary>
    Task<IReadOnlyList<ProgrammeReference>> ForWorkLine(string workLine, CancellationToken cancellationToken);

    /// <summary>The programme with that id, or null when there is none; to check a tag, use <see cref="ProgrammeCatalogueExtensions.EnsureTaggable"/>.</summary>
    Task<ProgrammeReference?> Find(Guid id, CancellationToken cancellationToken);
}

/// <summary>A programme as a work line sees it: enough to offer it in a picker and to check a tag.</summary>
/// <param name="Id">The programme's id, which records carry as their tag.</param>
/// <param name="Name">The name in Chinese and English.</param>
/// <param name="WorkLine">The module it belongs to, or null for a cross-cutting plan.</param>
/// <param name="StartsOn">The first day of its period.</param>
/// <param name="EndsOn">The last day of its period, or null while it runs with no end set.</param>
public sealed record ProgrammeReference(Guid Id, LocalizedText Name, string? WorkLine, DateOnly StartsOn, DateOnly? EndsOn);

/// <summary>Checks a work line makes on programme tags before it saves a record.</summary>
public static class ProgrammeCatalogueExtensions
{
    /// <summary>Refuses, naming <paramref name="field"/>, a programme that does not exist or belongs to another work line.</summary>
    public static async Task EnsureTaggable(
        this IProgrammeCatalogue programmes, Guid? programmeId, string workLine, string field, CancellationToken ct)
    {
        if (programmeId is null) return;
        var programme = await programmes.Find(programmeId.Value, ct);
        if (programme is null)
            throw new RequestRejectedException(field, Federation.Kernel.Resources.Text.Get("ProgrammeUnknown"));
        if (programme.WorkLine is not null && programme.WorkLine != workLine)
            throw new RequestRejectedException(field, Federation.Kernel.Resources.Text.Format("ProgrammeOtherWorkLine", programme.WorkLine));
    }
}

/// <summary>The programme catalogue while the scorecard, which owns programmes, is switched off: there are none.</summary>
public sealed class NoProgrammes : IProgrammeCatalogue
{
    /// <summary>Always empty.</summary>
    public Task<IReadOnlyList<ProgrammeReference>> ForWorkLine(string workLine, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProgrammeReference>>([]);

    /// <summary>Always null: a tag names no programme.</summary>
    public Task<ProgrammeReference?> Find(Guid id, CancellationToken cancellationToken) => Task.FromResult<ProgrammeReference?>(null);
}

/// <summary>What the shell's programme picker is drawn from.</summary>
public static class ProgrammeChoices
{
    /// <summary>The picker for <paramref name="fieldName"/> offering <paramref name="programmes"/>, with <paramref name="selected"/> chosen.</summary>
    public static ProgrammeChoice Choice(this IReadOnlyList<ProgrammeReference> programmes, string fieldName, Guid? selected) =>
        new(programmes.Select(p => new ProgrammeOption(p.Id, p.Name)).ToList(), fieldName, selected);
}
