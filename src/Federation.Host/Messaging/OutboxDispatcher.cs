using Federation.Kernel.Identity;
using System.Text.Json;
using Autofac;
using Federation.Host.Modules;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Messaging;

/// <summary>
/// Publishes what the modules' outboxes hold: woken right after each commit, and every few
/// seconds regardless, which is how rows left by a crash or a failed consumer go out again.
/// </summary>
internal sealed class OutboxDispatcher(
    ILifetimeScope scope,
    ModuleContexts contexts,
    OutboxSignal signal,
    EventTypes eventTypes,
    IEventDelivery delivery,
    Persistence.IStore store,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan RecoveryPoll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                bool more;
                do
                {
                    more = false;
                    foreach (var contextType in contexts.Types)
                        more |= await DispatchBatch(contextType, stoppingToken);
                } while (more && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Outbox dispatch failed; retrying at the next poll");
            }
            await signal.WaitAsync(RecoveryPoll, stoppingToken);
        }
    }

    /// <summary>Sends one batch from one module; true when a full batch suggests more is waiting.</summary>
    internal async Task<bool> DispatchBatch(Type contextType, CancellationToken cancellationToken)
    {
        await using var batchScope = scope.BeginSystemScope();
        var db = (ModuleDbContext)batchScope.Resolve(contextType);
        var now = clock.GetUtcNow().UtcDateTime;
        // Where several hosts share the store, the claimed rows stay locked until they are marked sent.
        await using var claim = store.SharedByHosts ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var batch = await store.ClaimOutbox(db, now, BatchSize, cancellationToken);
        if (batch.Count == 0) return false;

        var readable = new List<(OutboxMessage Row, IntegrationEvent Event)>(batch.Count);
        foreach (var message in batch)
        {
            try
            {
                var type = eventTypes.Find(message.Type)
                    ?? throw new InvalidOperationException($"No loaded module defines the event type {message.Type}.");
                readable.Add((message, (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, EventJson.Options)!));
            }
            catch (Exception ex)
            {
                Failed(message, ex, now);
            }
        }

        var outcome = await delivery.Deliver(readable.Select(r => r.Event).ToList(), cancellationToken);
        for (var i = 0; i < readable.Count; i++)
        {
            var message = readable[i].Row;
            if (outcome[i] is { } failure)
            {
                Failed(message, failure, now);
                continue;
            }
            message.SentAtUtc = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
        }
        await db.SaveChangesAsync(CancellationToken.None);
        if (claim is not null) await claim.CommitAsync(CancellationToken.None);
        return batch.Count == BatchSize;
    }

    private void Failed(OutboxMessage message, Exception ex, DateTime now)
    {
        message.Attempts++;
        message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
        message.NextAttemptAtUtc = now.AddSeconds(Math.Min(300, Math.Pow(2, message.Attempts)));
        logger.LogWarning(ex, "Delivering {EventType} {EventId} failed (attempt {Attempts})",
            message.Type, message.EventId, message.Attempts);
    }
}
