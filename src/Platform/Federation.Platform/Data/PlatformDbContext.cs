using Federation.Platform.Audit;
using Federation.Platform.Calendar;
using Federation.Platform.Identity;
using Federation.Platform.Imports;
using Federation.Platform.Notifications;
using Federation.Platform.Organisations;
using Federation.Platform.Places;
using Federation.Platform.Tokens;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Data;

internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, ModuleContextServices services)
    : ModuleDbContext(options, services)
{
    public override string ModuleName => PlatformModule.ModuleName;
    public override string TablePrefix => "plt";

    public DbSet<User> Users => Set<User>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Town> Towns => Set<Town>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Federation.Platform.Departments.Department> Departments => Set<Federation.Platform.Departments.Department>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Platform.Sessions.UserSession> Sessions => Set<Platform.Sessions.UserSession>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<SavedFilters.SavedFilterRow> SavedFilters => Set<SavedFilters.SavedFilterRow>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PersonalData.PersonalDataAccess> PersonalDataAccess => Set<PersonalData.PersonalDataAccess>();
    public DbSet<SignIns.SignInLock> SignInLocks => Set<SignIns.SignInLock>();
    public DbSet<SignIns.SignInRecord> SignInRecords => Set<SignIns.SignInRecord>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ImportRowReport> ImportRowReports => Set<ImportRowReport>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Search.SearchEntry> SearchEntries => Set<Search.SearchEntry>();
    public DbSet<Discussion.Comment> Comments => Set<Discussion.Comment>();
    public DbSet<Discussion.Attachment> Attachments => Set<Discussion.Attachment>();
    public DbSet<RecycleBin.RecycledRecord> RecycledRecords => Set<RecycleBin.RecycledRecord>();
    public DbSet<Scheduling.ScheduledRound> ScheduledRounds => Set<Scheduling.ScheduledRound>();
    public DbSet<KeyRing.DataProtectionKeyRow> DataProtectionKeys => Set<KeyRing.DataProtectionKeyRow>();
    public DbSet<Webhooks.WebhookSubscription> WebhookSubscriptions => Set<Webhooks.WebhookSubscription>();
    public DbSet<Webhooks.WebhookDelivery> WebhookDeliveries => Set<Webhooks.WebhookDelivery>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(u =>
        {
            u.ToTable("users");
            u.HasIndex(x => x.UserName).IsUnique();
            u.Property(x => x.UserName).HasMaxLength(50);
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.Property(x => x.Email).HasMaxLength(EmailAddresses.MaxLength);
            u.Property(x => x.PasswordHash).HasMaxLength(200);
            u.Property(x => x.SecurityStamp).HasMaxLength(40);
        });
        modelBuilder.Entity<Organisation>(o =>
        {
            o.ToTable("organisations");
            o.Property(x => x.Name).HasMaxLength(100);
            o.Property(x => x.NameEn).HasMaxLength(200);
            o.Property(x => x.Town).HasMaxLength(50);
            o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            o.HasIndex(x => x.Name).IsUnique();
        });
        modelBuilder.Entity<Town>(t =>
        {
            t.ToTable("towns");
            t.Property(x => x.Name).HasMaxLength(PlaceLimits.NameLength);
            t.Property(x => x.NameEn).HasMaxLength(PlaceLimits.NameEnLength);
            // The unique name backs up PlaceAdministration's check, which also covers aliases and the case of Latin letters.
            t.HasIndex(x => x.Name).IsUnique();
            t.HasMany(x => x.Areas).WithOne().HasForeignKey(a => a.TownId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Area>(a =>
        {
            a.ToTable("areas");
            // Its id is made in code and it hangs off a tracked town: without this EF takes a new area for an existing row.
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Name).HasMaxLength(PlaceLimits.NameLength);
            a.HasIndex(x => new { x.TownId, x.Name }).IsUnique();
        });
        modelBuilder.Entity<Federation.Platform.Departments.Department>(d =>
        {
            d.ToTable("departments");
            d.Property(x => x.Name).HasMaxLength(Federation.Platform.Departments.DepartmentLimits.NameLength);
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            // Backs up DepartmentAdministration's check, which also ignores the case of Latin letters.
            d.HasIndex(x => new { x.OrganisationId, x.Kind, x.Name }).IsUnique();
        });
        modelBuilder.Entity<ApiToken>(t =>
        {
            t.ToTable("api_tokens");
            t.HasIndex(x => x.TokenHash).IsUnique();
            t.Property(x => x.TokenHash).HasMaxLength(64);
            t.Property(x => x.Name).HasMaxLength(100);
            t.Property(x => x.Hint).HasMaxLength(20);
        });
        modelBuilder.Entity<Platform.Sessions.UserSession>(s =>
        {
            s.ToTable("sessions");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.HasIndex(x => x.UserId);
            s.Property(x => x.Device).HasMaxLength(Platform.Sessions.UserSession.DeviceLength);
            s.Property(x => x.Address).HasMaxLength(Platform.Sessions.UserSession.AddressLength);
        });
        modelBuilder.Entity<CalendarFeed>(f =>
        {
            f.ToTable("calendar_feeds");
            f.HasIndex(x => x.TokenHash).IsUnique();
            f.HasIndex(x => x.UserId);
            f.Property(x => x.TokenHash).HasMaxLength(64);
            f.Property(x => x.ProtectedToken).HasMaxLength(500);
            f.Property(x => x.Hint).HasMaxLength(20);
            f.Property(x => x.Language).HasMaxLength(10);
        });
        modelBuilder.Entity<SavedFilters.SavedFilterRow>(f =>
        {
            f.ToTable("saved_filters");
            f.HasIndex(x => new { x.UserId, x.List, x.Name }).IsUnique();
            f.Property(x => x.List).HasMaxLength(Platform.SavedFilters.SavedFilterRow.ListLength);
            f.Property(x => x.Name).HasMaxLength(Platform.SavedFilters.SavedFilterRow.NameLength);
            f.Property(x => x.Query).HasMaxLength(Platform.SavedFilters.SavedFilterRow.QueryLength);
        });
        modelBuilder.Entity<AuditEntry>(a =>
        {
            a.ToTable("audit_entries");
            a.HasIndex(x => x.AtUtc);
            a.HasIndex(x => new { x.Module, x.AtUtc });
            a.HasIndex(x => new { x.EntityType, x.EntityId });
            a.HasIndex(x => new { x.OrganisationId, x.AtUtc });
            a.Property(x => x.Module).HasMaxLength(50);
            a.Property(x => x.EntityType).HasMaxLength(100);
            a.Property(x => x.EntityId).HasMaxLength(100);
            a.Property(x => x.Action).HasMaxLength(20);
            a.Property(x => x.UserName).HasMaxLength(50);
        });
        modelBuilder.Entity<PersonalData.PersonalDataAccess>(a =>
        {
            a.ToTable("personal_data_access");
            a.HasIndex(x => x.AtUtc);
            a.HasIndex(x => new { x.OrganisationId, x.AtUtc });
            a.HasIndex(x => new { x.RecordId, x.AtUtc });
            a.HasIndex(x => new { x.UserName, x.AtUtc });
            a.Property(x => x.UserName).HasMaxLength(50);
            a.Property(x => x.Address).HasMaxLength(64);
            a.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Module).HasMaxLength(50);
            a.Property(x => x.RecordType).HasMaxLength(100);
            a.Property(x => x.RecordName).HasMaxLength(200);
            a.Property(x => x.Fields).HasMaxLength(500);
            a.Property(x => x.Reason).HasMaxLength(PersonalData.PersonalDataAccess.ReasonLength);
        });
        modelBuilder.Entity<SignIns.SignInLock>(l =>
        {
            l.ToTable("sign_in_locks");
            l.HasKey(x => new { x.UserName, x.Address });
            l.HasIndex(x => x.LastFailureUtc);
            l.Property(x => x.UserName).HasMaxLength(SignIns.SignInRecord.NameLength);
            l.Property(x => x.Address).HasMaxLength(SignIns.SignInRecord.AddressLength);
        });
        modelBuilder.Entity<SignIns.SignInRecord>(r =>
        {
            r.ToTable("sign_ins");
            r.HasIndex(x => x.AtUtc);
            r.HasIndex(x => new { x.OrganisationId, x.AtUtc });
            r.HasIndex(x => new { x.UserName, x.AtUtc });
            r.Property(x => x.UserName).HasMaxLength(SignIns.SignInRecord.NameLength);
            r.Property(x => x.Address).HasMaxLength(SignIns.SignInRecord.AddressLength);
            r.Property(x => x.Device).HasMaxLength(SignIns.SignInRecord.DeviceLength);
            r.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<ImportJob>(j =>
        {
            j.ToTable("import_jobs");
            j.HasIndex(x => new { x.UserId, x.CreatedAtUtc });
            j.HasIndex(x => x.ConfirmsJobId);
            j.Property(x => x.Ledger).HasMaxLength(100);
            j.Property(x => x.UserName).HasMaxLength(50);
            j.Property(x => x.FileName).HasMaxLength(200);
            j.Property(x => x.StoredFile).HasMaxLength(100);
            j.Property(x => x.Culture).HasMaxLength(10);
            j.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
            j.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            j.Property(x => x.Problem).HasMaxLength(1000);
            j.Property(x => x.IgnoredColumns).HasMaxLength(2000);
            j.Property(x => x.RunBy).HasMaxLength(100);
            j.HasIndex(x => new { x.RunBy, x.State });
        });
        modelBuilder.Entity<Scheduling.ScheduledRound>(r =>
        {
            r.ToTable("scheduled_rounds");
            r.HasKey(x => new { x.Job, x.RoundStartUtc });
            r.Property(x => x.Job).HasMaxLength(100);
            r.Property(x => x.ClaimedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<KeyRing.DataProtectionKeyRow>(k =>
        {
            k.ToTable("data_protection_keys");
            k.Property(x => x.FriendlyName).HasMaxLength(100);
        });
        modelBuilder.Entity<Webhooks.WebhookSubscription>(w =>
        {
            w.ToTable("webhook_subscriptions");
            w.HasIndex(x => x.OrganisationId);
            w.Property(x => x.Url).HasMaxLength(Webhooks.WebhookSubscription.UrlLength);
            w.Property(x => x.Description).HasMaxLength(Webhooks.WebhookSubscription.DescriptionLength);
            w.Property(x => x.EventTypes).HasMaxLength(2000);
            w.Property(x => x.ProtectedSecret).HasMaxLength(1000);
        });
        modelBuilder.Entity<Webhooks.WebhookDelivery>(d =>
        {
            d.ToTable("webhook_deliveries");
            d.HasKey(x => x.Sequence);
            d.HasIndex(x => x.Id).IsUnique();
            // The inbox queues an event once per subscription and type; this backs it up.
            d.HasIndex(x => new { x.SubscriptionId, x.EventId, x.EventType }).IsUnique();
            d.HasIndex(x => new { x.Status, x.NextAttemptAtUtc });
            d.HasIndex(x => new { x.SubscriptionId, x.RecordKey, x.Status });
            d.Property(x => x.EventType).HasMaxLength(100);
            d.Property(x => x.RecordKey).HasMaxLength(300);
            d.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.LastAnswer).HasMaxLength(Webhooks.WebhookDelivery.AnswerLength);
        });
        modelBuilder.Entity<Notification>(n =>
        {
            n.ToTable("notifications");
            n.HasIndex(x => new { x.UserId, x.ItemKey, x.Kind, x.DueOn }).IsUnique();
            n.HasIndex(x => new { x.UserId, x.ReadAtUtc });
            n.HasIndex(x => x.ItemKey);
            n.Property(x => x.ItemKey).HasMaxLength(200);
            n.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            n.Property(x => x.TitleZh).HasMaxLength(500);
            n.Property(x => x.TitleEn).HasMaxLength(1000);
            n.Property(x => x.Link).HasMaxLength(300);
        });
        modelBuilder.Entity<Search.SearchEntry>(e =>
        {
            e.ToTable("search_entries");
            e.HasKey(x => new { x.Module, x.RecordType, x.RecordId });
            e.Ignore(x => x.Key);
            e.HasIndex(x => x.ChangedAtUtc);
            e.Property(x => x.Module).HasMaxLength(Search.SearchLimits.Module);
            e.Property(x => x.RecordType).HasMaxLength(Search.SearchLimits.RecordType);
            e.Property(x => x.RecordId).HasMaxLength(Search.SearchLimits.RecordId);
            e.Property(x => x.KindZh).HasMaxLength(Search.SearchLimits.Kind);
            e.Property(x => x.KindEn).HasMaxLength(Search.SearchLimits.Kind);
            e.Property(x => x.Title).HasMaxLength(Search.SearchLimits.Title);
            e.Property(x => x.Text).HasMaxLength(Search.SearchLimits.Text);
            e.Property(x => x.Link).HasMaxLength(Search.SearchLimits.Link);
            e.Property(x => x.ReadPermission).HasMaxLength(Search.SearchLimits.Permission);
            // The shell looks a page's path up here to show a record's discussion under it.
            e.HasIndex(x => x.Link);
        });
        modelBuilder.Entity<Discussion.Comment>(c =>
        {
            c.ToTable("comments");
            c.HasIndex(x => new { x.Module, x.RecordType, x.RecordId, x.CreatedAtUtc });
            c.Property(x => x.Module).HasMaxLength(Discussion.RecordKey.PartLength);
            c.Property(x => x.RecordType).HasMaxLength(Discussion.RecordKey.PartLength);
            c.Property(x => x.RecordId).HasMaxLength(Discussion.RecordKey.PartLength);
            c.Property(x => x.AuthorName).HasMaxLength(100);
            c.Property(x => x.Body).HasMaxLength(Discussion.Comment.MaxLength);
            c.Property(x => x.Mentions).HasJsonConversion();
        });
        modelBuilder.Entity<Discussion.Attachment>(a =>
        {
            a.ToTable("attachments");
            a.HasIndex(x => new { x.Module, x.RecordType, x.RecordId, x.UploadedAtUtc });
            a.Property(x => x.Module).HasMaxLength(Discussion.RecordKey.PartLength);
            a.Property(x => x.RecordType).HasMaxLength(Discussion.RecordKey.PartLength);
            a.Property(x => x.RecordId).HasMaxLength(Discussion.RecordKey.PartLength);
            a.Property(x => x.FileName).HasMaxLength(Discussion.FileNames.MaxLength);
            a.Property(x => x.ContentType).HasMaxLength(100);
            a.Property(x => x.UploadedByName).HasMaxLength(100);
        });
        modelBuilder.Entity<RecycleBin.RecycledRecord>(r =>
        {
            r.ToTable("recycled_records");
            r.HasIndex(x => new { x.Module, x.RecordType, x.RecordId }).IsUnique();
            r.HasIndex(x => new { x.RestoredAtUtc, x.DeletedAtUtc });
            r.Ignore(x => x.PurgeAtUtc);
            r.Property(x => x.Module).HasMaxLength(Search.SearchLimits.Module);
            r.Property(x => x.RecordType).HasMaxLength(Search.SearchLimits.RecordType);
            r.Property(x => x.RecordId).HasMaxLength(Search.SearchLimits.RecordId);
            r.Property(x => x.KindZh).HasMaxLength(Search.SearchLimits.Kind);
            r.Property(x => x.KindEn).HasMaxLength(Search.SearchLimits.Kind);
            r.Property(x => x.Title).HasMaxLength(Search.SearchLimits.Title);
            r.Property(x => x.DeletedByName).HasMaxLength(100);
        });
        modelBuilder.Entity<ImportRowReport>(r =>
        {
            r.ToTable("import_rows");
            r.HasIndex(x => new { x.JobId, x.Row });
            r.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.Key).HasMaxLength(200);
        });
    }
}
