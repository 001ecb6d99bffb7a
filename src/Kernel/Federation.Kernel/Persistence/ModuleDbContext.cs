using System.Text.Json;
using Federation.Kernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Federation.Kernel.Persistence;

/// <summary>
/// The base of every module's DbContext. It owns the module's outbox and inbox tables, names
/// every table with the module's prefix, bumps <see cref="IVersioned.Version"/>, and turns each
/// SaveChanges into one atomic write of the change, its integration events and its audit record.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ModuleContextServices services) : DbContext(options)
{
    private readonly List<Func<IntegrationEvent>> pendingEvents = [];

    // Set while a write batch holds the gate, so the saves inside the batch do not wait for it again.
    private IDisposable? batchGate;

    // Set while the recycle bin's retention ends for a record: that deletion removes the row.
    private bool purging;

    /// <summary>The module name recorded in the audit log.</summary>
    public abstract string ModuleName { get; }

    /// <summary>The prefix of every table of this context, e.g. "inv".</summary>
    public abstract string TablePrefix { get; }

    /// <summary>The module's outbox, filled by SaveChanges; queue events with <see cref="Publish(IntegrationEvent)"/> rather than adding rows.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    /// <summary>The module's inbox: one row per event each of its handlers has processed.</summary>
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Queues an integration event; it is written to the outbox by the next SaveChanges.</summary>
    public void Publish(IntegrationEvent integrationEvent) => pendingEvents.Add(() => integrationEvent);

    /// <summary>
    /// Queues an event built at save time, after versions are bumped, so a snapshot it carries
    /// has the version that is committed.
    /// </summary>
    public void Publish(Func<IntegrationEvent> buildAtSave) => pendingEvents.Add(buildAtSave);

    /// <summary>As below, for a version a client may have left out: that is refused as a 400 naming <c>version</c>.</summary>
    public void ExpectVersion<T>(T entity, int? version) where T : class, IVersioned =>
        ExpectVersion(entity, version ?? throw new Http.RequestRejectedException("version", Resources.Text.Get("SendVersion")));

    /// <summary>
    /// Refuses the change when the client read an older version, and makes EF check the same
    /// version in the UPDATE so a concurrent writer cannot slip in between.
    /// </summary>
    public void ExpectVersion<T>(T entity, int version) where T : class, IVersioned
    {
        if (entity.Version != version) throw new StaleVersionException(entity.Version, version);
        Entry(entity).Property(e => e.Version).OriginalValue = version;
    }

    /// <summary>
    /// Runs set-based statements (ExecuteDelete, ExecuteUpdate) as one transaction under the write
    /// gate. They bypass audit and events, so only a projection that can be rebuilt may use this.
    /// </summary>
    public async Task InBulkTransaction(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using (await services.WriteGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Starts one transaction under the write gate for many use cases in a row (an import). Their
    /// saves join it; nothing is visible to others until <see cref="WriteBatch.Commit"/>, and
    /// disposing an uncommitted batch rolls all of it back.
    /// </summary>
    public async Task<WriteBatch> BeginWriteBatch(CancellationToken cancellationToken)
    {
        if (batchGate is not null) throw new InvalidOperationException("A write batch is already open on this context.");
        var gate = await services.WriteGate.EnterAsync(cancellationToken);
        try
        {
            var transaction = await Database.BeginTransactionAsync(cancellationToken);
            batchGate = gate;
            return new WriteBatch(this, transaction, () =>
            {
                batchGate = null;
                gate.Dispose();
            }, services.OutboxSignal);
        }
        catch
        {
            gate.Dispose();
            throw;
        }
    }

    /// <summary>Forgets every tracked change and queued event, after a use case refused its input part-way.</summary>
    public void DiscardUnsaved()
    {
        ChangeTracker.Clear();
        pendingEvents.Clear();
    }

    /// <summary>Maps the outbox and inbox, runs <see cref="ConfigureModel"/>, then prefixes every table and makes <see cref="IVersioned.Version"/> and <see cref="SnapshotCopy.Version"/> concurrency tokens. Map the module's own entities in ConfigureModel, not here.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox");
            outbox.HasKey(m => m.Id);
            outbox.HasIndex(m => m.EventId).IsUnique();
            outbox.HasIndex(m => m.SentAtUtc);
            outbox.Property(m => m.Type).HasMaxLength(300);
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(300);
        });
        ConfigureModel(modelBuilder);
        SoftDeletion.Configure(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var table = entity.GetTableName() ?? entity.ClrType.Name;
            if (!table.StartsWith(TablePrefix + "_", StringComparison.Ordinal))
                entity.SetTableName($"{TablePrefix}_{table}");
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
                entity.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken = true;
            // Two consumers taking two snapshots of one record at once (several hosts on one broker)
            // both read the same copy: checking its version in the UPDATE keeps the older from winning.
            else if (typeof(SnapshotCopy).IsAssignableFrom(entity.ClrType))
                entity.FindProperty(nameof(SnapshotCopy.Version))!.IsConcurrencyToken = true;
        }
    }

    /// <summary>Stores every DateTime in UTC and reads it back as UTC; an override must call this one.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored in UTC; SQLite hands them back without a kind, so say it on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    // Stored to the microsecond, PostgreSQL's precision, on every engine: a time then reads back the
    // same on SQLite and PostgreSQL, and a database copied from one to the other is identical.
    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => ToMicroseconds(v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime()),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static DateTime ToMicroseconds(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    /// <summary>The module's own model; table names get the prefix added.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>
    /// Events every save publishes, worked out from what it adds, changes and removes once versions
    /// are bumped, so no use case can forget them: a work line's KPI facts (its <c>Kpis/</c> folder).
    /// They are written to the outbox in the same transaction as the change; none by default.
    /// </summary>
    protected virtual IEnumerable<IntegrationEvent> EventsDescribingChanges() => [];

    /// <summary>
    /// Describes every <see cref="Search.ISearchable"/> record of this context again, one
    /// <see cref="Search.SearchEntryChanged"/> each written to the outbox in batches, so a search
    /// projection rebuilt over records saved before they were searchable gets them from the module
    /// itself; returns how many. Call it on a context of its own: it clears the change tracker.
    /// </summary>
    public async Task<int> RepublishSearchEntries(CancellationToken cancellationToken)
    {
        var described = 0;
        foreach (var type in Model.GetEntityTypes().Where(e => !e.IsOwned() && typeof(Search.ISearchable).IsAssignableFrom(e.ClrType)).Select(e => e.ClrType))
            described += await (Task<int>)typeof(ModuleDbContext).GetMethod(nameof(RepublishSearchEntriesOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(type).Invoke(this, [cancellationToken])!;
        return described;
    }

    private async Task<int> RepublishSearchEntriesOf<T>(CancellationToken cancellationToken) where T : class, Search.ISearchable
    {
        const int batch = 1000;
        var described = 0;
        var key = Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties[0].Name;
        for (var skip = 0; ; skip += batch)
        {
            // Paged in key order; a record added meanwhile describes itself with its own save.
            var records = await Set<T>().AsNoTracking().OrderBy(r => EF.Property<object>(r, key))
                .Skip(skip).Take(batch).ToListAsync(cancellationToken);
            if (records.Count == 0) return described;
            foreach (var record in records)
                Publish(Search.SearchEntries.Describe(ModuleName, record, Search.SearchEntries.Key(Entry(record))));
            await SaveChangesAsync(cancellationToken);
            ChangeTracker.Clear();
            described += records.Count;
            if (records.Count < batch) return described;
        }
    }

    /// <summary>
    /// Brings a record of this context back from the recycle bin: clears its deletion mark, so the
    /// save describes it again to search and KPI facts, and queues <see cref="PublishRestored"/>'s
    /// events for the module's listeners and <see cref="RecycleBin.RecordRestored"/> for the bin.
    /// </summary>
    public async Task<RecycleBin.RecycleOutcome> RestoreRecycled(string recordType, string recordId, CancellationToken cancellationToken)
    {
        if (await FindRecycled(recordType, recordId, cancellationToken) is not { } record) return RecycleBin.RecycleOutcome.Missing;
        var entry = Entry(record);
        if (!SoftDeletion.IsDeleted(entry)) return RecycleBin.RecycleOutcome.NotDeleted;
        entry.Property(SoftDeletion.Column).CurrentValue = null;
        PublishRestored(record);
        Publish(() => new RecycleBin.RecordRestored(ModuleName, recordType, recordId, record.Version));
        try
        {
            await SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (entry.State == EntityState.Modified)
        {
            // A unique value (a credit code) was taken by a record entered after the deletion.
            DiscardUnsaved();
            return RecycleBin.RecycleOutcome.Clashes;
        }
        return RecycleBin.RecycleOutcome.Done;
    }

    /// <summary>Removes a record still in the recycle bin for good; one restored meanwhile stays.</summary>
    public async Task<RecycleBin.RecycleOutcome> PurgeRecycled(string recordType, string recordId, CancellationToken cancellationToken)
    {
        if (await FindRecycled(recordType, recordId, cancellationToken) is not { } record) return RecycleBin.RecycleOutcome.Missing;
        if (!SoftDeletion.IsDeleted(Entry(record))) return RecycleBin.RecycleOutcome.NotDeleted;
        Remove(record);
        purging = true;
        try
        {
            await SaveChangesAsync(cancellationToken);
        }
        finally
        {
            purging = false;
        }
        return RecycleBin.RecycleOutcome.Done;
    }

    /// <summary>True when <paramref name="record"/>, a tracked record of this context, lies in the recycle bin.</summary>
    public bool IsRecycled(RecycleBin.IRecyclable record) => SoftDeletion.IsDeleted(Entry(record));

    /// <summary>
    /// Saves an erasure (ADR 0032): the tracked redaction is written like any save, and in the same
    /// transaction every outbox row holding one of <paramref name="erasedValues"/> has them replaced
    /// by <see cref="PersonalData.PersonalDataRedaction.Erased"/> — the save's own audit record (whose
    /// "from" values are the erased ones), events still waiting, and those already delivered. Names,
    /// which other people share, are replaced only in rows that mention one of <paramref name="relatedIds"/>,
    /// and so are the earlier values of <paramref name="auditedProperties"/> that the module's audit
    /// records of those records kept. Answers those earlier values, for the platform's copies.
    /// </summary>
    public async Task<IReadOnlyList<string>> SaveErasure(IReadOnlyList<string> erasedValues, IReadOnlyList<string> erasedNames,
        IReadOnlyList<string> relatedIds, IReadOnlyList<string> auditedProperties, CancellationToken cancellationToken)
    {
        await using var batch = await BeginWriteBatch(cancellationToken);
        await SaveChangesAsync(cancellationToken);
        var earlier = await EarlierValues(relatedIds, auditedProperties, cancellationToken);
        var values = PersonalData.PersonalDataRedaction.Searchable(erasedValues);
        var names = PersonalData.PersonalDataRedaction.Searchable(erasedNames.Concat(erasedValues).Concat(earlier));
        foreach (var value in values.Concat(names).Distinct())
        {
            // Narrowed in the store by the raw value; the JSON-escaped form only differs for quotes and backslashes.
            var holding = await OutboxMessages.Where(m => m.Payload.Contains(value)).ToListAsync(cancellationToken);
            foreach (var message in holding)
            {
                var redacted = PersonalData.PersonalDataRedaction.Apply(message.Payload, values);
                if (relatedIds.Any(id => message.Payload.Contains(id, StringComparison.OrdinalIgnoreCase)))
                    redacted = PersonalData.PersonalDataRedaction.Apply(redacted, names);
                message.Payload = redacted;
            }
        }
        await SaveChangesAsync(cancellationToken);
        await batch.Commit(cancellationToken);
        return earlier;
    }

    private async Task<List<string>> EarlierValues(IReadOnlyList<string> relatedIds, IReadOnlyList<string> properties, CancellationToken cancellationToken)
    {
        var earlier = new List<string>();
        if (properties.Count == 0) return earlier;
        var auditType = MessagingNameAttribute.Of(typeof(AuditRecorded));
        foreach (var id in relatedIds)
        {
            var payloads = await OutboxMessages.AsNoTracking().Where(m => m.Type == auditType && m.Payload.Contains(id))
                .Select(m => m.Payload).ToListAsync(cancellationToken);
            foreach (var payload in payloads)
            {
                var recorded = JsonSerializer.Deserialize<AuditRecorded>(payload, EventJson.Options);
                foreach (var change in recorded?.Changes.Where(c => c.EntityId == id) ?? [])
                    earlier.AddRange(PersonalData.PersonalDataRedaction.ValuesOf(change.ChangesJson, properties));
            }
        }
        return earlier;
    }

    /// <summary>
    /// Queues what the module's listeners need to take a restored record back: the same events a
    /// correction of it publishes (its snapshot), since its removal told them it was gone. KPI facts,
    /// search entries and the recycle bin need nothing here. None by default.
    /// </summary>
    protected virtual void PublishRestored(RecycleBin.IRecyclable record) { }

    private async Task<RecycleBin.IRecyclable?> FindRecycled(string recordType, string recordId, CancellationToken cancellationToken)
    {
        var type = Model.GetEntityTypes().FirstOrDefault(e => !e.IsOwned() && typeof(RecycleBin.IRecyclable).IsAssignableFrom(e.ClrType)
            && Search.SearchEntries.RecordType(e.ClrType) == recordType);
        if (type is null || !Guid.TryParse(recordId, out var id)) return null;
        return await (Task<RecycleBin.IRecyclable?>)typeof(ModuleDbContext).GetMethod(nameof(FindRecycledOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.ClrType).Invoke(this, [id, cancellationToken])!;
    }

    // With its child rows, so the facts and snapshots described on restore are those of the whole record.
    private async Task<RecycleBin.IRecyclable?> FindRecycledOf<T>(Guid id, CancellationToken cancellationToken) where T : class, RecycleBin.IRecyclable
    {
        var type = Model.FindEntityType(typeof(T))!;
        var key = type.FindPrimaryKey()!.Properties[0].Name;
        IQueryable<T> query = Set<T>().IgnoreQueryFilters();
        foreach (var navigation in type.GetNavigations().Where(n => n.IsCollection && !n.TargetEntityType.IsOwned()))
            query = query.Include(navigation.Name);
        return await query.AsSplitQuery().FirstOrDefaultAsync(r => EF.Property<Guid>(r, key) == id, cancellationToken);
    }

    /// <summary>Always throws: module contexts write through the write gate, so use <see cref="SaveChangesAsync(bool, CancellationToken)"/>.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Module contexts save asynchronously through the write gate.");

    /// <summary>
    /// Bumps versions, then writes the change with its audit record, queued events and the events describing it
    /// in one transaction under the write gate (or inside the open <see cref="WriteBatch"/>), and
    /// wakes the outbox dispatcher.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var described = EventsDescribingChanges().Concat(Search.SearchEntries.Changed(ChangeTracker, ModuleName)).ToList();
        var audit = AuditTrail.Capture(ChangeTracker, ModuleName, services.User);
        if (audit is not null) OutboxMessages.Add(ToOutbox(audit));
        if (!purging) described.AddRange(SoftDeletion.MarkDeletions(ChangeTracker, ModuleName, services.User));
        foreach (var buildEvent in pendingEvents)
            OutboxMessages.Add(ToOutbox(buildEvent()));
        foreach (var integrationEvent in described)
            OutboxMessages.Add(ToOutbox(integrationEvent));

        int written;
        using (batchGate is null ? await services.WriteGate.EnterAsync(cancellationToken) : null)
            written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var published = pendingEvents.Count > 0 || described.Count > 0 || audit is not null;
        pendingEvents.Clear();
        if (published) services.OutboxSignal.Notify();
        return written;
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.Version == 0) entry.Entity.Version = 1;
            else if (entry.State == EntityState.Modified || HasChangedOwnedOrCollections(entry))
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                entry.State = EntityState.Modified;
            }
        }
    }

    // A change to a child row (a stage, a follow-up) is a change of its aggregate: bump the parent.
    private static bool HasChangedOwnedOrCollections(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State == EntityState.Unchanged && entry.Collections.Any(c =>
            c.CurrentValue is not null && c.CurrentValue.Cast<object>().Any(child =>
                entry.Context.Entry(child).State is EntityState.Added or EntityState.Modified or EntityState.Deleted));

    internal static OutboxMessage ToOutbox(IntegrationEvent integrationEvent) => new()
    {
        EventId = integrationEvent.EventId,
        Type = MessagingNameAttribute.Of(integrationEvent.GetType()),
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), EventJson.Options),
        OccurredAtUtc = integrationEvent.OccurredAtUtc,
    };
}

/// <summary>The client sent a version that is no longer current.</summary>
public sealed class StaleVersionException(int current, int sent)
    : Exception(Resources.Text.Format("StaleVersion", current, sent))
{
    /// <summary>The version the record has now; the client should reload it.</summary>
    public int Current { get; } = current;
}
