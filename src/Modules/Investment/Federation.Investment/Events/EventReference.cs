using Federation.Investment.Data;
using Federation.Investment.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Events;

internal static class EventReference
{
    /// <summary>A project, credit line or outcome may name only an event the user can see.</summary>
    public static async Task EnsureVisible(InvestmentDbContext db, ICurrentUser user, Guid? eventId, CancellationToken ct)
    {
        if (eventId is not null && !await db.Events.VisibleTo(user).AnyAsync(e => e.Id == eventId, ct))
            throw new RequestRejectedException("eventId", InvestmentText.Get("EventNotVisible"));
    }

    /// <summary>
    /// A session belongs to an event the user can see that is not itself a session, and an event
    /// with sessions of its own cannot become one: sessions are one level deep.
    /// </summary>
    public static async Task EnsureParent(InvestmentDbContext db, ICurrentUser user, Guid? eventId, Guid? parentId, CancellationToken ct)
    {
        if (parentId is null) return;
        if (parentId == eventId) throw new RequestRejectedException("parentEventId", InvestmentText.Get("ParentIsSelf"));
        var parent = await db.Events.VisibleTo(user).Where(e => e.Id == parentId).Select(e => new { e.ParentEventId }).FirstOrDefaultAsync(ct);
        if (parent is null) throw new RequestRejectedException("parentEventId", InvestmentText.Get("EventNotVisible"));
        if (parent.ParentEventId is not null) throw new RequestRejectedException("parentEventId", InvestmentText.Get("ParentIsSession"));
        if (eventId is not null && await db.Events.AnyAsync(e => e.ParentEventId == eventId, ct))
            throw new RuleViolationException("parentEventId", InvestmentText.Get("EventHasSessions"));
    }

    /// <summary>An event may also serve only other enabled work lines, named as their modules are.</summary>
    public static void EnsureWorkLines(Kernel.Kpis.IKpiCatalogue catalogue, IReadOnlyList<string>? workLines)
    {
        foreach (var (line, index) in (workLines ?? []).Select((l, i) => (l, i)))
            if (line == InvestmentModule.ModuleName || !catalogue.WorkLines.Contains(line))
                throw new RequestRejectedException($"alsoServes[{index}]", InvestmentText.Format("UnknownWorkLine", line));
    }
}
