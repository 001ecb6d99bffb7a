using Federation.Kernel.Http;
using Federation.Kernel.Modules;

namespace Federation.Kernel.Kpis;

/// <summary>
/// The programmes and action plans records may be tagged with (雁南归 2023–2025 …). The scorecard
/// module owns them; a work line asks here, never in the scorecard's tables.
/// </summary>
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
/// <param name="EndsOn">The last day of its period.</param>
public sealed record ProgrammeReference(Guid Id, LocalizedText Name, string? WorkLine, DateOnly StartsOn, DateOnly EndsOn);

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
            throw new RequestRejectedException(field, Resources.Text.Get("ProgrammeUnknown"));
        if (programme.WorkLine is not null && programme.WorkLine != workLine)
            throw new RequestRejectedException(field, Resources.Text.Format("ProgrammeOtherWorkLine", programme.WorkLine));
    }
}
