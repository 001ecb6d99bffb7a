using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Messaging;

/// <summary>
/// Wraps a module's handler in its inbox: an event this handler has already processed is
/// skipped, and the handler's changes and the inbox row commit together, so redelivery after
/// a crash changes nothing.
/// </summary>
public sealed class InboxConsumer<TEvent, THandler, TContext>(TContext db, THandler handler, Modules.IModuleAvailability availability) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where THandler : class, IIntegrationEventHandler<TEvent>
    where TContext : ModuleDbContext
{
    private static readonly string ConsumerName = typeof(THandler).FullName!;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        // A module out of service has no tables to write to; the others must not wait for it.
        if (availability.IsDown(typeof(TContext))) return;
        var eventId = context.Message.EventId;
        if (await Seen(eventId, context.CancellationToken)) return;

        await handler.Handle(context.Message, context.CancellationToken);
        db.InboxMessages.Add(new InboxMessage { EventId = eventId, Consumer = ConsumerName, ProcessedAtUtc = DateTime.UtcNow });
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another delivery of the same event may have committed first: its effect stands, ours is dropped.
            db.ChangeTracker.Clear();
            if (!await Seen(eventId, context.CancellationToken)) throw;
        }
    }

    private Task<bool> Seen(Guid eventId, CancellationToken ct) =>
        db.InboxMessages.AsNoTracking().AnyAsync(m => m.EventId == eventId && m.Consumer == ConsumerName, ct);
}
