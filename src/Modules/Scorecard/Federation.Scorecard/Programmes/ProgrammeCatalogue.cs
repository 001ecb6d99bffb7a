using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Scorecard.Data;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;

namespace Federation.Scorecard.Programmes;

/// <summary>
/// Answers the work lines' questions about programmes. Programmes are not secret: a branch may tag
/// its records with the city's programme, so this reads past the reader's organisation scope.
/// </summary>
internal sealed class ProgrammeCatalogue(ScorecardDbContext db) : IProgrammeCatalogue
{
    public async Task<IReadOnlyList<ProgrammeReference>> ForWorkLine(string workLine, CancellationToken cancellationToken) =>
        (await db.Programmes.AsNoTracking().Where(p => p.WorkLine == null || p.WorkLine == workLine)
            .OrderByDescending(p => p.StartsOn).ToListAsync(cancellationToken))
        .Select(Reference).ToList();

    public async Task<ProgrammeReference?> Find(Guid id, CancellationToken cancellationToken) =>
        await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } found ? Reference(found) : null;

    private static ProgrammeReference Reference(Programme p) => new(p.Id, new LocalizedText(p.NameZh, p.NameEn), p.WorkLine, p.StartsOn, p.EndsOn);
}
