using Federation.Enterprises.Contracts;
using Federation.Kernel.RecycleBin;
using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Concerns;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Sessions;
using Federation.Enterprises.Timeline;
using Federation.Enterprises.Visits;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Federation.Enterprises.Kpis;
using Federation.Kernel.Messaging;

namespace Federation.Enterprises.Data;

internal sealed class EnterprisesDbContext(DbContextOptions<EnterprisesDbContext> options, ModuleContextServices services)
    : ModuleDbContext(options, services)
{
    public override string ModuleName => EnterprisesModule.ModuleName;
    public override string TablePrefix => "ent";

    // The scorecard's input from this module (Kpis/EnterpriseKpiFacts.cs).
    protected override IEnumerable<IntegrationEvent> EventsDescribingChanges() => EnterpriseKpiFacts.Sources.Changed(this);

    // Their removal told the other work lines' copies and timelines they were gone.
    protected override void PublishRestored(IRecyclable record)
    {
        switch (record)
        {
            case Enterprise enterprise: Publish(() => new EnterpriseChanged(enterprise.ToSnapshot(), Removed: false)); break;
            case Visit visit: Publish(() => new VisitChanged(visit.ToSnapshot(), Removed: false)); break;
            case Concern concern: Publish(() => new ConcernChanged(concern.ToSnapshot(), Removed: false)); break;
            case PolicySession session: Publish(() => PolicySessionEndpoints.Changed(session, removed: false)); break;
        }
    }

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<Concern> Concerns => Set<Concern>();
    public DbSet<PolicySession> PolicySessions => Set<PolicySession>();
    public DbSet<JointMeasure> JointMeasures => Set<JointMeasure>();
    public DbSet<TimelineEntry> TimelineEntries => Set<TimelineEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Enterprise>(e =>
        {
            e.ToTable("enterprises");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Town).HasMaxLength(50);
            e.Property(x => x.Industry).HasMaxLength(100);
            e.Property(x => x.InvestorCountryOrRegion).HasMaxLength(2);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Notes).HasMaxLength(4000);
            e.Property(x => x.Contacts).HasJsonConversion();
            // Unique among the records in use: a deleted enterprise in the recycle bin does not hold its code.
            e.HasIndex(x => x.CreditCode).IsUnique().HasFilter("\"DeletedAtUtc\" IS NULL");
            e.HasIndex(x => x.Name);
            e.HasIndex(x => new { x.Town, x.OrganisationId });
        });
        modelBuilder.Entity<Campaign>(c =>
        {
            c.ToTable("campaigns");
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.Notes).HasMaxLength(4000);
            c.HasMany(x => x.Assignments).WithOne().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Assignment>(a =>
        {
            a.ToTable("campaign_assignments");
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.EnterpriseName).HasMaxLength(200);
            a.Property(x => x.LeaderName).HasMaxLength(100);
            a.HasIndex(x => new { x.CampaignId, x.EnterpriseId }).IsUnique();
            a.HasIndex(x => x.EnterpriseId);
            a.HasIndex(x => x.LeaderUserId);
        });
        modelBuilder.Entity<Visit>(v =>
        {
            v.ToTable("visits");
            v.Property(x => x.EnterpriseName).HasMaxLength(200);
            v.Property(x => x.Town).HasMaxLength(50);
            v.Property(x => x.InvestorCountryOrRegion).HasMaxLength(2);
            v.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(30);
            v.Property(x => x.Notes).HasMaxLength(4000);
            v.HasIndex(x => new { x.EnterpriseId, x.VisitedOn });
            v.HasIndex(x => new { x.VisitedOn, x.OrganisationId });
        });
        modelBuilder.Entity<Concern>(c =>
        {
            c.ToTable("concerns");
            c.Property(x => x.EnterpriseName).HasMaxLength(200);
            c.Property(x => x.Town).HasMaxLength(50);
            c.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            c.Property(x => x.Description).HasMaxLength(2000);
            c.Property(x => x.Department).HasMaxLength(100);
            c.Property(x => x.Outcome).HasMaxLength(2000);
            c.Property(x => x.Steps).HasJsonConversion();
            c.HasIndex(x => new { x.Status, x.DueOn });
            c.HasIndex(x => x.EnterpriseId);
            c.HasIndex(x => x.VisitId);
            c.HasIndex(x => x.PolicySessionId);
        });
        modelBuilder.Entity<PolicySession>(s =>
        {
            s.ToTable("policy_sessions");
            s.Property(x => x.Topic).HasMaxLength(200);
            s.Property(x => x.Venue).HasMaxLength(200);
            s.Property(x => x.Notes).HasMaxLength(4000);
            s.HasIndex(x => new { x.HeldOn, x.OrganisationId });
        });
        modelBuilder.Entity<JointMeasure>(m =>
        {
            m.ToTable("joint_measures");
            m.Property(x => x.Title).HasMaxLength(200);
            m.Property(x => x.PartnerDepartment).HasMaxLength(100);
            m.Property(x => x.Notes).HasMaxLength(4000);
            m.HasIndex(x => new { x.IssuedOn, x.OrganisationId });
        });
        modelBuilder.Entity<TimelineEntry>(t =>
        {
            t.ToTable("timeline_entries");
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.Source).HasConversion<string>().HasMaxLength(30);
            t.Property(x => x.WorkLine).HasMaxLength(50);
            t.Property(x => x.CreditCode).HasMaxLength(18);
            t.Property(x => x.PartyName).HasMaxLength(200);
            t.Property(x => x.Title).HasMaxLength(500);
            t.Property(x => x.State).HasMaxLength(30);
            t.Property(x => x.SummaryZh).HasMaxLength(500);
            t.Property(x => x.SummaryEn).HasMaxLength(500);
            t.HasIndex(x => x.CreditCode);
            t.HasIndex(x => x.PartyName);
        });
    }
}
